// SPDX-License-Identifier: GPL-2.0
#include <linux/mm.h>

void nogup_drop(struct page *page)
{
	put_page(page);
}
