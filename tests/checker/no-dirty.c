/*
 * The device writes into pages pinned with FOLL_WRITE, but they are
 * unpinned without being marked dirty: the data may never reach the
 * file (6.1).
 */
#include "linux-6.1/mm.h"

int dev_dma_into(struct page **pages, int n);

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
	dev_dma_into(pages, pinned);
	unpin_user_pages(pages, pinned);
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
 * check-name: FOLL_WRITE pin_user_pages_fast() pages unpinned without dirtying
 *
 * check-error-start
no-dirty.c:24:25: note: pages pin_user_pages_fast() pinned for writing (line 18) are released without being marked dirty: use unpin_user_pages_dirty_lock(..., true) or set_page_dirty_lock() [gup-no-dirty]
 * check-error-end
 */
