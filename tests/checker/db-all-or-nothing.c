/*
 * An all-or-nothing wrapper acquirer in another file, pinning through a
 * static helper: a caller that gets an error holds nothing (no leak on
 * that return), one that gets 0 holds FOLL_PIN pins that put_page()
 * must not release.
 */
#include "cross/drv.h"

int use_all(unsigned long uaddr, int npages);
int use_all(unsigned long uaddr, int npages)
{
	struct page **pages = kcalloc(npages, sizeof(*pages), GFP_KERNEL);
	int i, err;

	err = drv_pin_all(uaddr, npages, pages);
	if (err) {
		kfree(pages);
		return err;
	}
	for (i = 0; i < npages; i++)
		put_page(pages[i]);
	kfree(pages);
	return 0;
}

/*
 * check-name: all-or-nothing wrapper acquirer through a static helper (--db)
 * check-command: gupcheck -Iinclude --db=$tmpdir/db cross/all-or-nothing.c && gupcheck -Iinclude --db=$tmpdir/db $file
 *
 * check-error-start
db-all-or-nothing.c:21:25: error: put_page() on a FOLL_PIN pin from drv_pin_all() (line 15): use unpin_user_page() [gup-pin-kind]
 * check-error-end
 */
