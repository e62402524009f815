/*
 * A wrapper acquirer in another file: drv_pin_pages() returns how many
 * pages pin_user_pages_fast() pinned into the caller's array, so its
 * callers hold FOLL_PIN pins that put_page() must not release.
 */
#include "cross/drv.h"

int use_wrapper(unsigned long uaddr, int npages);
int use_wrapper(unsigned long uaddr, int npages)
{
	struct page **pages = kcalloc(npages, sizeof(*pages), GFP_KERNEL);
	int i, pinned = drv_pin_pages(uaddr, npages, pages);

	if (pinned <= 0)
		return -EFAULT;
	for (i = 0; i < pinned; i++)
		put_page(pages[i]);
	kfree(pages);
	return 0;
}

/*
 * check-name: wrapper acquirer in another file (--db)
 * check-command: gupcheck -Iinclude --db=$tmpdir/db cross/drv-pages.c && gupcheck -Iinclude --db=$tmpdir/db $file
 *
 * check-error-start
db-wrapper.c:17:25: error: put_page() on a FOLL_PIN pin from drv_pin_pages() (line 12): use unpin_user_page() [gup-pin-kind]
 * check-error-end
 */
