/*
 * A release helper in another file (cross/drv-pages.c) puts pages this
 * file pinned: with the database it is the release it is (put_page()),
 * so the pin kind is wrong, and the pages are not leaked.
 */
#include "cross/drv.h"

int use_helper(unsigned long uaddr, int npages, struct page **pages);
int use_helper(unsigned long uaddr, int npages, struct page **pages)
{
	struct page **local = kcalloc(npages, sizeof(*local), GFP_KERNEL);
	int pinned = pin_user_pages_fast(uaddr, npages, FOLL_WRITE, local);

	if (pinned <= 0)
		return -EFAULT;
	drv_put_pages(local, pinned, true);
	kfree(local);
	return 0;
}

/*
 * check-name: release helper in another file, pin kind (--db)
 * check-command: gupcheck -Iinclude --db=$tmpdir/db cross/drv-pages.c && gupcheck -Iinclude --db=$tmpdir/db $file
 *
 * check-error-start
db-helper.c:16:22: error: drv_put_pages() on a FOLL_PIN pin from pin_user_pages_fast() (line 12): use unpin_user_pages() [gup-pin-kind]
 * check-error-end
 */
