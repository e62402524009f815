/* Looks at struct page only (pin_user_pages.rst case 4): stays FOLL_GET. */
#include <linux/pages.h>

long key_of(unsigned long uaddr);
long key_of(unsigned long uaddr)
{
	struct page *page;
	long key;

	if (get_user_pages_fast(uaddr, 1, 0, &page) != 1)
		return -EFAULT;
	key = page_to_pfn(page);
	put_page(page);
	return key;
}
