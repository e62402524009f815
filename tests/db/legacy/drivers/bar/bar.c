/* Uses the wrapper acquirer of lib/pages. */
#include <linux/pages.h>

int bar_io(unsigned long uaddr, int npages, struct page **pages);
int bar_io(unsigned long uaddr, int npages, struct page **pages)
{
	int i, got = pg_get_pages(uaddr, npages, pages);

	if (got <= 0)
		return -EFAULT;
	for (i = 0; i < got; i++)
		put_page(pages[i]);
	return 0;
}
