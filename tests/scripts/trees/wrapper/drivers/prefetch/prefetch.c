// SPDX-License-Identifier: GPL-2.0
#include <linux/mm.h>

int grab_user_pages(unsigned long addr, int n, struct page **pages);
void prefetch_fill(struct page *page);

/* Fills what the wrapper pinned, then puts each page back itself. */
int prefetch_range(unsigned long addr)
{
	struct page *pages[8];
	int i, got;

	got = grab_user_pages(addr, 8, pages);
	if (got <= 0)
		return -1;
	for (i = 0; i < got; i++) {
		prefetch_fill(pages[i]);
		set_page_dirty_lock(pages[i]);
		put_page(pages[i]);
	}
	return 0;
}
