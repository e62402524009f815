/* Releases a member another file fills. */
#include <linux/pages.h>

void pg_region_release(struct pg_region *region)
{
	int i;

	for (i = 0; i < region->npages; i++)
		put_page(region->pages[i]);
}
