// SPDX-License-Identifier: GPL-2.0
#include <linux/mm.h>

/* A 4.19 driver: get_user_pages_fast() takes an int write. */
int wa_fill(unsigned long uaddr, int npages, bool to_user, struct page **pages)
{
	int i, got;

	got = get_user_pages_fast(uaddr, npages, to_user, pages);
	if (got < 0)
		return got;
	for (i = 0; i < got; i++)
		put_page(pages[i]);
	return got;
}

int wa_touch(unsigned long uaddr)
{
	struct page *page;

	if (get_user_pages_fast(uaddr, 1, 1, &page) != 1)
		return -1;
	set_page_dirty_lock(page);
	put_page(page);
	return 0;
}

int wa_peek(unsigned long uaddr)
{
	struct page *page;

	if (get_user_pages_fast(uaddr, 1, false, &page) != 1)
		return -1;
	put_page(page);
	return 0;
}
