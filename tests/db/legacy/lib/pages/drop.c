/*
 * A release helper that takes an extra reference on the first page: the
 * rules leave such pages alone, so the group of its callers' acquires
 * cannot convert.
 */
#include <linux/pages.h>

void pg_drop_pages(struct page **pages, int npages)
{
	int i;

	get_page(pages[0]);
	for (i = 0; i < npages; i++)
		put_page(pages[i]);
	put_page(pages[0]);
}
