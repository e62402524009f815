/* SPDX-License-Identifier: GPL-2.0 */
#ifndef IPATH_H
#define IPATH_H

#include <linux/mm.h>

struct ipath_devdata {
	struct page **pageshadow;
	struct page **tid_pg_list;
	unsigned int tidcnt;
};

int ipath_get_user_pages(unsigned long start_page, unsigned long num_pages,
			 struct page **p);
void ipath_release_user_pages(struct page **p, unsigned long num_pages);
int ipath_tid_update(struct ipath_devdata *dd, unsigned long vaddr,
		     unsigned int cnt);
void ipath_tid_free(struct ipath_devdata *dd);

#endif
