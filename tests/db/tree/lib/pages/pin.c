/* A wrapper acquirer. */
#include <linux/pages.h>

int pg_pin_pages(unsigned long uaddr, int npages, struct page **pages)
{
	return pin_user_pages_fast(uaddr, npages, FOLL_WRITE, pages);
}
