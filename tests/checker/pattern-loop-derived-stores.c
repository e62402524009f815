#include "linux-6.1/mm.h"

/*
 * drivers/virt/acrn/mm.c: a loop keeps two values derived from each
 * page (neither a call's event): summarising the loop compared their
 * callee names, which stores have none of, and gupcheck crashed.
 */
struct region {
	unsigned long pfn, phys;
};

int map_test(unsigned long start, struct page **pages, struct region *r);

static int map_regions(unsigned long start, struct page **pages,
		       struct region *r, int n)
{
	int i, pinned = pin_user_pages_fast(start, n, FOLL_LONGTERM, pages);

	if (pinned < 0)
		return pinned;
	for (i = 0; i < pinned; i++) {
		r[i].pfn = page_to_pfn(pages[i]);
		r[i].phys = page_to_pfn(pages[i]) << 12;
	}
	return pinned;
}

int map_test(unsigned long start, struct page **pages, struct region *r)
{
	return map_regions(start, pages, r, 4);
}

/*
 * check-name: a loop storing two values derived from each page
 */
