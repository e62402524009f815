/*
 * Not a fixture: the other file of the db-*.c fixtures.  A driver's
 * page helpers, called from other files: a release helper, a wrapper
 * acquirer, a struct's release function and a function that keeps the
 * pages it is given.
 */
#include "drv.h"

void drv_put_pages(struct page **pages, int npages, bool dirty)
{
	int i;

	for (i = 0; i < npages; i++) {
		if (dirty)
			set_page_dirty_lock(pages[i]);
		put_page(pages[i]);
	}
}

int drv_pin_pages(unsigned long uaddr, int npages, struct page **pages)
{
	return pin_user_pages_fast(uaddr, npages, FOLL_WRITE, pages);
}

void drv_region_release(struct drv_region *region)
{
	int i;

	for (i = 0; i < region->npages; i++)
		put_page(region->pages[i]);
	kfree(region->pages);
}

void drv_region_keep(struct drv_region *region, struct page **pages)
{
	region->pages = pages;
}
