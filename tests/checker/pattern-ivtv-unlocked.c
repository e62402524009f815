/*
 * ivtv_udma_setup() shape on 6.1: pin_user_pages_unlocked() takes the
 * pages before the flags; a short pin unpins what it got.
 */
#include "linux-6.1/mm.h"

struct udma {
	struct page *map[32];
	int page_count;
};

static int udma_setup(struct udma *dma, unsigned long uaddr, int page_count)
{
	int err, i;

	if (page_count > 32)
		return -EINVAL;
	err = pin_user_pages_unlocked(uaddr, page_count, dma->map, 0);
	if (page_count != err) {
		if (err >= 0) {
			unpin_user_pages(dma->map, err);
			return -EINVAL;
		}
		return err;
	}
	dma->page_count = page_count;
	for (i = 0; i < page_count; i++)
		flush_dcache_page(dma->map[i]);
	return page_count;
}

static void udma_unmap(struct udma *dma)
{
	unpin_user_pages(dma->map, dma->page_count);
	dma->page_count = 0;
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
 * check-name: ivtv shape: pin_user_pages_unlocked() (pages before flags), short pin unpinned
 *
 * The pages stay in the device's struct for the DMA without
 * FOLL_LONGTERM: worth the note (the definition of a long-lived
 * object), nothing else.
 *
 * check-error-start
pattern-ivtv-unlocked.c:18:38: note: pin_user_pages_unlocked() keeps pages in struct udma.map after udma_setup() returns: add FOLL_LONGTERM to the flags [gup-longterm]
 * check-error-end
 */
