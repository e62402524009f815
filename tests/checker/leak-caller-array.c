/*
 * The pages array belongs to the caller, which releases what was
 * pinned: returning the count without releasing is the contract, not a
 * leak (vfio/kvm helpers that fill the caller's array).
 */
#include "linux-6.1/mm.h"

static long pin_range(unsigned long vaddr, long npage, bool write,
		      struct page **pages)
{
	unsigned int flags = FOLL_LONGTERM;
	long ret;

	if (write)
		flags |= FOLL_WRITE;
	mmap_read_lock(current->mm);
	ret = pin_user_pages_remote(current->mm, vaddr, npage, flags, pages,
				    NULL, NULL);
	mmap_read_unlock(current->mm);
	return ret;
}

static long pin_and_use(unsigned long vaddr)
{
	struct page *pages[4];
	long got;

	got = pin_range(vaddr, 4, true, pages);
	if (got <= 0)
		return got;
	unpin_user_pages_dirty_lock(pages, got, true);
	return 0;
}

long pin_test(unsigned long vaddr);
long pin_test(unsigned long vaddr)
{
	return pin_and_use(vaddr);
}

/*
 * check-name: pages array filled for the caller, which unpins: quiet
 */
