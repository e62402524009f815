/*
 * ivtv-yuv.c (4.19): two pins fill one array, the second from where the
 * first ended (&dma->map[y_pages]).  On failure a loop releases the
 * second slice, dma->map[y_pages + i], then another the first,
 * dma->map[i]: each slice once, no double release.  The loops start
 * where their pins did, and count what those pins returned.
 */
#include "linux-5.2/mm.h"

struct ivtv_user_dma {
	struct page *map[64];
};

int ivtv_yuv_prep_user_dma(struct ivtv_user_dma *dma, unsigned long y_uaddr,
			   int y_count, unsigned long uv_uaddr, int uv_count);
int ivtv_yuv_prep_user_dma(struct ivtv_user_dma *dma, unsigned long y_uaddr,
			   int y_count, unsigned long uv_uaddr, int uv_count)
{
	int y_pages, uv_pages = 0, i;

	y_pages = get_user_pages_unlocked(y_uaddr, y_count, &dma->map[0],
					  FOLL_FORCE);
	if (y_pages == y_count)
		uv_pages = get_user_pages_unlocked(uv_uaddr, uv_count,
						   &dma->map[y_pages],
						   FOLL_FORCE);
	if (y_pages != y_count || uv_pages != uv_count) {
		int rc = -EFAULT;

		if (y_pages == y_count) {
			if (uv_pages >= 0) {
				for (i = 0; i < uv_pages; i++)
					put_page(dma->map[y_pages + i]);
			} else {
				rc = uv_pages;
			}
		}
		if (y_pages >= 0) {
			for (i = 0; i < y_pages; i++)
				put_page(dma->map[i]);
		} else {
			rc = y_pages;
		}
		return rc;
	}
	return y_pages + uv_pages;
}

/*
 * check-name: two pins into slices of one array, each released by its own loop
 * check-command: gupcheck --api=none -Iinclude $file
 */
