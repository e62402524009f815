/*
 * double-release-cleanup.c fixed: the pages are put once.
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
	return ret ? ret : got;
}

int program_test(unsigned long uaddr, struct page **pages);
int program_test(unsigned long uaddr, struct page **pages)
{
	return program_user_pages(uaddr, 4, pages);
}

/*
 * check-name: pages put once: quiet
 */
