// SPDX-License-Identifier: GPL-2.0
/* Pins and releases a page for a device in one function (GUPDEV DRIVER). */
#include <linux/mm.h>

unsigned long dma_map_page(void *dev, struct page *page, unsigned long offset,
			   unsigned long size, int dir);

unsigned long gupdev_map(void *dev, unsigned long addr)
{
	struct page *page;
	unsigned long dma;

	if (get_user_pages_fast(addr, 1, FOLL_WRITE, &page) != 1)
		return 0;
	dma = dma_map_page(dev, page, 0, 4096, 0);
	put_page(page);
	return dma;
}
