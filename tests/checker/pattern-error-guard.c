/*
 * The cleanup unpins under a second variable that the error paths set
 * (the vduse_dev_reg_umem shape): "if (ret && pinned > 0)".  On the short
 * pin, ret is never 0, so the cleanup runs whenever pages are held: no
 * leak, no partial release.
 */
#include "linux-6.1/mm.h"

struct umem {
	struct page **pages;
	long npages;
};

static int reg_umem(struct umem *umem, unsigned long uaddr, long npages)
{
	struct page **page_list;
	long pinned = 0;
	int ret;

	page_list = kvmalloc_array(npages, sizeof(*page_list), GFP_KERNEL);
	if (!page_list)
		return -ENOMEM;
	pinned = pin_user_pages(uaddr, npages, FOLL_LONGTERM | FOLL_WRITE,
				page_list, NULL);
	if (pinned != npages) {
		ret = pinned < 0 ? pinned : -ENOMEM;
		goto out;
	}
	umem->pages = page_list;
	umem->npages = pinned;
	ret = 0;
out:
	if (ret && pinned > 0)
		unpin_user_pages(page_list, pinned);
	if (ret)
		kvfree(page_list);
	return ret;
}

static void unreg_umem(struct umem *umem)
{
	unpin_user_pages_dirty_lock(umem->pages, umem->npages, true);
	kvfree(umem->pages);
}

int umem_test(struct umem *umem, unsigned long uaddr);
int umem_test(struct umem *umem, unsigned long uaddr)
{
	int ret = reg_umem(umem, uaddr, 16);

	if (!ret)
		unreg_umem(umem);
	return ret;
}

/*
 * check-name: cleanup guarded by an error variable the short path sets: no leak
 */
