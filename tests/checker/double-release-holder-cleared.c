/*
 * amdgpu_cs_parser_bos() (4.19): an invalidated entry's pages are
 * released, and its holder set to NULL; the error path releases what
 * every entry still holds, skipping the NULL ones.  Set to NULL after
 * the release, the holder is not tested non-NULL again on that path:
 * no double release.
 */
#include "linux-6.1/mm.h"

struct bo_entry {
	struct page **user_pages;
	int num_pages;
};

int parser_bos(struct bo_entry *e, unsigned long uaddr, bool invalidated,
	       bool fail);
int parser_bos(struct bo_entry *e, unsigned long uaddr, bool invalidated,
	       bool fail)
{
	int r;

	r = get_user_pages_fast(uaddr, e->num_pages, FOLL_WRITE,
				e->user_pages);
	if (r != e->num_pages)
		return -EFAULT;
	if (invalidated) {
		release_pages(e->user_pages, e->num_pages);
		kvfree(e->user_pages);
		e->user_pages = NULL;
	}
	if (fail)
		goto error_free_pages;
	return 0;

error_free_pages:
	if (e->user_pages) {
		release_pages(e->user_pages, e->num_pages);
		kvfree(e->user_pages);
	}
	return -EINVAL;
}

/*
 * check-name: a holder set to NULL after its release is not released again behind its NULL test
 * check-command: gupcheck -Wno-gup-release -Iinclude $file
 */
