// SPDX-License-Identifier: GPL-2.0
#include <linux/mm.h>

int frame_vector_pin(unsigned long start, int n, struct page **pages)
{
	int i, got;

	got = get_user_pages(start, n, FOLL_WRITE, pages, 0);
	for (i = 0; i < got; i++)
		put_page(pages[i]);
	return got;
}
