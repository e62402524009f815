// SPDX-License-Identifier: GPL-2.0
#include <linux/mm.h>

/* Pins into the caller's array and says how many: a wrapper acquirer. */
int grab_user_pages(unsigned long addr, int n, struct page **pages)
{
	return get_user_pages_fast(addr, n, FOLL_WRITE, pages);
}
