/* SPDX-License-Identifier: GPL-2.0 */
/* What lib/pages offers the drivers of the span fixture tree. */
#include <linux/mm.h>

void pg_put_pages(struct page **pages, int npages, bool dirty);
