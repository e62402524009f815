/*
 * One page taken with get_user_pages_fast(addr, 1, ...) for a futex-like
 * check of its struct page, then a validation failure returns without
 * put_page() (5.2 tree).
 */
#include "linux-5.2/mm.h"

static int check_user_word(unsigned long uaddr, u32 expected)
{
	struct page *page;
	u32 *kaddr;
	int ret;

	ret = get_user_pages_fast(uaddr, 1, 0, &page);
	if (ret < 0)
		return ret;

	kaddr = kmap(page);
	if (kaddr[offset_in_page(uaddr) / sizeof(u32)] != expected) {
		kunmap(page);
		return -EINVAL;
	}
	kunmap(page);
	put_page(page);
	return 0;
}

int word_test(unsigned long uaddr);
int word_test(unsigned long uaddr)
{
	return check_user_word(uaddr, 1);
}

/*
 * check-name: single page: validation failure returns without put_page()
 *
 * check-error-start
leak-single-page.c:21:17: error: pages pinned by get_user_pages_fast() at line 14 are not released on the path through the branch at line 19 [gup-leak]
 * check-error-end
 */
