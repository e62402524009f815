/*
 * pin-kind-struct.c fixed: the release function unpins (and dirties)
 * with unpin_user_pages_dirty_lock() (drivers/fpga/dfl-afu-dma-region.c).
 */
#include "linux-6.1/mm.h"

struct dma_region {
	unsigned long user_addr;
	unsigned long length;
	struct page **pages;
};

static int region_pin_pages(struct dma_region *region)
{
	int npages = region->length >> PAGE_SHIFT;
	int pinned, ret;

	region->pages = kcalloc(npages, sizeof(struct page *), GFP_KERNEL);
	if (!region->pages)
		return -ENOMEM;

	pinned = pin_user_pages_fast(region->user_addr, npages,
				     FOLL_WRITE | FOLL_LONGTERM, region->pages);
	if (pinned < 0) {
		ret = pinned;
		goto free_pages;
	} else if (pinned != npages) {
		ret = -EFAULT;
		goto put_pages;
	}
	return 0;

put_pages:
	unpin_user_pages(region->pages, pinned);
free_pages:
	kfree(region->pages);
	return ret;
}

static void region_unpin_pages(struct dma_region *region)
{
	long npages = region->length >> PAGE_SHIFT;

	unpin_user_pages_dirty_lock(region->pages, npages, true);
	kfree(region->pages);
}

int region_test(struct dma_region *region);
int region_test(struct dma_region *region)
{
	int ret = region_pin_pages(region);

	if (!ret)
		region_unpin_pages(region);
	return ret;
}

/*
 * check-name: FOLL_PIN pages kept in a struct member, unpinned in the release function: quiet
 */
