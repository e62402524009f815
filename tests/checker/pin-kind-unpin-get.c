/*
 * The reverse mix-up: the release was converted to
 * unpin_user_pages_dirty_lock() but the acquire is still
 * get_user_pages_fast(), whose FOLL_GET references unpin must not drop.
 */
#include "linux-6.1/mm.h"

static int read_into_user(unsigned long uaddr, int npages)
{
	struct page **pages;
	int ret;

	pages = kvcalloc(npages, sizeof(*pages), GFP_KERNEL);
	if (!pages)
		return -ENOMEM;
	ret = get_user_pages_fast(uaddr, npages, FOLL_WRITE, pages);
	if (ret > 0) {
		/* ... the device writes into the pages ... */
		unpin_user_pages_dirty_lock(pages, ret, true);
		ret = ret == npages ? 0 : -EFAULT;
	}
	kvfree(pages);
	return ret;
}

int read_test(unsigned long uaddr);
int read_test(unsigned long uaddr)
{
	return read_into_user(uaddr, 16);
}

/*
 * check-name: get_user_pages_fast(FOLL_WRITE) pages released with unpin_user_pages_dirty_lock()
 *
 * check-error-start
pin-kind-unpin-get.c:19:44: error: unpin_user_pages_dirty_lock() on a FOLL_GET reference from get_user_pages_fast() (line 16): use put_page() [gup-pin-kind]
 * check-error-end
 */
