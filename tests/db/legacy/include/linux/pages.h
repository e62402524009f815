/* What lib/pages offers the drivers of the legacy fixture tree. */
#include <linux/mm.h>

struct pg_region {
	unsigned long uaddr;
	int npages;
	struct page **pages;
};

int pg_get_pages(unsigned long uaddr, int npages, struct page **pages);
void pg_put_pages(struct page **pages, int npages, bool dirty);
void pg_region_release(struct pg_region *region);
void pg_drop_pages(struct page **pages, int npages);
