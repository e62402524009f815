/*
 * kfree() on the page pointer itself (instead of on the array) in a 6.1
 * tree, next to the correct kfree() of the array.
 */
#include "linux-6.1/mm.h"

static int scan_user(unsigned long uaddr, int n)
{
	struct page **pages;
	int pinned, i;

	pages = kcalloc(n, sizeof(*pages), GFP_KERNEL);
	if (!pages)
		return -ENOMEM;
	pinned = pin_user_pages_fast(uaddr, n, 0, pages);
	for (i = 0; i < pinned; i++)
		kfree(pages[i]);
	kfree(pages);
	return pinned < 0 ? pinned : 0;
}

int scan_test(unsigned long uaddr);
int scan_test(unsigned long uaddr)
{
	return scan_user(uaddr, 4);
}

/*
 * check-name: kfree() on pin_user_pages_fast() pages
 *
 * check-error-start
free-kfree-page.c:17:22: error: kfree() on a page from pin_user_pages_fast() (line 15): use unpin_user_page() [gup-free]
 * check-error-end
 */
