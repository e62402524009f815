/*
 * Another file frees a pool's pages, but pages its allocator put there:
 * not a free of the GUP pages this file keeps in the same member.
 */
#include "../include/linux-6.1/mm.h"

struct own_pool {
	struct page **pages;
	int n;
};

int own_pool_pin(struct own_pool *pool, unsigned long uaddr);
int own_pool_pin(struct own_pool *pool, unsigned long uaddr)
{
	int pinned = pin_user_pages_fast(uaddr, pool->n,
					 FOLL_WRITE | FOLL_LONGTERM, pool->pages);

	return pinned == pool->n ? 0 : -EFAULT;
}

/*
 * check-name: pages a unit's allocator fills in a shared member (--db)
 * check-command: gupcheck -Iinclude --db=$tmpdir/db cross/own-pool.c && gupcheck -Iinclude --db=$tmpdir/db $file
 *
 * check-error-start
 * check-error-end
 */
