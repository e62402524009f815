/*
 * Another file frees the page of a region member, but a page it put
 * there itself: not a free of these GUP pages.
 */
#include "cross/drv.h"

int fill_region(struct drv_region *region);
int fill_region(struct drv_region *region)
{
	int pinned = pin_user_pages_fast(region->uaddr, region->npages,
					 FOLL_WRITE | FOLL_LONGTERM,
					 region->pages);

	return pinned == region->npages ? 0 : -EFAULT;
}

/*
 * check-name: a unit's own pages in a shared member (--db)
 * check-command: gupcheck -Iinclude --db=$tmpdir/db cross/own.c && gupcheck -Iinclude --db=$tmpdir/db $file
 *
 * check-error-start
 * check-error-end
 */
