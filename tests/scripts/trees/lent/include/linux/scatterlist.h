/* SPDX-License-Identifier: GPL-2.0 */
#ifndef _LINUX_SCATTERLIST_H
#define _LINUX_SCATTERLIST_H

struct page;

struct scatterlist {
	unsigned long page_link;
	unsigned int offset, length;
};

void sg_set_page(struct scatterlist *sg, struct page *page,
		 unsigned int len, unsigned int offset);

#endif /* _LINUX_SCATTERLIST_H */
