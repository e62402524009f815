/*
 * partial-negative-count.c fixed: unpin only when something was pinned.
 */
#include "linux-6.1/mm.h"

static int touch_user(unsigned long uaddr, int nr_pages)
{
	struct page **pages;
	int pinned;

	pages = kcalloc(nr_pages, sizeof(*pages), GFP_KERNEL);
	if (!pages)
		return -ENOMEM;
	pinned = pin_user_pages_fast(uaddr, nr_pages, 0, pages);
	/* ... */
	if (pinned > 0)
		unpin_user_pages(pages, pinned);
	kfree(pages);
	return pinned == nr_pages ? 0 : -EFAULT;
}

int touch_test(unsigned long uaddr);
int touch_test(unsigned long uaddr)
{
	return touch_user(uaddr, 4);
}

/*
 * check-name: unpin_user_pages(pages, ret) under ret > 0: quiet
 */
