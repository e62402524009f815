/*
 * xen gntdev's grant copy as 4.19 has it: each page's frame number goes
 * back through an out-parameter into an op on the ioctl's stack, for
 * the hypervisor to copy to or from while the batch holds the page; the
 * batch puts them back once the copy is done.  The hypervisor reaches
 * the data by its frame number, as a device would: pin_user_pages.rst
 * case 1, FOLL_PIN (upstream converted it by 5.10).  The pfn lives only
 * as long as the ioctl, so it keeps nothing for the file's MMU
 * notifiers (not case 3).  KVM's hva_to_pfn() shape, where the caller
 * gives the pfn back to its own callers (to map it for the guest, under
 * the MMU notifiers), keeps it: case 3.
 */
#include "linux-4.4/mm.h"

struct priv {
	struct mmu_notifier *mn;
	struct mm_struct *mm;
};

struct copy_op {
	unsigned long gfn;
	unsigned int len;
};

struct copy_batch {
	struct copy_op ops[16];
	struct page *pages[16];
	unsigned int nr_ops;
	unsigned int nr_pages;
};

void hypervisor_copy(struct copy_op *ops, unsigned int n);

static int batch_get_page(struct copy_batch *batch, unsigned long addr,
			  bool writeable, unsigned long *gfn)
{
	struct page *page;
	int ret;

	ret = get_user_pages_fast(addr, 1, writeable, &page);
	if (ret < 0)
		return ret;
	batch->pages[batch->nr_pages++] = page;
	*gfn = page_to_pfn(page);
	return 0;
}

static void batch_put_pages(struct copy_batch *batch)
{
	unsigned int i;

	for (i = 0; i < batch->nr_pages; i++)
		put_page(batch->pages[i]);
	batch->nr_pages = 0;
}

static long grant_copy(struct priv *priv, unsigned long addr, bool to_user)
{
	struct copy_batch batch;
	unsigned long gfn;
	long ret;

	batch.nr_ops = 0;
	batch.nr_pages = 0;
	ret = batch_get_page(&batch, addr, to_user, &gfn);
	if (ret)
		return ret;
	batch.ops[batch.nr_ops].gfn = gfn;
	batch.ops[batch.nr_ops++].len = 4096;
	hypervisor_copy(batch.ops, batch.nr_ops);
	batch_put_pages(&batch);
	return 0;
}

long priv_ioctl(struct priv *priv, unsigned int cmd, unsigned long addr);
long priv_ioctl(struct priv *priv, unsigned int cmd, unsigned long addr)
{
	return cmd == 1 ? grant_copy(priv, addr, true) : -EINVAL;
}

int priv_open(struct priv *priv);
int priv_open(struct priv *priv)
{
	return mmu_notifier_register(priv->mn, priv->mm);
}

static int pfn_slow(unsigned long addr, unsigned long *pfn)
{
	struct page *page;
	int npages;

	npages = get_user_pages_fast(addr, 1, 1, &page);
	if (npages != 1)
		return npages;
	*pfn = page_to_pfn(page);
	return npages;
}

unsigned long hva_to_pfn(unsigned long addr);
unsigned long hva_to_pfn(unsigned long addr)
{
	unsigned long pfn;

	if (pfn_slow(addr, &pfn) == 1)
		return pfn;
	return 0;
}

/*
 * check-name: --inventory: a pfn given out while the page is held is case 1
 * check-command: gupcheck -Iinclude --inventory=$tmpdir/gup.jsonl $file && grep -o '"col":[0-9]*,"function":"[a-z_]*"\|"case":[0-9]*\|"status":"[a-z]*"' $tmpdir/gup.jsonl
 *
 * check-output-start
"col":34,"function":"batch_get_page"
"case":1
"status":"auto"
"col":37,"function":"pfn_slow"
"case":3
"status":"keep"
 * check-output-end
 */
