/* What lib/pages offers the drivers of the fixture tree. */
#include <linux/mm.h>

struct pg_region {
	unsigned long uaddr;
	int npages;
	struct page **pages;
};

void pg_put_pages(struct page **pages, int npages, bool dirty);
int pg_pin_pages(unsigned long uaddr, int npages, struct page **pages);
void pg_region_release(struct pg_region *region);

struct pg_buf {
	struct page *page;
};

struct pg_other {
	struct page *page;
};

void pg_buf_move(struct pg_buf *buf, struct pg_other *other);
