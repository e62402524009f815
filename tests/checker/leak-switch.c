/*
 * A switch on the request type after the pin: the unknown-type default
 * returns -EINVAL with the pages still pinned.
 */
#include "linux-6.1/mm.h"

enum xfer_dir { XFER_TO_DEV, XFER_FROM_DEV, XFER_BIDI };

static int do_dma(struct page **pages, int n, enum xfer_dir dir);

static int user_dma(unsigned long uaddr, int n, enum xfer_dir dir)
{
	struct page **pages;
	int pinned, ret;

	pages = kcalloc(n, sizeof(*pages), GFP_KERNEL);
	if (!pages)
		return -ENOMEM;
	pinned = pin_user_pages_fast(uaddr, n, FOLL_WRITE, pages);
	if (pinned != n) {
		if (pinned > 0)
			unpin_user_pages(pages, pinned);
		kfree(pages);
		return pinned < 0 ? pinned : -EFAULT;
	}

	switch (dir) {
	case XFER_TO_DEV:
	case XFER_FROM_DEV:
		ret = do_dma(pages, n, dir);
		break;
	default:
		kfree(pages);
		return -EINVAL;
	}

	unpin_user_pages_dirty_lock(pages, n, dir == XFER_FROM_DEV);
	kfree(pages);
	return ret;
}

static int do_dma(struct page **pages, int n, enum xfer_dir dir)
{
	return n && dir != XFER_BIDI ? 0 : -EIO;
}

int dma_test(unsigned long uaddr);
int dma_test(unsigned long uaddr)
{
	return user_dma(uaddr, 4, XFER_TO_DEV);
}

/*
 * check-name: switch default returns with the pages pinned
 *
 * check-error-start
leak-switch.c:33:22: error: kfree() frees the array of the pages pin_user_pages_fast() pinned at line 19, still pinned on the path through the branch at line 27 [gup-leak]
 * check-error-end
 */
