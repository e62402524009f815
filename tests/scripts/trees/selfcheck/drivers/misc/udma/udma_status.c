// SPDX-License-Identifier: GPL-2.0
/* What the engine reports to the user. */
#include <linux/highmem.h>
#include "udma.h"

/* The checksum of the log the engine writes to the user's log pages. */
int udma_log_sum(unsigned long uaddr, int npages, unsigned int *sum)
{
	struct page *pages[UDMA_LOG_PAGES];
	unsigned int *va;
	int got, i;

	if (npages > UDMA_LOG_PAGES)
		return -EINVAL;
	got = get_user_pages_fast(uaddr, npages, 0, pages);
	if (got < 0)
		return got;
	*sum = 0;
	for (i = 0; i < got; i++) {
		va = kmap(pages[i]);
		*sum += va[0];
		kunmap(pages[i]);
	}
	for (i = 0; i < got; i++)
		put_page(pages[i]);
	return got == npages ? 0 : -EFAULT;
}

/*
 * The status word the engine writes to the user's status page.  The
 * early return leaks the page: a bug of its own, the conversion keeps it.
 */
int udma_read_status(struct udma_ctx *ctx, unsigned long uaddr,
		     unsigned int *status)
{
	struct page *page;
	unsigned int *va;

	if (get_user_pages_fast(uaddr, 1, 0, &page) != 1)
		return -EFAULT;
	if (!ctx->ring_pages)
		return -ENODEV;
	va = kmap(page);
	*status = va[0];
	kunmap(page);
	put_page(page);
	return 0;
}
