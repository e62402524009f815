/*
 * An error branch releases through another file's helper, then the
 * common exit releases again through it: a double release found across
 * files.
 */
#include "cross/drv.h"

int check_pages(struct page **pages, int n);

int use_twice(unsigned long uaddr, int npages, struct page **pages);
int use_twice(unsigned long uaddr, int npages, struct page **pages)
{
	int ret, pinned = get_user_pages_fast(uaddr, npages, 0, pages);

	if (pinned <= 0)
		return -EFAULT;
	ret = check_pages(pages, pinned);
	if (ret)
		drv_put_pages(pages, pinned, false);
	else
		ret = pinned;
	if (ret < 0)
		goto out;
	return ret;
out:
	drv_put_pages(pages, pinned, false);
	return ret;
}

/*
 * check-name: double release through another file's helper (--db)
 * check-command: gupcheck -Iinclude --db=$tmpdir/db cross/drv-pages.c && gupcheck -Iinclude --db=$tmpdir/db $file
 *
 * check-error-start
db-double.c:26:22: error: pages from get_user_pages_fast() at line 13 are already released on every path here [gup-double-release]
 * check-error-end
 */
