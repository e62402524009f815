/*
 * Not a fixture: the other file of db-all-or-nothing.c.  An exported
 * wrapper whose static helper pins every page or none: it returns 0 once
 * all are pinned, else the error, after unpinning what it got.
 */
#include "drv.h"

static int __drv_pin_all(unsigned long uaddr, int npages, struct page **pages)
{
	int got, ret;

	for (got = 0; got < npages; got += ret) {
		ret = pin_user_pages_fast(uaddr + got * PAGE_SIZE, npages - got,
					  FOLL_WRITE, pages + got);
		if (ret < 0)
			goto unpin;
	}
	ret = 0;
	goto out;
unpin:
	unpin_user_pages(pages, got);
out:
	return ret;
}

int drv_pin_all(unsigned long uaddr, int npages, struct page **pages)
{
	int ret;

	ret = __drv_pin_all(uaddr, npages, pages);
	return ret;
}
