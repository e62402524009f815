// SPDX-License-Identifier: GPL-2.0
/* A release helper of other subsystems' pages (PAGE HELPERS). */
#include <linux/pages.h>

void pg_put_pages(struct page **pages, int npages, bool dirty)
{
	int i;

	for (i = 0; i < npages; i++) {
		if (dirty)
			set_page_dirty_lock(pages[i]);
		put_page(pages[i]);
	}
}
