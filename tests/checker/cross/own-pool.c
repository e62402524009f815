/* Not a fixture: fills a pool's pages from the page allocator, frees them. */
#include "../include/linux-6.1/mm.h"

struct own_pool {
	struct page **pages;
	int n;
};

int own_pool_fill(struct own_pool *pool);
int own_pool_fill(struct own_pool *pool)
{
	if (alloc_pages_bulk_array(GFP_KERNEL, pool->n, pool->pages) != pool->n)
		return -ENOMEM;
	return 0;
}

void own_pool_free(struct own_pool *pool);
void own_pool_free(struct own_pool *pool)
{
	int i;

	for (i = 0; i < pool->n; i++)
		__free_page(pool->pages[i]);
}
