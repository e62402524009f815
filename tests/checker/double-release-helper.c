/*
 * A static helper puts the pages on failure, and its caller puts them
 * again on the same path (5.2 tree).
 */
#include "linux-5.2/mm.h"

static void put_pages_array(struct page **pages, int n)
{
	int i;

	for (i = 0; i < n; i++)
		put_page(pages[i]);
}

static int check_pages(struct page **pages, int n)
{
	int i;

	for (i = 0; i < n; i++)
		if (PageReserved(pages[i])) {
			put_pages_array(pages, n);
			return -EINVAL;
		}
	return 0;
}

static int grab_user(unsigned long uaddr, struct page **pages, int n)
{
	int got, ret;

	got = get_user_pages_fast(uaddr, n, 0, pages);
	if (got != n) {
		if (got > 0)
			put_pages_array(pages, got);
		return -EFAULT;
	}
	ret = check_pages(pages, n);
	put_pages_array(pages, n);
	return ret;
}

int grab_test(unsigned long uaddr, struct page **pages);
int grab_test(unsigned long uaddr, struct page **pages)
{
	return grab_user(uaddr, pages, 4);
}

/*
 * check-name: a static helper releases on failure, the caller releases again
 *
 * check-error-start
double-release-helper.c:38:24: error: pages from get_user_pages_fast() at line 31 are already released on every path here [gup-double-release]
 * check-error-end
 */
