/*
 * 5.4: the pages are dirtied with set_page_dirty() and given back one by
 * one with put_user_page(): the dirtying is unlocked, and the tree has
 * put_user_pages_dirty_lock() for the whole job.
 */
#include "linux-5.4/mm.h"

static int fill_user_pages(unsigned long uaddr, int n)
{
	struct page **pages;
	int got, i;

	pages = kcalloc(n, sizeof(*pages), GFP_KERNEL);
	if (!pages)
		return -ENOMEM;
	got = get_user_pages_fast(uaddr, n, FOLL_WRITE, pages);
	for (i = 0; i < got; i++) {
		memset(page_address(pages[i]), 0, PAGE_SIZE);
		set_page_dirty(pages[i]);
		put_user_page(pages[i]);
	}
	kfree(pages);
	return got == n ? 0 : -EFAULT;
}

int fill_test(unsigned long uaddr);
int fill_test(unsigned long uaddr)
{
	return fill_user_pages(uaddr, 4);
}

/*
 * check-name: 5.4: set_page_dirty() + put_user_page() per page
 *
 * check-error-start
pattern-5.4-set-page-dirty.c:19:31: warning: set_page_dirty() on a page from get_user_pages_fast() (line 16) without the page lock: use set_page_dirty_lock() or put_user_pages_dirty_lock() [gup-dirty-unlocked]
 * check-error-end
 */
