/*
 * gup_test.c shape (6.1): a loop pins in chunks, each turn with the
 * acquire its command selects; an unknown command jumps out before any
 * pin.  The command does not change, so a turn after a pin never takes
 * that jump: no leak.  A command that is changed on the way is not
 * trusted: there the jump after a pin leaks.
 */
#include "linux-6.1/mm.h"

enum { CMD_GET, CMD_PIN };

static void put_back(int cmd, struct page **pages, unsigned long nr)
{
	switch (cmd) {
	case CMD_GET:
		release_pages(pages, nr);
		break;
	case CMD_PIN:
		unpin_user_pages(pages, nr);
		break;
	}
}

static long chunked(int cmd, unsigned long addr, unsigned long nr_pages)
{
	struct page **pages;
	unsigned long i = 0;
	long nr, ret = 0;

	pages = kvcalloc(nr_pages, sizeof(*pages), GFP_KERNEL);
	if (!pages)
		return -ENOMEM;
	while (i < nr_pages) {
		switch (cmd) {
		case CMD_GET:
			nr = get_user_pages_fast(addr, 1, 0, pages + i);
			break;
		case CMD_PIN:
			nr = pin_user_pages_fast(addr, 1, 0, pages + i);
			break;
		default:
			ret = -EINVAL;
			goto out;
		}
		if (nr <= 0)
			break;
		i += nr;
		addr += nr * PAGE_SIZE;
	}
	put_back(cmd, pages, i);
out:
	kvfree(pages);
	return ret;
}

static long chunked_next(int cmd, unsigned long addr, unsigned long nr_pages)
{
	struct page **pages;
	unsigned long i = 0;
	long nr, ret = 0;

	pages = kvcalloc(nr_pages, sizeof(*pages), GFP_KERNEL);
	if (!pages)
		return -ENOMEM;
	while (i < nr_pages) {
		switch (cmd) {
		case CMD_PIN:
			nr = pin_user_pages_fast(addr, 1, 0, pages + i);
			break;
		default:
			ret = -EINVAL;
			goto out;
		}
		if (nr <= 0)
			break;
		i += nr;
		addr += nr * PAGE_SIZE;
		cmd++;
	}
	unpin_user_pages(pages, i);
out:
	kvfree(pages);
	return ret;
}

long chunked_test(unsigned long addr);
long chunked_test(unsigned long addr)
{
	return chunked(CMD_PIN, addr, 4) + chunked_next(CMD_PIN, addr, 4);
}

/*
 * check-name: a loop's switch on an unchanged command takes one case: no leak
 *
 * check-error-start
leak-switch-loop.c:82:15: error: kvfree() frees the array of the pages pin_user_pages_fast() pinned at line 68, still pinned on the path through the branch at line 66 [gup-leak]
 * check-error-end
 */
