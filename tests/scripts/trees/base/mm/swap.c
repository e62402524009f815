// SPDX-License-Identifier: GPL-2.0
#include <linux/mm.h>

void set_page_dirty_lock(struct page *page)
{
	page->flags |= 1;
}
