/*
 * The same guarded cleanup, but the short-pin path forgets to set ret:
 * it returns 0 with the pages it did pin still held, and the cleanup
 * that would unpin them never runs on that path.
 */
#include "linux-6.1/mm.h"

struct umem {
	struct page **pages;
	long npages;
};

static int reg_umem(struct umem *umem, unsigned long uaddr, long npages)
{
	struct page **page_list;
	long pinned;
	int ret = 0;

	page_list = kvmalloc_array(npages, sizeof(*page_list), GFP_KERNEL);
	if (!page_list)
		return -ENOMEM;
	pinned = pin_user_pages(uaddr, npages, FOLL_LONGTERM | FOLL_WRITE,
				page_list, NULL);
	if (pinned < 0) {
		ret = pinned;
		goto out;
	}
	if (pinned != npages)
		goto out;
	umem->pages = page_list;
	umem->npages = pinned;
out:
	if (ret && pinned > 0)
		unpin_user_pages(page_list, pinned);
	if (ret)
		kvfree(page_list);
	return ret;
}

int umem_test(struct umem *umem, unsigned long uaddr);
int umem_test(struct umem *umem, unsigned long uaddr)
{
	return reg_umem(umem, uaddr, 16);
}

/*
 * check-name: a short pin that leaves the error variable 0 skips the guarded cleanup
 *
 * check-error-start
leak-error-guard.c:37:9: error: returns on the path through the branch at line 35 after pin_user_pages() at line 22 pinned fewer pages than requested, without releasing those it pinned [gup-partial]
 * check-error-end
 */
