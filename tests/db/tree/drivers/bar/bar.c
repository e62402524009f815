/* Uses the wrapper acquirer of lib/pages: names no acquirer itself. */
#include <linux/pages.h>

int bar_io(unsigned long uaddr, int npages, struct page **pages);
int bar_io(unsigned long uaddr, int npages, struct page **pages)
{
	int pinned = pg_pin_pages(uaddr, npages, pages);

	if (pinned <= 0)
		return -EFAULT;
	unpin_user_pages_dirty_lock(pages, pinned, true);
	return 0;
}
