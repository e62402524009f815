// SPDX-License-Identifier: GPL-2.0
#include <linux/mm.h>

int gupdev_touch(unsigned long addr)
{
	struct page *page;

	if (get_user_pages_fast(addr, 1, FOLL_WRITE, &page) != 1)
		return -14;
	put_page(page);
	return 0;
}
