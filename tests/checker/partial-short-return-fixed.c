/*
 * partial-short-return.c fixed: the short branch unpins what was pinned.
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
		if (ret > 0)
			unpin_user_pages(pages, ret);
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
 * check-name: ret != nr_pages branch unpins ret pages when ret > 0: quiet
 */
