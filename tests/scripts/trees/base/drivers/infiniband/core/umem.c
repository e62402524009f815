// SPDX-License-Identifier: GPL-2.0
#include <linux/mm.h>

static void ib_umem_release(struct page **pages, int n)
{
	int i;

	for (i = 0; i < n; i++)
		put_page(pages[i]);
}

int ib_umem_get(unsigned long addr, int npages, struct page **pages)
{
	int i, pinned;

	pinned = get_user_pages_fast(addr, npages, FOLL_WRITE, pages);
	if (pinned < 0)
		return pinned;
	if (pinned != npages) {
		for (i = 0; i < pinned; i++)
			put_page(pages[i]);
		return -14;
	}
	ib_umem_release(pages, npages);
	return 0;
}
