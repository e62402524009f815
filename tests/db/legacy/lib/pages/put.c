/* A release helper of other files' pages. */
#include <linux/pages.h>

void pg_put_pages(struct page **pages, int npages, bool dirty)
{
	int i;

	for (i = 0; i < npages; i++) {
		if (dirty)
			set_page_dirty_lock(pages[i]);
		put_page(pages[i]);
	}
}
