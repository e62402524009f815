/*
 * --api=put_user_page on a file whose headers declare no release API (a
 * 5.4 tree where mm.h was not included directly): put_page() on
 * get_user_pages() pages is reported with the 5.4 replacement.
 */
#include "linux-5.2/mm.h"

static long send_buffer(struct device *dev, unsigned long start,
			unsigned long nr_pages, struct page **pages,
			dma_addr_t *dma)
{
	long ret, i;

	mmap_read_lock(current->mm);
	ret = get_user_pages(start, nr_pages, 0, pages, NULL);
	mmap_read_unlock(current->mm);
	if (ret <= 0)
		return ret;
	for (i = 0; i < ret; i++)
		dma[i] = dma_map_page(dev, pages[i], 0, PAGE_SIZE,
				      DMA_TO_DEVICE);
	for (i = 0; i < ret; i++)
		put_page(pages[i]);
	return 0;
}

long pin_test(struct device *dev, unsigned long start, struct page **pages,
	      dma_addr_t *dma);
long pin_test(struct device *dev, unsigned long start, struct page **pages,
	      dma_addr_t *dma)
{
	return send_buffer(dev, start, 2, pages, dma);
}

/*
 * check-name: --api=put_user_page: put_page() on get_user_pages() pages suggests put_user_page()
 * check-command: gupcheck --api=put_user_page -Iinclude $file
 *
 * check-error-start
release-5.4-api-option.c:23:25: warning: put_page() on pages from get_user_pages() (line 15): use put_user_page() [gup-release]
 * check-error-end
 */
