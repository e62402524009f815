/*
 * 6.1: pin_user_pages() pages dirtied with set_page_dirty() before
 * unpin_user_page(): needs the lock, unpin_user_pages_dirty_lock() does it.
 */
#include "linux-6.1/mm.h"

static int fill_user(unsigned long uaddr, int nr_pages, const void *src)
{
	struct page **pages;
	long pinned;
	int i;

	pages = kmalloc_array(nr_pages, sizeof(*pages), GFP_KERNEL);
	if (!pages)
		return -ENOMEM;
	mmap_read_lock(current->mm);
	pinned = pin_user_pages(uaddr, nr_pages, FOLL_WRITE, pages, NULL);
	mmap_read_unlock(current->mm);
	if (pinned <= 0) {
		kfree(pages);
		return pinned ? pinned : -EFAULT;
	}
	for (i = 0; i < pinned; i++) {
		void *p = kmap_local_page(pages[i]);

		memcpy(p, src + i * PAGE_SIZE, PAGE_SIZE);
		kunmap_local(p);
		set_page_dirty(pages[i]);
		unpin_user_page(pages[i]);
	}
	kfree(pages);
	return pinned == nr_pages ? 0 : -EFAULT;
}

int fill_test(unsigned long uaddr, const void *src);
int fill_test(unsigned long uaddr, const void *src)
{
	return fill_user(uaddr, 4, src);
}

/*
 * check-name: 6.1: set_page_dirty() + unpin_user_page() on pin_user_pages() pages
 *
 * check-error-start
dirty-unlocked-pin.c:28:31: warning: set_page_dirty() on a page from pin_user_pages() (line 17) without the page lock: use set_page_dirty_lock() or unpin_user_pages_dirty_lock() [gup-dirty-unlocked]
 * check-error-end
 */
