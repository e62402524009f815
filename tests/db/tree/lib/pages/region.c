/* Releases a member other files fill: reached through the member. */
#include <linux/pages.h>

void pg_region_release(struct pg_region *region)
{
	int i;

	for (i = 0; i < region->npages; i++)
		unpin_user_page(region->pages[i]);
}
