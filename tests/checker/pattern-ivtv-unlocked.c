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

struct ivtv {
	struct udma udma;
	struct completion dma_done;
};

/* ivtv_yuv_udma_frame(): the pages live until this DMA completes. */
static int udma_frame(struct ivtv *itv, unsigned long uaddr)
{
	if (udma_setup(&itv->udma, uaddr, 8) <= 0)
		return -EIO;
	wait_for_completion(&itv->dma_done);
	udma_unmap(&itv->udma);
	return 0;
}

int udma_prep_frame(struct ivtv *itv, unsigned long uaddr);
int udma_prep_frame(struct ivtv *itv, unsigned long uaddr)
{
	return udma_frame(itv, uaddr);
}

/* A bounce on the stack lives no longer than the call. */
int udma_once(unsigned long uaddr);
int udma_once(unsigned long uaddr)
{
	struct udma bounce = { .page_count = 0 };
	int ret = udma_setup(&bounce, uaddr, 4);

	if (ret > 0)
		udma_unmap(&bounce);
	return ret;
}

/*
 * check-name: ivtv shape: pin_user_pages_unlocked() (pages before flags), short pin unpinned
 *
 * The pages stay in the device's struct only until the caller's DMA
 * completes (the device's struct is a parameter all the way up to a
 * function of other files), or in a struct on the stack: no long-term
 * pin, so no gup-longterm note.
 */
