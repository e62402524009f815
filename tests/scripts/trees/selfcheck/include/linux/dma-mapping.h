/* SPDX-License-Identifier: GPL-2.0 */
#ifndef _LINUX_DMA_MAPPING_H
#define _LINUX_DMA_MAPPING_H

#include <linux/mm.h>
#include <linux/types.h>

#define DMA_TO_DEVICE	1

struct device;

dma_addr_t dma_map_page(struct device *dev, struct page *page,
			unsigned long offset, size_t size, int dir);
void dma_unmap_page(struct device *dev, dma_addr_t addr, size_t size, int dir);
int dma_mapping_error(struct device *dev, dma_addr_t addr);

#endif /* _LINUX_DMA_MAPPING_H */
