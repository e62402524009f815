/*
 * leak-helper.c fixed: every path after the pin goes through the
 * static release helper.
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
	qp_release_pages(pages, npages, !err);
	kfree(pages);
	return err;
}

int qp_test(unsigned long uva);
int qp_test(unsigned long uva)
{
	return qp_host_get_user_memory(uva, 4);
}

/*
 * check-name: every path goes through the static release helper: quiet
 */
