/*
 * A free helper the allocating path passes its pages to (the atomisp
 * hmm_bo shape): the user pages of the same member are put elsewhere.
 * The helper frees allocated pages: nothing is reported.
 */
#include "linux-6.1/mm.h"

struct bo {
	struct page **pages;
	int pgnr;
};

static void free_pages_array(int n, struct page **array)
{
	int i;

	for (i = 0; i < n; i++)
		__free_pages(array[i], 0);
}

static int alloc_private(struct bo *bo)
{
	int ret = alloc_pages_bulk_array(GFP_KERNEL, bo->pgnr, bo->pages);

	if (ret != bo->pgnr) {
		free_pages_array(ret, bo->pages);
		return -ENOMEM;
	}
	return 0;
}

static void free_private(struct bo *bo)
{
	free_pages_array(bo->pgnr, bo->pages);
}

static int alloc_user(struct bo *bo, unsigned long addr)
{
	int n = get_user_pages_fast(addr, bo->pgnr, 0, bo->pages);
	int i;

	if (n == bo->pgnr)
		return 0;
	for (i = 0; i < n; i++)
		put_page(bo->pages[i]);
	return -ENOMEM;
}

int bo_test(struct bo *bo, unsigned long addr);
int bo_test(struct bo *bo, unsigned long addr)
{
	int ret = addr ? alloc_user(bo, addr) : alloc_private(bo);

	if (!ret && !addr)
		free_private(bo);
	return ret;
}

/*
 * check-name: a free helper that callers pass allocated pages to is no gup-free
 * check-command: gupcheck --api=none -Iinclude $file
 */
