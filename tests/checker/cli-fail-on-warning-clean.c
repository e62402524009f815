/*
 * Clean code with --fail-on-warning: exit 0.
 */
#include "linux-6.1/mm.h"

struct xfer {
	struct page **pages;
	int npages;
};

static int xfer_send(struct xfer *x, unsigned long uaddr, size_t len)
{
	struct page **pages;
	int npages = DIV_ROUND_UP(len + offset_in_page(uaddr), PAGE_SIZE);
	int pinned, ret = 0;

	pages = kvmalloc_array(npages, sizeof(*pages), GFP_KERNEL);
	if (!pages)
		return -ENOMEM;

	pinned = pin_user_pages_fast(uaddr, npages, 0, pages);
	if (pinned < 0) {
		ret = pinned;
		goto out_free;
	}
	if (pinned != npages)
		ret = -EFAULT;

	unpin_user_pages(pages, pinned);
out_free:
	kvfree(pages);
	return ret;
}

int xfer_ioctl(struct xfer *x, unsigned long arg);
int xfer_ioctl(struct xfer *x, unsigned long arg)
{
	return xfer_send(x, arg, 4 * PAGE_SIZE);
}


/*
 * check-name: --fail-on-warning on clean code exits 0
 * check-command: gupcheck -Iinclude --fail-on-warning $file
 */
