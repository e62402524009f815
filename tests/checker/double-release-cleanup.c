/*
 * A cleanup label reached only after the pages were already put
 * (5.2 tree, a refactoring leftover).
 */
#include "linux-5.2/mm.h"

static int program_user_pages(unsigned long uaddr, int n, struct page **pages)
{
	int got, i, ret = 0;

	got = get_user_pages_fast(uaddr, n, 0, pages);
	if (got <= 0)
		return got ? got : -EFAULT;
	for (i = 0; i < got; i++)
		if (PageReserved(pages[i]))
			ret = -EINVAL;
	for (i = 0; i < got; i++)
		put_page(pages[i]);
	if (ret)
		goto err;
	return got;
err:
	for (i = 0; i < got; i++)
		put_page(pages[i]);
	return ret;
}

int program_test(unsigned long uaddr, struct page **pages);
int program_test(unsigned long uaddr, struct page **pages)
{
	return program_user_pages(uaddr, 4, pages);
}

/*
 * check-name: cleanup label reached only after the pages were put
 *
 * check-error-start
double-release-cleanup.c:24:25: error: pages from get_user_pages_fast() at line 11 are already released on every path here [gup-double-release]
 * check-error-end
 */
