/*
 * netfs_extract_user_iter() shape (6.12): more pages pinned than asked
 * for is a kernel bug that WARN()s, and the function gives up without
 * cleaning (its comment says it cannot trust the buffer): the path after
 * the WARN is not reported.  The same test without a WARN is ordinary
 * error handling that loses the pages at kvfree().
 */
#include "linux-6.1/mm.h"

long map_checked(unsigned long addr, size_t count, struct sg_table *sgt);
long map_checked(unsigned long addr, size_t count, struct sg_table *sgt)
{
	struct page **pages = kvmalloc_array(4, sizeof(*pages), GFP_KERNEL);
	long ret;

	if (!pages)
		return -ENOMEM;
	ret = pin_user_pages_fast(addr, 4, FOLL_WRITE, pages);
	if (ret <= 0)
		goto out;
	if (WARN(ret * PAGE_SIZE > count, "pinned %ld pages for %zu bytes\n",
		 ret, count)) {
		ret = -EIO;
		goto out;
	}
	ret = sg_alloc_table_from_pages(sgt, pages, ret, 0, ret * PAGE_SIZE,
					GFP_KERNEL);
out:
	kvfree(pages);
	return ret;
}

long map_unchecked(unsigned long addr, size_t count, struct sg_table *sgt);
long map_unchecked(unsigned long addr, size_t count, struct sg_table *sgt)
{
	struct page **pages = kvmalloc_array(4, sizeof(*pages), GFP_KERNEL);
	long ret;

	if (!pages)
		return -ENOMEM;
	ret = pin_user_pages_fast(addr, 4, FOLL_WRITE, pages);
	if (ret <= 0)
		goto out;
	if (ret * PAGE_SIZE > count) {
		ret = -EIO;
		goto out;
	}
	ret = sg_alloc_table_from_pages(sgt, pages, ret, 0, ret * PAGE_SIZE,
					GFP_KERNEL);
out:
	kvfree(pages);
	return ret;
}

/*
 * check-name: no leak reported on the paths after a WARN()
 *
 * check-error-start
leak-after-warn.c:51:15: error: kvfree() frees the array of the pages pin_user_pages_fast() pinned at line 41, still pinned on the path through the branch at line 44 [gup-leak]
 * check-error-end
 */
