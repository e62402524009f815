/*
 * The array that holds pinned pages is freed while they are still
 * pinned: nothing can unpin them afterwards.  Said at the kfree() that
 * loses them, for a local array and for a struct member's (a short pin
 * whose error path frees the request's array without unpinning).
 */
#include "linux-6.1/mm.h"

struct req {
	struct page **pages;
	int n;
};

int lost_local(unsigned long uaddr, int n);
int lost_local(unsigned long uaddr, int n)
{
	struct page **pages = kcalloc(n, sizeof(*pages), GFP_KERNEL);
	int pinned;

	if (!pages)
		return -ENOMEM;
	pinned = pin_user_pages_fast(uaddr, n, FOLL_WRITE, pages);
	if (pinned <= 0) {
		kfree(pages);
		return -EFAULT;
	}
	kfree(pages);
	return 0;
}

int lost_member(struct req *req, unsigned long uaddr);
int lost_member(struct req *req, unsigned long uaddr)
{
	int pinned = pin_user_pages_fast(uaddr, req->n, FOLL_WRITE, req->pages);

	if (pinned != req->n) {
		kfree(req->pages);
		req->pages = NULL;
		return -EFAULT;
	}
	return 0;
}

/*
 * check-name: the array of pinned pages freed while they are pinned
 *
 * check-error-start
leak-array-freed.c:27:14: error: kfree() frees the array of the pages pin_user_pages_fast() pinned at line 22, still pinned on the path through the branch at line 23 [gup-leak]
leak-array-freed.c:37:22: error: kfree() frees the array of the pages pin_user_pages_fast() pinned at line 34, fewer than requested, without releasing them [gup-partial]
 * check-error-end
 */
