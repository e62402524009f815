/* SPDX-License-Identifier: GPL-2.0 */
/* The API of a 4.19 tree: no pin_user_pages*(), no dedicated release. */
#ifndef _LINUX_MM_H
#define _LINUX_MM_H

#include <stdbool.h>
#include <stddef.h>

#define FOLL_WRITE	0x01
#define GFP_KERNEL	0x0cc0
#define PAGE_SIZE	4096UL

struct page {
	int count;
	int flags;
};

struct vm_area_struct;

long get_user_pages(unsigned long start, unsigned long nr_pages,
		    unsigned int gup_flags, struct page **pages,
		    struct vm_area_struct **vmas);
int get_user_pages_fast(unsigned long start, int nr_pages, int write,
			struct page **pages);
void set_page_dirty_lock(struct page *page);
struct page *alloc_page(unsigned int gfp);
void __free_page(struct page *page);

static inline void put_page(struct page *page)
{
	page->count--;
}

#endif /* _LINUX_MM_H */
