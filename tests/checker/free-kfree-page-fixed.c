/*
 * free-kfree-page.c fixed: unpin_user_page() per page, kfree() of the
 * array only.
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
		unpin_user_page(pages[i]);
	kfree(pages);
	return pinned < 0 ? pinned : 0;
}

int scan_test(unsigned long uaddr);
int scan_test(unsigned long uaddr)
{
	return scan_user(uaddr, 4);
}

/*
 * check-name: unpin_user_page() per page, kfree() of the array: quiet
 */
