/*
 * The count asked for is a member (the orangefs bufmap shape): the
 * "fewer than asked" branch tests ret against the same member, and its
 * release gives back pages nothing wrote.  The note belongs to the
 * release of the used pages, in bufmap_unmap(), which does not dirty.
 */
#include "linux-6.1/mm.h"

struct bufmap {
	int page_count;
	struct page **page_array;
};

static int bufmap_map(struct bufmap *bufmap, unsigned long ptr)
{
	int ret, i;

	ret = pin_user_pages_fast(ptr, bufmap->page_count, FOLL_WRITE |
				  FOLL_LONGTERM, bufmap->page_array);
	if (ret < 0)
		return ret;
	if (ret != bufmap->page_count) {
		for (i = 0; i < ret; i++)
			unpin_user_page(bufmap->page_array[i]);
		return -ENOMEM;
	}
	return 0;
}

static void bufmap_unmap(struct bufmap *bufmap)
{
	unpin_user_pages(bufmap->page_array, bufmap->page_count);
}

int bufmap_test(struct bufmap *bufmap, unsigned long ptr);
int bufmap_test(struct bufmap *bufmap, unsigned long ptr)
{
	int ret = bufmap_map(bufmap, ptr);

	if (!ret)
		bufmap_unmap(bufmap);
	return ret;
}

/*
 * check-name: a count that is a member: the note is on the used pages' release, not the short branch's
 *
 * check-error-start
no-dirty-member-count.c:32:25: note: pages pin_user_pages_fast() pinned for writing (line 18) are released without being marked dirty: use unpin_user_pages_dirty_lock(..., true) or set_page_dirty_lock() [gup-no-dirty]
 * check-error-end
 */
