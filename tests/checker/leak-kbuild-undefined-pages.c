/*
 * Found by make fuzz: inside Kbuild gupcheck walks a file with sparse
 * errors, and a pin into an undefined array has no object to hold its
 * pages; its release of the same undefined array was taken for the
 * site's and gupcheck crashed.  The other pin is still checked.
 */
#include "linux-6.1/mm.h"

static int dma_copy_user(unsigned long src, unsigned long dst, int n)
{
	struct page *spages[8];
	int sn, dn;

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
	unpin_user_pages_dirty_lock(dpages, n, true);
	return 0;
}

int copy_test(unsigned long src, unsigned long dst);
int copy_test(unsigned long src, unsigned long dst)
{
	return dma_copy_user(src, dst, 2);
}

/*
 * check-name: a pin into an undefined array inside Kbuild: no crash, the other pin checked
 * check-frontend: sparse
 *   sparse only: the errors are sparse's (clang's findings are the same)
 * check-command: gupcheck -Iinclude -DKBUILD_BASENAME=\"x\" -DKBUILD_MODNAME=\"x\" $file
 *
 * check-error-start
leak-kbuild-undefined-pages.c:20:54: error: undefined identifier 'dpages'
leak-kbuild-undefined-pages.c:23:42: error: undefined identifier 'dpages'
leak-kbuild-undefined-pages.c:26:37: error: undefined identifier 'dpages'
leak-kbuild-undefined-pages.c:24:17: error: pages pinned by pin_user_pages_fast() at line 14 are not released on the path through the branch at line 22 [gup-leak]
leak-kbuild-undefined-pages.c:27:9: error: pages pinned by pin_user_pages_fast() at line 14 are not released on the path through the branch at line 21 [gup-leak]
 * check-error-end
 */
