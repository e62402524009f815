/*
 * sparse's -Wsparse-error, inside Kbuild (CF=-Wsparse-error): sparse's
 * warnings and gupcheck's are errors, and the build step fails.
 */
#include "linux-6.1/mm.h"

static int *plain_null = 0;

int sparse_error_test(unsigned long uaddr, struct page **pages);
int sparse_error_test(unsigned long uaddr, struct page **pages)
{
	int ret = get_user_pages_fast(uaddr, 1, 0, pages);

	if (ret != 1)
		return -EFAULT;
	put_page(pages[0]);
	return *plain_null;
}

/*
 * check-name: -Wsparse-error inside Kbuild: warnings become errors, exit 1
 * check-command: gupcheck -Wsparse-error -Iinclude -DKBUILD_BASENAME=\"x\" -DKBUILD_MODNAME=\"x\" $file
 * check-frontend: sparse
 *   sparse only: the NULL warning is sparse's (cli-sparse-error-gupcheck.c
 *   runs under both)
 * check-exit-value: 1
 *
 * check-error-start
cli-sparse-error.c:7:26: error: Using plain integer as NULL pointer
cli-sparse-error.c:16:17: error: put_page() on pages from get_user_pages_fast() (line 12): pin them with pin_user_pages_fast() and release with unpin_user_page() [gup-release]
 * check-error-end
 */
