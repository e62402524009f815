/* Pins, releases through lib/pages' helper, fills a region. */
#include <linux/pages.h>

int foo_io(unsigned long uaddr, int npages, struct page **pages);
int foo_io(unsigned long uaddr, int npages, struct page **pages)
{
	int pinned = pin_user_pages_fast(uaddr, npages, FOLL_WRITE, pages);

	if (pinned <= 0)
		return -EFAULT;
	pg_put_pages(pages, pinned, true);
	return 0;
}

int foo_region(struct pg_region *region);
int foo_region(struct pg_region *region)
{
	int pinned = pin_user_pages_fast(region->uaddr, region->npages,
					 FOLL_WRITE | FOLL_LONGTERM,
					 region->pages);

	return pinned == region->npages ? 0 : -EFAULT;
}
