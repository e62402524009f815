/*
 * io_uring_pin_pages() shape (6.1): every page is pinned, then a check
 * of the mappings fails and the pages are unpinned before anything read
 * or wrote them: nothing to mark dirty.  The same function's release
 * after the pages went to the device still needs the dirty mark.
 */
#include "linux-6.1/mm.h"

int dev_dma_into(struct page **pages, int n);
int mappings_ok(unsigned long uaddr, int n);

static int pin_checked(unsigned long uaddr, int n, struct page **pages)
{
	int pinned;

	pinned = pin_user_pages_fast(uaddr, n, FOLL_WRITE, pages);
	if (pinned != n) {
		if (pinned > 0)
			unpin_user_pages(pages, pinned);
		return -EFAULT;
	}
	if (!mappings_ok(uaddr, n)) {
		unpin_user_pages(pages, n);
		return -EINVAL;
	}
	return 0;
}

static int read_into(unsigned long uaddr, int n, struct page **pages)
{
	int pinned;

	pinned = pin_user_pages_fast(uaddr, n, FOLL_WRITE, pages);
	if (pinned != n) {
		if (pinned > 0)
			unpin_user_pages(pages, pinned);
		return -EFAULT;
	}
	if (!mappings_ok(uaddr, n)) {
		unpin_user_pages(pages, n);
		return -EINVAL;
	}
	dev_dma_into(pages, n);
	unpin_user_pages(pages, n);
	return 0;
}

int checked_test(unsigned long uaddr, struct page **pages);
int checked_test(unsigned long uaddr, struct page **pages)
{
	int ret = pin_checked(uaddr, 4, pages);

	if (!ret)
		unpin_user_pages_dirty_lock(pages, 4, true);
	return ret ? ret : read_into(uaddr, 4, pages);
}

/*
 * check-name: no gup-no-dirty for pages unpinned before any use
 *
 * check-error-start
no-dirty-unused.c:44:25: note: pages pin_user_pages_fast() pinned for writing (line 33) are released without being marked dirty: use unpin_user_pages_dirty_lock(..., true) or set_page_dirty_lock() [gup-no-dirty]
 * check-error-end
 */
