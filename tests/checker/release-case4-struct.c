/*
 * pin_user_pages.rst case 4 in a 6.1 tree: the futex-key and mempolicy
 * shapes look at struct page only (its lock, its node, its mapping) and
 * drop the reference before returning: get_user_pages_fast() with
 * put_page() is right, even with FOLL_WRITE, and nothing is reported.
 */
#include "linux-6.1/mm.h"

struct key {
	unsigned long word;
	int node;
};

static int get_key(unsigned long uaddr, struct key *key, int rw)
{
	struct page *page;
	int err;

	err = get_user_pages_fast(uaddr, 1, rw ? FOLL_WRITE : 0, &page);
	if (err < 0)
		return err;
	lock_page(page);
	key->word = page->flags;
	unlock_page(page);
	key->node = page_to_nid(page);
	put_page(page);
	return 0;
}

int key_test(unsigned long uaddr, struct key *key);
int key_test(unsigned long uaddr, struct key *key)
{
	return get_key(uaddr, key, 1);
}

/*
 * check-name: case 4: only struct page is used, put_page() stays
 */
