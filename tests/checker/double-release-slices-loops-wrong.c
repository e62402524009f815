/*
 * The same with the bug of releasing the second slice from dma->map[0]
 * instead of dma->map[y_pages]: the first pin's pages go back twice.
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
					put_page(dma->map[i]);
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
 * check-name: a loop releasing the second slice from the first pin's start
 * check-command: gupcheck --api=none -Iinclude $file
 *
 * check-error-start
double-release-slices-loops-wrong.c:37:41: error: pages from get_user_pages_unlocked() at line 18 are already released on every path here [gup-double-release]
 * check-error-end
 */
