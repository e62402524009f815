/*
 * xen gntdev grant copy (4.19, here on 6.1): the file registers MMU
 * notifiers, but the pages of a grant copy live in a batch on the
 * ioctl's stack and are put back before it returns.  Nothing is kept
 * for the notifiers to tear down, so this is not pin_user_pages.rst
 * case 3: the hypervisor writes the pages (case 5), which need FOLL_PIN.
 */
#include "linux-6.1/mm.h"

struct priv {
	struct mmu_notifier *mn;
	struct mm_struct *mm;
};

struct copy_batch {
	struct page *pages[16];
	unsigned int nr_pages;
};

void hypervisor_queue(void *to);
int hypervisor_copy(void);

static int batch_get_page(struct copy_batch *batch, unsigned long addr)
{
	struct page *page;
	int ret;

	ret = get_user_pages_fast(addr, 1, FOLL_WRITE, &page);
	if (ret < 0)
		return ret;
	hypervisor_queue(page_address(page));
	batch->pages[batch->nr_pages++] = page;
	return 0;
}

static void batch_put_pages(struct copy_batch *batch)
{
	unsigned int i;

	for (i = 0; i < batch->nr_pages; i++)
		put_page(batch->pages[i]);
	batch->nr_pages = 0;
}


static long grant_copy(struct priv *priv, unsigned long addr)
{
	struct copy_batch batch;
	long ret;

	batch.nr_pages = 0;
	ret = batch_get_page(&batch, addr);
	if (ret)
		return ret;
	ret = hypervisor_copy();
	batch_put_pages(&batch);
	return ret;
}

long priv_ioctl(struct priv *priv, unsigned int cmd, unsigned long addr);
long priv_ioctl(struct priv *priv, unsigned int cmd, unsigned long addr)
{
	return cmd == 1 ? grant_copy(priv, addr) : -EINVAL;
}

int priv_open(struct priv *priv);
int priv_open(struct priv *priv)
{
	return mmu_notifier_register(priv->mn, priv->mm);
}

/*
 * check-name: case 5, not 3: pages kept only in a batch on the stack of a file with MMU notifiers
 *
 * check-error-start
release-case3-short.c:41:25: warning: put_page() on pages from get_user_pages_fast() (line 28; pin_user_pages.rst case 5: their data is written or kept): pin them with pin_user_pages_fast() and release with unpin_user_page() [gup-release]
 * check-error-end
 */
