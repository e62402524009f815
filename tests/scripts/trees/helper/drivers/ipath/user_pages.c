// SPDX-License-Identifier: GPL-2.0
#include "ipath.h"

static void __ipath_release_user_pages(struct page **p, unsigned long num_pages,
				       int dirty)
{
	unsigned long i;

	for (i = 0; i < num_pages; i++) {
		if (dirty)
			set_page_dirty_lock(p[i]);
		put_page(p[i]);
	}
}

/* All or nothing: 0 once every page is pinned, else what went wrong. */
static int __ipath_get_user_pages(unsigned long start_page,
				  unsigned long num_pages, struct page **p)
{
	unsigned long got;
	long ret;

	for (got = 0; got < num_pages; got += ret) {
		ret = get_user_pages(start_page + got * 4096, num_pages - got,
				     FOLL_WRITE, p + got, NULL);
		if (ret < 0)
			goto bail_release;
	}
	ret = 0;
	goto bail;

bail_release:
	__ipath_release_user_pages(p, got, 0);
bail:
	return ret;
}

int ipath_get_user_pages(unsigned long start_page, unsigned long num_pages,
			 struct page **p)
{
	int ret;

	ret = __ipath_get_user_pages(start_page, num_pages, p);
	return ret;
}

void ipath_release_user_pages(struct page **p, unsigned long num_pages)
{
	__ipath_release_user_pages(p, num_pages, 1);
}
