/*
 * The error branch unpins and then jumps to the common cleanup, which
 * unpins again.
 */
#include "linux-6.1/mm.h"

static int submit(struct page **pages, int n)
{
	return n > 8 ? -EBUSY : 0;
}

static int do_user_io(unsigned long uaddr, int n)
{
	struct page **pages;
	int pinned, ret;

	pages = kcalloc(n, sizeof(*pages), GFP_KERNEL);
	if (!pages)
		return -ENOMEM;
	pinned = pin_user_pages_fast(uaddr, n, 0, pages);
	if (pinned != n) {
		ret = -EFAULT;
		if (pinned <= 0)
			goto out_free;
		goto out_unpin;
	}

	ret = submit(pages, n);
	if (ret) {
		unpin_user_pages(pages, n);
		goto out_unpin;
	}

out_unpin:
	unpin_user_pages(pages, pinned);
out_free:
	kfree(pages);
	return ret;
}

int io_test(unsigned long uaddr);
int io_test(unsigned long uaddr)
{
	return do_user_io(uaddr, 4);
}

/*
 * check-name: error branch unpins, then falls into the common unpin (other paths reach it pinned)
 *
 * check-error-start
double-release-goto.c:35:25: error: pages from pin_user_pages_fast() at line 20 are already released on every path here [gup-double-release]
 * check-error-end
 */
