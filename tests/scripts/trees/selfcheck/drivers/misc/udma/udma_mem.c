// SPDX-License-Identifier: GPL-2.0
/* Maps user buffers for the engine, a page per descriptor. */
#include "udma.h"

/*
 * Map page for the device into the request's next descriptor.  A page
 * that cannot be mapped goes back here, the user's or the request's
 * own: the caller gives back the others it holds.
 */
static int udma_add_page(struct udma_req *req, struct page *page, bool user)
{
	dma_addr_t addr = dma_map_page(req->dev, page, 0, PAGE_SIZE,
				       DMA_TO_DEVICE);

	if (dma_mapping_error(req->dev, addr)) {
		if (user)
			put_page(page);
		else
			__free_page(page);
		return -ENOMEM;
	}
	req->desc[req->ndesc].page = page;
	req->desc[req->ndesc].addr = addr;
	req->desc[req->ndesc].user = user;
	req->ndesc++;
	return 0;
}

/* The header descriptor the engine writes the transfer's status to. */
int udma_req_init(struct udma_req *req)
{
	struct page *page = alloc_page(GFP_KERNEL);

	if (!page)
		return -ENOMEM;
	req->ndesc = 0;
	return udma_add_page(req, page, false);
}

int udma_req_map(struct udma_req *req, unsigned long uaddr, int npages)
{
	struct page *pages[UDMA_REQ_PAGES];
	int got, i, ret = 0;

	if (npages > UDMA_REQ_PAGES)
		return -EINVAL;
	got = get_user_pages_fast(uaddr, npages, 0, pages);
	if (got < 0)
		return got;
	for (i = 0; i < got; i++) {
		ret = udma_add_page(req, pages[i], true);
		if (ret) {
			i++;	/* udma_add_page() gave it back */
			break;
		}
	}
	while (i < got)
		put_page(pages[i++]);
	if (ret)
		return ret;
	return got == npages ? 0 : -EFAULT;
}

void udma_req_unmap(struct udma_req *req)
{
	while (req->ndesc--) {
		dma_unmap_page(req->dev, req->desc[req->ndesc].addr, PAGE_SIZE,
			       DMA_TO_DEVICE);
		if (req->desc[req->ndesc].user)
			put_page(req->desc[req->ndesc].page);
		else
			__free_page(req->desc[req->ndesc].page);
	}
	req->ndesc = 0;
}

/* The translation table the engine reads while the context lives. */
int udma_table_init(struct udma_ctx *ctx, unsigned long uaddr)
{
	long got = get_user_pages(uaddr, UDMA_TABLE_PAGES, 0, ctx->table, NULL);

	if (got < 0)
		return got;
	ctx->table_pages = got;
	if (got != UDMA_TABLE_PAGES) {
		udma_table_free(ctx);
		return -EFAULT;
	}
	return 0;
}

void udma_table_free(struct udma_ctx *ctx)
{
	int i;

	for (i = 0; i < ctx->table_pages; i++)
		put_page(ctx->table[i]);
	ctx->table_pages = 0;
}
