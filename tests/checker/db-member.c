/*
 * Pages kept in a struct member and released by another file's
 * drv_region_release() with put_page(): a FOLL_PIN pin released as a
 * FOLL_GET reference, found across files.
 */
#include "cross/drv.h"

int use_region(struct drv_region *region);
int use_region(struct drv_region *region)
{
	int pinned = pin_user_pages_fast(region->uaddr, region->npages,
					 FOLL_WRITE | FOLL_LONGTERM,
					 region->pages);

	if (pinned != region->npages)
		return -EFAULT;
	return 0;
}

/*
 * check-name: struct member released in another file (--db)
 * check-command: gupcheck -Iinclude --db=$tmpdir/db cross/drv-pages.c && gupcheck -Iinclude --db=$tmpdir/db $file
 *
 * check-error-start
cross/drv-pages.c:30:0: error: put_page() on a FOLL_PIN pin from pin_user_pages_fast() (line 11 in use_region()): use unpin_user_page() [gup-pin-kind]
 * check-error-end
 */
