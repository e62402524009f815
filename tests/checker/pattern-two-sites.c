/*
 * Two acquires in one function (source and destination buffers of a
 * copy engine): the second one's failure returns with the first still
 * pinned.
 */
#include "linux-6.1/mm.h"

static int dma_copy_user(unsigned long src, unsigned long dst, int n)
{
	struct page *spages[8], *dpages[8];
	int sn, dn, ret = 0;

	if (n > 8)
		return -EINVAL;
	sn = pin_user_pages_fast(src, n, 0, spages);
	if (sn != n) {
		if (sn > 0)
			unpin_user_pages(spages, sn);
		return -EFAULT;
	}
	dn = pin_user_pages_fast(dst, n, FOLL_WRITE, dpages);
	if (dn != n) {
		if (dn > 0)
			unpin_user_pages(dpages, dn);
		return -EFAULT;
	}

	/* ... copy engine moves spages to dpages ... */

	unpin_user_pages_dirty_lock(dpages, n, true);
	unpin_user_pages(spages, n);
	return ret;
}

int copy_test(unsigned long src, unsigned long dst);
int copy_test(unsigned long src, unsigned long dst)
{
	return dma_copy_user(src, dst, 4);
}

/*
 * check-name: two acquires: the second one's failure leaks the first
 *
 * check-error-start
pattern-two-sites.c:25:17: error: pages pinned by pin_user_pages_fast() at line 15 are not released on the path through the branch at line 23 [gup-leak]
 * check-error-end
 */
