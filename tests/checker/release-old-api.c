/*
 * A 5.2 tree has no dedicated release API: get_user_pages_fast() with
 * set_page_dirty_lock() + put_page() is how it was done, nothing to say.
 */
#include "linux-5.2/mm.h"

static int copy_to_pages(unsigned long uaddr, const void *buf, int npages)
{
	struct page *pages[16];
	int got, i;

	if (npages > 16)
		return -EINVAL;
	got = get_user_pages_fast(uaddr, npages, FOLL_WRITE, pages);
	if (got <= 0)
		return got ? got : -EFAULT;
	for (i = 0; i < got; i++) {
		void *p = kmap(pages[i]);

		memcpy(p, buf, PAGE_SIZE);
		kunmap(pages[i]);
		set_page_dirty_lock(pages[i]);
		put_page(pages[i]);
	}
	return got == npages ? 0 : -EFAULT;
}

int copy_test(unsigned long uaddr, const void *buf);
int copy_test(unsigned long uaddr, const void *buf)
{
	return copy_to_pages(uaddr, buf, 4);
}

/*
 * check-name: 5.2 tree, no dedicated API: set_page_dirty_lock() + put_page() is right
 */
