/*
 * dirty-unlocked-reserved.c fixed: set_page_dirty_lock() under the
 * PageReserved() test.
 */
#include "linux-4.4/mm.h"

struct udma {
	struct page *map[32];
	int page_count;
};

static void udma_unmap(struct udma *dma)
{
	int i;

	for (i = 0; i < dma->page_count; i++) {
		if (!PageReserved(dma->map[i]))
			set_page_dirty_lock(dma->map[i]);
		put_page(dma->map[i]);
	}
	dma->page_count = 0;
}

static int udma_setup(struct udma *dma, unsigned long uaddr, int count)
{
	long err;

	if (count > 32)
		return -EINVAL;
	err = get_user_pages_unlocked(current, current->mm, uaddr, count,
				      1, 0, dma->map);
	if (err != count) {
		int i;

		for (i = 0; i < err; i++)
			put_page(dma->map[i]);
		return -EINVAL;
	}
	dma->page_count = count;
	return count;
}

int udma_test(struct udma *dma, unsigned long uaddr);
int udma_test(struct udma *dma, unsigned long uaddr)
{
	int ret = udma_setup(dma, uaddr, 8);

	if (ret > 0)
		udma_unmap(dma);
	return ret;
}

/*
 * check-name: 4.4 write/force prototype: set_page_dirty_lock() under !PageReserved(): quiet
 */
