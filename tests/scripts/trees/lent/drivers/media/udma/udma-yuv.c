// SPDX-License-Identifier: GPL-2.0
/*
 * Pins the two planes of a frame into the same dma->map[], which
 * udma-core.c gives back (UDMA VIDEO DRIVER).
 */
#include "udma.h"

int udma_yuv_prep(struct udma_buf *dma, unsigned long y_addr, int y_count,
		  unsigned long uv_addr, int uv_count)
{
	int i, y_pages, uv_pages = 0;

	y_pages = get_user_pages_fast(y_addr, y_count, 0, &dma->map[0]);
	if (y_pages == y_count)
		uv_pages = get_user_pages_fast(uv_addr, uv_count, 0,
					       &dma->map[y_pages]);
	if (y_pages != y_count || uv_pages != uv_count) {
		if (uv_pages > 0)
			for (i = 0; i < uv_pages; i++)
				put_page(dma->map[y_pages + i]);
		if (y_pages > 0)
			for (i = 0; i < y_pages; i++)
				put_page(dma->map[i]);
		return -14;
	}
	dma->page_count = y_pages + uv_pages;
	udma_fill_sg(dma, dma->page_count, 0);
	return 0;
}
