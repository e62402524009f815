// SPDX-License-Identifier: GPL-2.0
#include <linux/mm.h>

int hfi1_sdma_pin(unsigned long vaddr, struct page **page)
{
	if (get_user_pages_fast(vaddr, 1, 0, page) != 1)
		return -14;
	set_page_dirty_lock(*page);
	put_page(*page);
	return 0;
}
