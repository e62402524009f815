/* A wrapper acquirer: converts with its callers' releases. */
#include <linux/pages.h>

int pg_get_pages(unsigned long uaddr, int npages, struct page **pages)
{
	return get_user_pages_fast(uaddr, npages, FOLL_WRITE, pages);
}
