/* SPDX-License-Identifier: GPL-2.0 */
#ifndef _LINUX_MM_H
#define _LINUX_MM_H

#include <stdbool.h>
#include <stddef.h>

#define EXPORT_SYMBOL(sym)
#define EXPORT_SYMBOL_GPL(sym)
#define FOLL_WRITE	0x01

struct page {
	int count;
	int flags;
};

long get_user_pages(unsigned long start, unsigned long nr_pages,
		    unsigned int gup_flags, struct page **pages, void *vmas);
int get_user_pages_fast(unsigned long start, int nr_pages,
			unsigned int gup_flags, struct page **pages);
int set_page_dirty(struct page *page);
void set_page_dirty_lock(struct page *page);

static inline void put_page(struct page *page)
{
	page->count--;
}

#endif /* _LINUX_MM_H */
