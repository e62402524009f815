/*
 * A 5.4 tree has put_user_page*(): an RDMA-style memory registration
 * that still gives the pages back with put_page() and set_page_dirty_lock().
 */
#include "linux-5.4/mm.h"

struct umem {
	struct page **page_list;
	unsigned long npages;
	bool writable;
};

static void umem_unpin(struct umem *umem, int dirty)
{
	unsigned long i;

	for (i = 0; i < umem->npages; i++) {
		struct page *page = umem->page_list[i];

		if (dirty)
			set_page_dirty_lock(page);
		put_page(page);
	}
}

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
	umem_unpin(umem, umem->writable);
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
 * check-name: 5.4: set_page_dirty_lock() + put_page() in a static helper, pages in a struct
 *
 * check-error-start
release-5.4-put-page.c:22:25: warning: put_page() on pages from get_user_pages() (line 34; pin_user_pages.rst case 2: kept long-term for a device): use put_user_pages_dirty_lock() [gup-release]
 * check-error-end
 */
