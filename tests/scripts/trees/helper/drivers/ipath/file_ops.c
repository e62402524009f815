// SPDX-License-Identifier: GPL-2.0
#include "ipath.h"

/* Pins the user's buffer for expected receives, one page a TID. */
int ipath_tid_update(struct ipath_devdata *dd, unsigned long vaddr,
		     unsigned int cnt)
{
	struct page **pagep = dd->tid_pg_list;
	unsigned int i;
	int ret;

	ret = ipath_get_user_pages(vaddr, cnt, pagep);
	if (ret)
		return ret;
	for (i = 0; i < cnt; i++)
		dd->pageshadow[i] = pagep[i];
	return 0;
}

void ipath_tid_free(struct ipath_devdata *dd)
{
	unsigned int tid;

	for (tid = 0; tid < dd->tidcnt; tid++) {
		struct page *p = dd->pageshadow[tid];

		if (!p)
			continue;
		dd->pageshadow[tid] = NULL;
		ipath_release_user_pages(&p, 1);
	}
}
