// SPDX-License-Identifier: GPL-2.0
#include <linux/mm.h>

int get_user_pages_fast(unsigned long start, int nr_pages,
			unsigned int gup_flags, struct page **pages)
{
	struct page *page = pages[0];

	if (!get_user_pages(start, 1, gup_flags, pages, 0))
		put_page(page);
	return nr_pages;
}
EXPORT_SYMBOL_GPL(get_user_pages_fast);
