/*
 * A local single page from get_user_pages_fast(addr, 1, ...) given back
 * with __free_page() on the error path and put_page() on success
 * (5.2 tree).
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
		__free_page(page);
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
 * check-name: __free_page() on a single page from get_user_pages_fast(addr, 1, 0, &page)
 *
 * check-error-start
free-single-page.c:18:28: error: __free_page() on a page from get_user_pages_fast() (line 15): use put_page() [gup-free]
 * check-error-end
 */
