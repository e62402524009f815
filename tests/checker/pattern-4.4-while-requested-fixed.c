/*
 * pattern-4.4-while-requested.c fixed: nr_pages = ret before the
 * while (nr_pages--) loop, so it puts only the pages pinned.
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
	nr_pages = ret;

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
 * check-name: 4.4 write/force prototype: nr_pages = ret before while (nr_pages--): quiet
 */
