/* Releases through lib/pages' helper; fills a region long-term. */
#include <linux/pages.h>

int foo_io(unsigned long uaddr, int npages, struct page **pages);
int foo_io(unsigned long uaddr, int npages, struct page **pages)
{
	int got = get_user_pages_fast(uaddr, npages, FOLL_WRITE, pages);

	if (got <= 0)
		return -EFAULT;
	pg_put_pages(pages, got, true);
	return 0;
}

int foo_region(struct pg_region *region);
int foo_region(struct pg_region *region)
{
	long got = get_user_pages_longterm(region->uaddr, region->npages,
					   FOLL_WRITE, region->pages, NULL);

	return got == region->npages ? 0 : -EFAULT;
}
