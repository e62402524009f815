/* Not a fixture: what cross/drv-pages.c offers the db-*.c fixtures. */
#include "../include/linux-6.1/mm.h"

struct drv_region {
	unsigned long uaddr;
	int npages;
	struct page **pages;
};

void drv_put_pages(struct page **pages, int npages, bool dirty);
int drv_pin_pages(unsigned long uaddr, int npages, struct page **pages);
int drv_pin_all(unsigned long uaddr, int npages, struct page **pages);
int drv_get_user_pages(struct drv_region *region, struct page **pages);
void drv_region_release(struct drv_region *region);
void drv_region_keep(struct drv_region *region, struct page **pages);
