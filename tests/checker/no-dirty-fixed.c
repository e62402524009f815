/*
 * no-dirty.c fixed: unpin_user_pages_dirty_lock(pages, pinned, true).
 */
#include "linux-6.1/mm.h"

static int dev_read_to_user(unsigned long uaddr, int n)
{
	struct page **pages;
	int pinned, ret = 0;

	pages = kcalloc(n, sizeof(*pages), GFP_KERNEL);
	if (!pages)
		return -ENOMEM;
	pinned = pin_user_pages_fast(uaddr, n, FOLL_WRITE, pages);
	if (pinned < 0) {
		ret = pinned;
		goto out;
	}
	/* ... DMA from the device into the pages ... */
	unpin_user_pages_dirty_lock(pages, pinned, true);
	if (pinned != n)
		ret = -EFAULT;
out:
	kfree(pages);
	return ret;
}

int read_test(unsigned long uaddr);
int read_test(unsigned long uaddr)
{
	return dev_read_to_user(uaddr, 4);
}

/*
 * check-name: FOLL_WRITE pages unpinned with unpin_user_pages_dirty_lock(..., true): quiet
 */
