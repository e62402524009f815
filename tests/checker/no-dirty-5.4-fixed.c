/*
 * no-dirty-5.4.c fixed: put_user_pages_dirty_lock(pages, got, true).
 */
#include "linux-5.4/mm.h"

static long fill_from_dev(unsigned long uaddr, unsigned long n, struct page **pages)
{
	long got;

	mmap_read_lock(current->mm);
	got = get_user_pages(uaddr, n, FOLL_WRITE | FOLL_FORCE, pages, NULL);
	mmap_read_unlock(current->mm);
	if (got <= 0)
		return got;
	/* ... */
	put_user_pages_dirty_lock(pages, got, true);
	return got == n ? 0 : -EFAULT;
}

long fill_test(unsigned long uaddr, struct page **pages);
long fill_test(unsigned long uaddr, struct page **pages)
{
	return fill_from_dev(uaddr, 4, pages);
}

/*
 * check-name: 5.4: put_user_pages_dirty_lock(pages, got, true): quiet
 */
