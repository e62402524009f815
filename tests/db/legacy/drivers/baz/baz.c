/* Its pages reach a helper the rules cannot rewrite: nothing converts. */
#include <linux/pages.h>

int baz_io(unsigned long uaddr, int npages, struct page **pages);
int baz_io(unsigned long uaddr, int npages, struct page **pages)
{
	int got = get_user_pages_fast(uaddr, npages, 0, pages);

	if (got <= 0)
		return -EFAULT;
	pg_drop_pages(pages, got);
	return 0;
}
