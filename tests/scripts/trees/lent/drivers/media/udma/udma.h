/* SPDX-License-Identifier: GPL-2.0 */
/* The user DMA buffer both halves of the udma driver fill. */
#include <linux/mm.h>
#include <linux/scatterlist.h>

#define UDMA_MAX_PAGES 64

struct udma_buf {
	struct page *map[UDMA_MAX_PAGES];
	struct scatterlist sglist[UDMA_MAX_PAGES];
	int page_count;
};

int udma_fill_sg(struct udma_buf *dma, int count, int map_offset);
void udma_unmap(struct udma_buf *dma);
