// SPDX-License-Identifier: GPL-2.0
/*
 * The command ring: user memory the engine reads commands from and
 * writes completions to, pinned while the context lives.
 */
#include "udma.h"

static int udma_ring_init(struct udma_ctx *ctx, unsigned long uaddr)
{
	int got, i;

	got = get_user_pages_fast(uaddr, UDMA_RING_PAGES, 1, ctx->ring);
	if (got < 0)
		return got;
	if (got != UDMA_RING_PAGES) {
		for (i = 0; i < got; i++)
			put_page(ctx->ring[i]);
		return -EFAULT;
	}
	ctx->ring_pages = got;
	return 0;
}

static void udma_ring_free(struct udma_ctx *ctx)
{
	int i;

	for (i = 0; i < ctx->ring_pages; i++) {
		set_page_dirty_lock(ctx->ring[i]);
		put_page(ctx->ring[i]);
	}
	ctx->ring_pages = 0;
}

const struct udma_ring_ops udma_ring_ops = {
	.init	= udma_ring_init,
	.free	= udma_ring_free,
};
