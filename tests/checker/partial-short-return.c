/*
 * ret != nr_pages is handled as plain failure: the pages that were
 * pinned are neither released nor handed back (ivtv/rds bug shape).
 */
#include "linux-6.1/mm.h"

static int map_user(unsigned long uaddr, int nr_pages, struct scatterlist *sgl)
{
	struct page **pages;
	int ret, i;

	pages = kcalloc(nr_pages, sizeof(*pages), GFP_KERNEL);
	if (!pages)
		return -ENOMEM;
	ret = pin_user_pages_fast(uaddr, nr_pages, 0, pages);
	if (ret != nr_pages) {
		kfree(pages);
		return ret < 0 ? ret : -EFAULT;
	}
	for (i = 0; i < nr_pages; i++)
		sg_set_page(&sgl[i], pages[i], PAGE_SIZE, 0);
	kfree(pages);
	return 0;
}

int map_test(unsigned long uaddr, struct scatterlist *sgl);
int map_test(unsigned long uaddr, struct scatterlist *sgl)
{
	return map_user(uaddr, 4, sgl);
}

/*
 * check-name: ret != nr_pages branch returns without unpinning the pinned ones
 *
 * check-error-start
partial-short-return.c:17:22: error: kfree() frees the array of the pages pin_user_pages_fast() pinned at line 15, fewer than requested, without releasing them [gup-partial]
 * check-error-end
 */
