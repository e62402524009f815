/*
 * --api=none: the tree is said to have no dedicated release API, even
 * though the headers declare unpin_user_page*(), so put_page() on
 * get_user_pages_fast() pages is what that tree does.
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
 * check-name: --api=none: put_page() on get_user_pages_fast() pages is not reported
 * check-command: gupcheck --api=none -Iinclude $file
 */
