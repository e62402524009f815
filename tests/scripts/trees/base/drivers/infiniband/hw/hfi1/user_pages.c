// SPDX-License-Identifier: GPL-2.0
#include <linux/mm.h>

int hfi1_acquire_user_pages(unsigned long vaddr, int npages, struct page **pages)
{
	int ret = get_user_pages_fast(vaddr, npages, FOLL_WRITE, pages);

	if (ret > 0 && ret < npages) {
		while (ret--)
			put_page(pages[ret]);
		return -12;
	}
	return ret;
}
