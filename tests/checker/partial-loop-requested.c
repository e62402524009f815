/*
 * Only ret < 0 is tested; the release loop then runs to the requested
 * count although get_user_pages_fast() may have pinned fewer: put_page()
 * on pages[] slots that were never filled (5.2 tree).
 */
#include "linux-5.2/mm.h"

static int send_user_buf(unsigned long uaddr, int nr_pages)
{
	struct page **pages;
	int i, ret;

	pages = kcalloc(nr_pages, sizeof(*pages), GFP_KERNEL);
	if (!pages)
		return -ENOMEM;
	ret = get_user_pages_fast(uaddr, nr_pages, 0, pages);
	if (ret < 0)
		goto out;

	/* ... the device reads the pages ... */

	for (i = 0; i < nr_pages; i++)
		put_page(pages[i]);
	ret = 0;
out:
	kfree(pages);
	return ret;
}

int send_test(unsigned long uaddr);
int send_test(unsigned long uaddr)
{
	return send_user_buf(uaddr, 4);
}

/*
 * check-name: release loop bounded by the requested nr_pages after only ret < 0 is tested
 *
 * check-error-start
partial-loop-requested.c:23:25: error: releases the nr_pages pages requested from get_user_pages_fast() at line 16, which may have pinned fewer: use the count it returned [gup-partial]
 * check-error-end
 */
