/*
 * One page written through get_user_pages_fast(addr, 1, FOLL_WRITE,
 * &page) and a CPU mapping, given back with put_page() in a 6.1 tree:
 * writing page data wants FOLL_PIN (pin_user_pages.rst case 5), so
 * unpin_user_page().
 */
#include "linux-6.1/mm.h"

static int poke_user_page(unsigned long uaddr, u32 val)
{
	struct page *page;
	void *p;
	int ret;

	ret = get_user_pages_fast(uaddr & PAGE_MASK, 1, FOLL_WRITE, &page);
	if (ret != 1)
		return ret < 0 ? ret : -EFAULT;
	p = kmap_local_page(page);
	*(u32 *)(p + offset_in_page(uaddr)) = val;
	kunmap_local(p);
	put_page(page);
	return 0;
}

int poke_test(unsigned long uaddr, u32 val);
int poke_test(unsigned long uaddr, u32 val)
{
	return poke_user_page(uaddr, val);
}

/*
 * check-name: single page from get_user_pages_fast(addr, 1, ...) released with put_page() in 6.1
 *
 * check-error-start
release-single-page.c:21:17: warning: put_page() on pages from get_user_pages_fast() (line 15; pin_user_pages.rst case 5: their data is written or kept): pin them with pin_user_pages_fast() and release with unpin_user_page() [gup-release]
 * check-error-end
 */
