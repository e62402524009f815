// SPDX-License-Identifier: GPL-2.0
/*
 * goldfish_pipe.c's shape (4.19): a static helper pins the user's buffer
 * into its caller's array and returns how many it pinned; another static
 * helper dirties and releases them; the caller only passes its array
 * from one to the other.  The pin and the release convert together.
 */
#include <linux/mm.h>

#define PIPE_MAX_PAGES	32

static int pipe_pin_pages(unsigned long first_page, unsigned long last_page,
			  int is_write, struct page **pages)
{
	int requested = ((last_page - first_page) >> 12) + 1;
	int ret;

	if (requested > PIPE_MAX_PAGES)
		requested = PIPE_MAX_PAGES;
	ret = get_user_pages_fast(first_page, requested, !is_write, pages);
	if (ret <= 0)
		return -14;
	return ret;
}

static void pipe_release_pages(struct page **pages, int count, int is_write,
			       int consumed)
{
	int i;

	for (i = 0; i < count; i++) {
		if (!is_write && consumed > 0)
			set_page_dirty(pages[i]);
		put_page(pages[i]);
	}
}

int pipe_transfer(unsigned long address, unsigned long end, int is_write);
int pipe_transfer(unsigned long address, unsigned long end, int is_write)
{
	struct page *pages[PIPE_MAX_PAGES];
	int count = pipe_pin_pages(address & ~4095UL, end & ~4095UL, is_write,
				   pages);

	if (count < 0)
		return count;
	pipe_release_pages(pages, count, is_write, count * 4096);
	return 0;
}
