/*
 * vfio vaddr_get_pfns() shape: one page pinned long-term with
 * pin_user_pages_remote(); the caller gets its pfn and unpins later
 * through the pfn, so returning after storing the pfn is no leak.
 */
#include "linux-6.1/mm.h"

static int vaddr_get_pfn(struct mm_struct *mm, unsigned long vaddr,
			 bool write, unsigned long *pfn)
{
	unsigned int flags = FOLL_LONGTERM;
	struct page *page;
	long ret;

	if (write)
		flags |= FOLL_WRITE;
	mmap_read_lock(mm);
	ret = pin_user_pages_remote(mm, vaddr, 1, flags, &page, NULL, NULL);
	mmap_read_unlock(mm);
	if (ret == 1) {
		*pfn = page_to_pfn(page);
		return 1;
	}
	return ret < 0 ? ret : -EFAULT;
}

int pfn_test(unsigned long vaddr, unsigned long *pfn);
int pfn_test(unsigned long vaddr, unsigned long *pfn)
{
	return vaddr_get_pfn(current->mm, vaddr, true, pfn);
}

/*
 * check-name: vfio shape: a long-term pinned page handed to the caller as a pfn: quiet
 */
