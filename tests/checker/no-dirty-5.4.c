/*
 * 5.4: get_user_pages(FOLL_WRITE) pages given back with put_user_pages()
 * only: never dirtied.
 */
#include "linux-5.4/mm.h"

void dev_fill(struct page **pages, long n);

static long fill_from_dev(unsigned long uaddr, unsigned long n, struct page **pages)
{
	long got;

	mmap_read_lock(current->mm);
	got = get_user_pages(uaddr, n, FOLL_WRITE | FOLL_FORCE, pages, NULL);
	mmap_read_unlock(current->mm);
	if (got <= 0)
		return got;
	dev_fill(pages, got);
	put_user_pages(pages, got);
	return got == n ? 0 : -EFAULT;
}

long fill_test(unsigned long uaddr, struct page **pages);
long fill_test(unsigned long uaddr, struct page **pages)
{
	return fill_from_dev(uaddr, 4, pages);
}

/*
 * check-name: 5.4: FOLL_WRITE get_user_pages() pages given back with put_user_pages()
 *
 * check-error-start
no-dirty-5.4.c:19:23: note: pages get_user_pages() pinned for writing (line 14) are released without being marked dirty: use put_user_pages_dirty_lock(..., true) or set_page_dirty_lock() [gup-no-dirty]
 * check-error-end
 */
