/*
 * A 6.1 driver that maps a user buffer for a device to read from, still
 * with get_user_pages_fast() + put_page() (the habanalabs/ivtv shape
 * before the pin_user_pages() conversion).
 */
#include "linux-6.1/mm.h"

struct xfer {
	struct device *dev;
	dma_addr_t *dma;
};

static int xfer_send(struct xfer *x, unsigned long uaddr, size_t len)
{
	struct page **pages;
	int npages = DIV_ROUND_UP(len + offset_in_page(uaddr), PAGE_SIZE);
	int pinned, i, ret = 0;

	pages = kvmalloc_array(npages, sizeof(*pages), GFP_KERNEL);
	if (!pages)
		return -ENOMEM;

	pinned = get_user_pages_fast(uaddr, npages, 0, pages);
	if (pinned < 0) {
		ret = pinned;
		goto out_free;
	}
	if (pinned != npages)
		ret = -EFAULT;

	for (i = 0; i < pinned && !ret; i++)
		x->dma[i] = dma_map_page(x->dev, pages[i], 0, PAGE_SIZE,
					 DMA_TO_DEVICE);
	for (i = 0; i < pinned; i++)
		put_page(pages[i]);
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
 * check-name: put_page() on get_user_pages_fast() pages in a 6.1 tree
 *
 * check-error-start
release-put-page.c:35:25: warning: put_page() on pages from get_user_pages_fast() (line 23; pin_user_pages.rst case 1: a device reaches their data): pin them with pin_user_pages_fast() and release with unpin_user_page() [gup-release]
 * check-error-end
 */
