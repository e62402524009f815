// SPDX-License-Identifier: GPL-2.0
/*
 * Pins user pages into dma->map[], lends them to a scatterlist for the
 * device, and gives them back from dma->map[] (UDMA VIDEO DRIVER).
 */
#include "udma.h"

int udma_fill_sg(struct udma_buf *dma, int count, int map_offset)
{
	int i;

	for (i = 0; i < count; i++, map_offset++)
		sg_set_page(&dma->sglist[map_offset], dma->map[map_offset],
			    4096, 0);
	return map_offset;
}

int udma_setup(struct udma_buf *dma, unsigned long uaddr, int count)
{
	int i, err;

	if (dma->page_count)
		return -16;
	err = get_user_pages_fast(uaddr, count, 0, dma->map);
	if (err != count) {
		if (err < 0)
			return err;
		for (i = 0; i < err; i++)
			put_page(dma->map[i]);
		return -14;
	}
	dma->page_count = count;
	udma_fill_sg(dma, count, 0);
	return count;
}

void udma_unmap(struct udma_buf *dma)
{
	int i;

	for (i = 0; i < dma->page_count; i++)
		put_page(dma->map[i]);
	dma->page_count = 0;
}
