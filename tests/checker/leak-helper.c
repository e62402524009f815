/*
 * The release lives in a static helper of the same file (the videobuf
 * and vmci shape); the error path that skips the helper leaks.
 */
#include "linux-6.1/mm.h"

struct qp_pages {
	struct page **pages;
	int npages;
};

static void qp_release_pages(struct page **pages, int npages, bool dirty)
{
	unpin_user_pages_dirty_lock(pages, npages, dirty);
}

static int qp_check(struct page **pages, int npages)
{
	return npages > 1 ? 0 : -EINVAL;
}

static int qp_host_get_user_memory(unsigned long produce_uva, int npages)
{
	struct page **pages;
	int err;

	pages = kcalloc(npages, sizeof(*pages), GFP_KERNEL);
	if (!pages)
		return -ENOMEM;
	err = pin_user_pages_fast(produce_uva, npages, FOLL_WRITE, pages);
	if (err < npages) {
		if (err > 0)
			qp_release_pages(pages, err, false);
		kfree(pages);
		return -ENOMEM;
	}

	err = qp_check(pages, npages);
	if (err) {
		kfree(pages);
		return err;
	}

	qp_release_pages(pages, npages, true);
	kfree(pages);
	return 0;
}

int qp_test(unsigned long uva);
int qp_test(unsigned long uva)
{
	return qp_host_get_user_memory(uva, 4);
}

/*
 * check-name: static release helper skipped by an error return
 *
 * check-error-start
leak-helper.c:40:22: error: kfree() frees the array of the pages pin_user_pages_fast() pinned at line 30, still pinned on the path through the branch at line 39 [gup-leak]
 * check-error-end
 */
