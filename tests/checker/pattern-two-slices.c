/*
 * Two pins into disjoint slices of one array (the ivtv YUV shape):
 * pages[0..y) then pages[y..y + uv).  On the error path each slice is
 * unpinned once: no double release, no partial count.
 */
#include "linux-6.1/mm.h"

struct udma {
	struct page *map[64];
	int page_count;
};

static int prep_dma(struct udma *dma, unsigned long y_addr, int y_count,
		    unsigned long uv_addr, int uv_count)
{
	int y_pages, uv_pages = 0;

	y_pages = pin_user_pages_unlocked(y_addr, y_count, &dma->map[0],
					  FOLL_LONGTERM);
	if (y_pages == y_count)
		uv_pages = pin_user_pages_unlocked(uv_addr, uv_count,
						   &dma->map[y_pages],
						   FOLL_LONGTERM);
	if (y_pages != y_count || uv_pages != uv_count) {
		int rc = -EFAULT;

		if (y_pages == y_count) {
			if (uv_pages >= 0)
				unpin_user_pages(&dma->map[y_pages], uv_pages);
			else
				rc = uv_pages;
		}
		if (y_pages >= 0)
			unpin_user_pages(dma->map, y_pages);
		else
			rc = y_pages;
		return rc;
	}
	dma->page_count = y_pages + uv_pages;
	return 0;
}

static void unmap_dma(struct udma *dma)
{
	unpin_user_pages(dma->map, dma->page_count);
	dma->page_count = 0;
}

int dma_test(struct udma *dma, unsigned long y, unsigned long uv);
int dma_test(struct udma *dma, unsigned long y, unsigned long uv)
{
	int ret = prep_dma(dma, y, 8, uv, 4);

	if (!ret)
		unmap_dma(dma);
	return ret;
}

/*
 * check-name: two pins into disjoint slices of one array, each unpinned once
 */
