/*
 * ivtv/videobuf style: SetPageDirty() on every page that is not
 * PageReserved, then put_page(), in a 4.4 tree (write/force arguments).
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
			SetPageDirty(dma->map[i]);
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
 * check-name: 4.4 write/force prototype: SetPageDirty() under !PageReserved()
 *
 * check-error-start
dirty-unlocked-reserved.c:18:37: warning: SetPageDirty() on a page from get_user_pages_unlocked() (line 30) without the page lock: use set_page_dirty_lock() [gup-dirty-unlocked]
 * check-error-end
 */
