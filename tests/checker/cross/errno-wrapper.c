/*
 * Not a fixture: the other file of db-errno-wrapper.c.  amdgpu's
 * amdgpu_ttm_tt_get_user_pages() (4.19, here with the pin API): a loop
 * pins the region's pages in chunks; on an error it releases what it
 * pinned and returns the error, else 0.  It returns the acquire's result
 * only where the acquire failed.
 */
#include "drv.h"

int drv_get_user_pages(struct drv_region *region, struct page **pages)
{
	unsigned int pinned = 0;
	int r;

	do {
		unsigned long uaddr = region->uaddr + pinned * PAGE_SIZE;

		r = pin_user_pages(uaddr, region->npages - pinned, FOLL_WRITE,
				   pages + pinned, NULL);
		if (r < 0)
			goto release;
		pinned += r;
	} while (pinned < region->npages);
	return 0;

release:
	unpin_user_pages(pages, pinned);
	return r;
}
