/*
 * One page read through get_user_pages_fast(addr, 1, 0, &page) and given
 * back with put_page() in a 6.1 tree: reading page data wants FOLL_PIN
 * (pin_user_pages.rst case 5), so unpin_user_page().
 */
#include "linux-6.1/mm.h"

static int peek_user_page(unsigned long uaddr, u32 *val)
{
	struct page *page;
	void *p;
	int ret;

	ret = get_user_pages_fast(uaddr & PAGE_MASK, 1, 0, &page);
	if (ret != 1)
		return ret < 0 ? ret : -EFAULT;
	p = kmap_local_page(page);
	*val = *(u32 *)(p + offset_in_page(uaddr));
	kunmap_local(p);
	put_page(page);
	return 0;
}

int peek_test(unsigned long uaddr, u32 *val);
int peek_test(unsigned long uaddr, u32 *val)
{
	return peek_user_page(uaddr, val);
}

/*
 * check-name: single page from get_user_pages_fast(addr, 1, ...) released with put_page() in 6.1
 *
 * check-error-start
release-single-page.c:20:17: warning: put_page() on pages from get_user_pages_fast() (line 14): pin them with pin_user_pages_fast() and release with unpin_user_page() [gup-release]
 * check-error-end
 */
