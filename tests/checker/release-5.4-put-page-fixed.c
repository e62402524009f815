/*
 * release-5.4-put-page.c converted to the 5.4 placeholder API: one
 * put_user_pages_dirty_lock() call with make_dirty.
 */
#include "linux-5.4/mm.h"

struct umem {
	struct page **page_list;
	unsigned long npages;
	bool writable;
};

static int umem_get(struct umem *umem, unsigned long addr, unsigned long npages)
{
	long ret;

	umem->page_list = kcalloc(npages, sizeof(struct page *), GFP_KERNEL);
	if (!umem->page_list)
		return -ENOMEM;
	mmap_read_lock(current->mm);
	ret = get_user_pages(addr, npages, FOLL_WRITE | FOLL_LONGTERM,
			     umem->page_list, NULL);
	mmap_read_unlock(current->mm);
	if (ret < 0) {
		kfree(umem->page_list);
		return ret;
	}
	umem->npages = ret;
	return 0;
}

static void umem_release(struct umem *umem)
{
	put_user_pages_dirty_lock(umem->page_list, umem->npages, umem->writable);
	kfree(umem->page_list);
}

int umem_test(struct umem *umem, unsigned long addr);
int umem_test(struct umem *umem, unsigned long addr)
{
	int ret = umem_get(umem, addr, 8);

	if (!ret)
		umem_release(umem);
	return ret;
}

/*
 * check-name: 5.4: put_user_pages_dirty_lock(pages, n, make_dirty): quiet
 */
