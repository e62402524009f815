// SPDX-License-Identifier: GPL-2.0
/* Pins pages that lib/pages releases (FOO DRIVER). */
#include <linux/pages.h>

int foo_io(unsigned long uaddr, int npages, struct page **pages)
{
	int got = get_user_pages_fast(uaddr, npages, FOLL_WRITE, pages);

	if (got <= 0)
		return -14;
	pg_put_pages(pages, got, true);
	return 0;
}
