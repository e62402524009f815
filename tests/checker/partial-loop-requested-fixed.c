/*
 * partial-loop-requested.c fixed: the loop runs to the count returned.
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

	for (i = 0; i < ret; i++)
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
 * check-name: release loop bounded by the returned count: quiet
 */
