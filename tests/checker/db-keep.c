/*
 * Pages handed to a function of another file that keeps them in a
 * member (drv_region_keep()), which a third function releases: the
 * pages are not leaked here, and their release is paired with the site.
 */
#include "cross/drv.h"

int use_keep(struct drv_region *region, unsigned long uaddr, int npages);
int use_keep(struct drv_region *region, unsigned long uaddr, int npages)
{
	struct page **pages = kcalloc(npages, sizeof(*pages), GFP_KERNEL);
	int pinned = get_user_pages_fast(uaddr, npages, FOLL_WRITE, pages);

	if (pinned <= 0) {
		kfree(pages);
		return -EFAULT;
	}
	drv_region_keep(region, pages);
	return 0;
}

/*
 * check-name: pages kept by another file's function, released by a third (--db)
 * check-command: gupcheck -Iinclude --db=$tmpdir/db cross/drv-pages.c && gupcheck -Iinclude --db=$tmpdir/db $file
 *
 * check-error-start
cross/drv-pages.c:30:0: warning: put_page() on pages from get_user_pages_fast() (line 12; pin_user_pages.rst case 1: a device reaches their data): pin them with pin_user_pages_fast() and release with unpin_user_page() [gup-release]
cross/drv-pages.c:30:0: note: pages get_user_pages_fast() pinned for writing (line 12) are released without being marked dirty: use unpin_user_pages_dirty_lock(..., true) or set_page_dirty_lock() [gup-no-dirty]
 * check-error-end
 */
