/*
 * A get_user_pages*() call whose flags are a variable is taken for one
 * that may pass FOLL_PIN on, so its unpin is not judged; a local only
 * ever set to constants cannot.  One branch converted to pin_user_pages(),
 * the other left with get_user_pages_remote() and the release between
 * them converted to unpin: the remote page is a FOLL_GET reference.
 */
#include "linux-6.1/mm.h"

static int page_of(struct mm_struct *mm, struct mm_struct *own,
		   unsigned long vaddr, bool write, struct page **page)
{
	unsigned int flags = 0;
	long ret;

	if (write)
		flags |= FOLL_WRITE;
	if (mm == own) {
		ret = pin_user_pages(vaddr, 1, flags | FOLL_LONGTERM, page, NULL);
	} else {
		ret = get_user_pages_remote(mm, vaddr, 1, flags, page, NULL, NULL);
		if (ret > 0 && !write) {
			unpin_user_page(page[0]);
			ret = -EPERM;
		}
	}
	return ret == 1 ? 0 : -EFAULT;
}

/* The flags of the caller: they may say FOLL_PIN, the unpin may be right. */
static int page_with(struct mm_struct *mm, unsigned long vaddr,
		     unsigned int gup_flags, struct page **page)
{
	unsigned int flags = gup_flags;
	long ret;

	ret = get_user_pages_remote(mm, vaddr, 1, flags, page, NULL, NULL);
	if (ret > 0 && !(flags & FOLL_WRITE)) {
		unpin_user_page(page[0]);
		ret = -EPERM;
	}
	return ret == 1 ? 0 : -EFAULT;
}

int page_test(struct mm_struct *mm, unsigned long vaddr, struct page **page);
int page_test(struct mm_struct *mm, unsigned long vaddr, struct page **page)
{
	return page_of(mm, mm, vaddr, true, page) ?:
	       page_with(mm, vaddr, FOLL_PIN, page);
}

/*
 * check-name: flags from a local set to constants only: no FOLL_PIN, the unpin of a FOLL_GET reference is found
 *
 * check-error-start
pin-kind-local-flags.c:23:40: error: unpin_user_page() on a FOLL_GET reference from get_user_pages_remote() (line 21): use put_page() [gup-pin-kind]
 * check-error-end
 */
