/*
 * The classic: set_page_dirty() without the page lock after the device
 * wrote into get_user_pages() pages (old videobuf / rds shape), 5.2 tree.
 */
#include "linux-5.2/mm.h"

struct dma_buf_user {
	struct page **pages;
	int nr_pages;
	bool to_user;
};

static void dma_user_unmap(struct dma_buf_user *d)
{
	int i;

	for (i = 0; i < d->nr_pages; i++) {
		if (d->to_user)
			set_page_dirty(d->pages[i]);
		put_page(d->pages[i]);
	}
	kfree(d->pages);
}

static int dma_user_map(struct dma_buf_user *d, unsigned long uaddr, int nr_pages)
{
	long ret;

	d->pages = kcalloc(nr_pages, sizeof(*d->pages), GFP_KERNEL);
	if (!d->pages)
		return -ENOMEM;
	mmap_read_lock(current->mm);
	ret = get_user_pages(uaddr, nr_pages, d->to_user ? FOLL_WRITE : 0,
			     d->pages, NULL);
	mmap_read_unlock(current->mm);
	if (ret < 0) {
		kfree(d->pages);
		return ret;
	}
	d->nr_pages = ret;
	return 0;
}

int dma_user_test(struct dma_buf_user *d, unsigned long uaddr);
int dma_user_test(struct dma_buf_user *d, unsigned long uaddr)
{
	int ret = dma_user_map(d, uaddr, 4);

	if (!ret)
		dma_user_unmap(d);
	return ret;
}

/*
 * check-name: 5.2: set_page_dirty() on get_user_pages() pages in the unmap loop
 *
 * check-error-start
dirty-unlocked-loop.c:19:39: warning: set_page_dirty() on a page from get_user_pages() (line 33) without the page lock: use set_page_dirty_lock() [gup-dirty-unlocked]
 * check-error-end
 */
