/*
 * The result goes straight into unpin_user_pages() as the count: when
 * pin_user_pages_fast() fails it is -errno, which becomes a huge
 * unsigned long npages.
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
 * check-name: unpin_user_pages(pages, ret) with ret possibly -errno
 *
 * check-error-start
partial-negative-count.c:18:25: error: the count pin_user_pages_fast() returned at line 16 may be a negative error code here [gup-partial]
 * check-error-end
 */
