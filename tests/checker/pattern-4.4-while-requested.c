/*
 * 4.4 prototype (tsk, mm, start, nr_pages, write, force, pages, vmas):
 * only a negative result is tested, then while (nr_pages--) puts every
 * requested page although fewer may have been pinned.
 */
#include "linux-4.4/mm.h"

static int map_user_buffer(unsigned long start, unsigned long nr_pages,
			   struct page **pages)
{
	long ret;

	mmap_read_lock(current->mm);
	ret = get_user_pages(current, current->mm, start, nr_pages, 1, 0,
			     pages, NULL);
	mmap_read_unlock(current->mm);
	if (ret < 0)
		return ret;

	/* ... */

	while (nr_pages--) {
		set_page_dirty_lock(pages[nr_pages]);
		put_page(pages[nr_pages]);
	}
	return 0;
}

int map_test(unsigned long start, struct page **pages);
int map_test(unsigned long start, struct page **pages)
{
	return map_user_buffer(start, 4, pages);
}

/*
 * check-name: 4.4 write/force prototype: while (nr_pages--) over the requested count
 *
 * check-error-start
pattern-4.4-while-requested.c:24:25: error: releases the nr_pages pages requested from get_user_pages() at line 14, which may have pinned fewer: use the count it returned [gup-partial]
 * check-error-end
 */
