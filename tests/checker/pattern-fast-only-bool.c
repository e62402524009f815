/*
 * get_user_page_fast_only() returns a bool: !ret is the failure branch,
 * the page is put on the success path.  6.1 has no pin_ variant of it,
 * so put_page() is the right release.
 */
#include "linux-6.1/mm.h"

static int peek_fast(unsigned long addr, u32 *val)
{
	struct page *page;
	void *p;

	if (!get_user_page_fast_only(addr, 0, &page))
		return -EFAULT;
	p = kmap_local_page(page);
	*val = *(u32 *)(p + offset_in_page(addr));
	kunmap_local(p);
	put_page(page);
	return 0;
}

int fast_test(unsigned long addr, u32 *val);
int fast_test(unsigned long addr, u32 *val)
{
	return peek_fast(addr, val);
}

/*
 * check-name: get_user_page_fast_only() bool result, put_page(): quiet
 */
