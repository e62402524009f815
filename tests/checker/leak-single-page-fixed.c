/*
 * leak-single-page.c fixed: put_page() on the validation failure too.
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
		put_page(page);
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
 * check-name: single page: put_page() on every path: quiet
 */
