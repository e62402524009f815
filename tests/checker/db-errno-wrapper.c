/*
 * A wrapper acquirer in another file that returns 0 once it pinned
 * everything, else an error after releasing what it got (amdgpu's
 * amdgpu_ttm_tt_get_user_pages() and its callers in amdgpu_cs.c, 4.19):
 * a caller that gets an error frees the array and holds no page.
 */
#include "cross/drv.h"

int use_errno_wrapper(struct drv_region *region);
int use_errno_wrapper(struct drv_region *region)
{
	struct page **pages = kvmalloc_array(region->npages, sizeof(*pages),
					     GFP_KERNEL);
	int r;

	if (!pages)
		return -ENOMEM;
	r = drv_get_user_pages(region, pages);
	if (r) {
		kvfree(pages);
		return r;
	}
	region->pages = pages;
	return 0;
}

/*
 * check-name: a wrapper returning the acquire's result only where it failed: an error, not a count (--db)
 * check-command: gupcheck -Iinclude --db=$tmpdir/db cross/errno-wrapper.c && gupcheck -Iinclude --db=$tmpdir/db $file
 */
