/*
 * sparse evaluates a file's functions one by one and forgets the errors
 * of one when it goes to the next.  An evaluation error (a call of an
 * undeclared function, as in a rewrite ahead of the tree's headers) in
 * the last function leaves the file as parsed as one in any other
 * function: gupcheck checks it all the same.
 */
#include "linux-6.1/mm.h"

struct ring {
	struct page *pages[4];
	int npages;
};

int ring_init(struct ring *r, unsigned long uaddr);
void ring_free(struct ring *r);

int ring_init(struct ring *r, unsigned long uaddr)
{
	int got = get_user_pages_fast(uaddr, 4, FOLL_WRITE, r->pages);

	if (got < 0)
		return got;
	r->npages = got;
	return 0;
}

void ring_free(struct ring *r)
{
	int i;

	ring_stop(r);
	for (i = 0; i < r->npages; i++) {
		set_page_dirty_lock(r->pages[i]);
		put_page(r->pages[i]);
	}
}

/*
 * check-name: an evaluation error in the last function: the file is checked
 * check-frontend: sparse
 *   sparse only: clang declares ring_stop() implicitly, without an error
 *
 * check-error-start
cli-eval-error-last.c:32:9: error: undefined identifier 'ring_stop'
cli-eval-error-last.c:35:25: warning: put_page() on pages from get_user_pages_fast() (line 20; pin_user_pages.rst case 5: their data is written or kept): pin them with pin_user_pages_fast() and release with unpin_user_pages_dirty_lock() [gup-release]
 * check-error-end
 */
