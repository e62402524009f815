/*
 * pin-kind-unpin-get.c fixed: pin_user_pages_fast() to match the unpin.
 */
#include "linux-6.1/mm.h"

static int read_into_user(unsigned long uaddr, int npages)
{
	struct page **pages;
	int ret;

	pages = kvcalloc(npages, sizeof(*pages), GFP_KERNEL);
	if (!pages)
		return -ENOMEM;
	ret = pin_user_pages_fast(uaddr, npages, FOLL_WRITE, pages);
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
 * check-name: pin_user_pages_fast() + unpin_user_pages_dirty_lock(): quiet
 */
