/*
 * goldfish_pipe.c (4.19): the driver defines its own static
 * pin_user_pages(), years before the kernel's, around
 * get_user_pages_fast().  A call to it is a call to that function, not
 * to the FOLL_PIN API of 5.6: its pages are references, and put_page()
 * is no release of the wrong kind.  The pages it pins into its caller's
 * array are the caller's to pair, as for any static helper that pins:
 * the unlocked set_page_dirty() is still found.
 */
#include "linux-4.4/mm.h"

#define MAX_BUFFERS_PER_COMMAND	336

static int pin_user_pages(unsigned long first_page, unsigned long last_page,
			  int is_write, struct page *pages[MAX_BUFFERS_PER_COMMAND])
{
	int requested_pages = ((last_page - first_page) >> 12) + 1;
	int ret;

	if (requested_pages > MAX_BUFFERS_PER_COMMAND)
		requested_pages = MAX_BUFFERS_PER_COMMAND;
	ret = get_user_pages_fast(first_page, requested_pages, !is_write,
				  pages);
	if (ret <= 0)
		return -EFAULT;
	return ret;
}

static void release_user_pages(struct page **pages, int pages_count,
			       int is_write, int consumed_size)
{
	int i;

	for (i = 0; i < pages_count; i++) {
		if (!is_write && consumed_size > 0)
			set_page_dirty(pages[i]);
		put_page(pages[i]);
	}
}

int transfer_max_buffers(unsigned long address, unsigned long address_end,
			 int is_write, int *consumed_size);
int transfer_max_buffers(unsigned long address, unsigned long address_end,
			 int is_write, int *consumed_size)
{
	static struct page *pages[MAX_BUFFERS_PER_COMMAND];
	int pages_count = pin_user_pages(address & ~4095UL, address_end,
					 is_write, pages);

	if (pages_count < 0)
		return pages_count;
	*consumed_size = pages_count * 4096;
	release_user_pages(pages, pages_count, is_write, *consumed_size);
	return 0;
}

/*
 * check-name: a function the unit defines under a later API's name is the unit's
 * check-command: gupcheck --api=none -Iinclude $file
 *
 * check-error-start
api-name-defined-by-unit.c:36:39: warning: set_page_dirty() on a page from pin_user_pages() (line 47) without the page lock: use set_page_dirty_lock() [gup-dirty-unlocked]
 * check-error-end
 */
