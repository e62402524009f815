/*
 * A single page pinned with FOLL_WRITE for its struct page only (a
 * futex/uprobe-like key lookup, 5.2 tree): no dirtying expected, no note.
 */
#include "linux-5.2/mm.h"

static unsigned long user_page_key(unsigned long uaddr)
{
	struct page *page;
	unsigned long key;

	if (get_user_pages_fast(uaddr, 1, FOLL_WRITE, &page) != 1)
		return 0;
	key = page_to_pfn(page);
	put_page(page);
	return key;
}

unsigned long key_test(unsigned long uaddr);
unsigned long key_test(unsigned long uaddr)
{
	return user_page_key(uaddr);
}

/*
 * check-name: single FOLL_WRITE page for its struct page only: no note
 */
