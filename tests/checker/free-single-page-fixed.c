/*
 * free-single-page.c fixed: put_page() on the error path too.
 */
#include "linux-5.2/mm.h"

static int read_user_header(unsigned long uaddr, void *hdr, size_t len)
{
	struct page *page;
	void *p;

	if (len > PAGE_SIZE - offset_in_page(uaddr))
		return -EINVAL;
	if (get_user_pages_fast(uaddr, 1, 0, &page) != 1)
		return -EFAULT;
	if (PageReserved(page)) {
		put_page(page);
		return -EINVAL;
	}
	p = kmap(page);
	memcpy(hdr, p + offset_in_page(uaddr), len);
	kunmap(page);
	put_page(page);
	return 0;
}

int header_test(unsigned long uaddr, void *hdr);
int header_test(unsigned long uaddr, void *hdr)
{
	return read_user_header(uaddr, hdr, 16);
}

/*
 * check-name: put_page() on both paths of a single page: quiet
 */
