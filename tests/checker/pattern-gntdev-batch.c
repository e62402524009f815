/*
 * xen gntdev copy batch shape: single pages pinned with flags chosen at
 * run time, collected in batch->pages[batch->nr_pages++], unpinned (and
 * dirtied when written) when the batch is done.
 */
#include "linux-6.1/mm.h"

#define BATCH_SIZE 16

struct copy_batch {
	struct page *pages[BATCH_SIZE];
	unsigned int nr_pages;
	bool writeable;
};

static int batch_get_page(struct copy_batch *batch, unsigned long addr,
			  bool writeable)
{
	unsigned long xen_pfn;
	struct page *page;
	int ret;

	ret = pin_user_pages_fast(addr, 1, batch->writeable ? FOLL_WRITE : 0, &page);
	if (ret < 0)
		return ret;

	batch->pages[batch->nr_pages++] = page;
	xen_pfn = page_to_pfn(page);
	return xen_pfn ? 0 : -EINVAL;
}

static void batch_put_pages(struct copy_batch *batch)
{
	unpin_user_pages_dirty_lock(batch->pages, batch->nr_pages, batch->writeable);
	batch->nr_pages = 0;
}

int batch_test(struct copy_batch *batch, unsigned long addr);
int batch_test(struct copy_batch *batch, unsigned long addr)
{
	int ret = batch_get_page(batch, addr, true);

	batch_put_pages(batch);
	return ret;
}

/*
 * check-name: gntdev shape: single pages collected in a batch member, unpinned with the batch: quiet
 */
