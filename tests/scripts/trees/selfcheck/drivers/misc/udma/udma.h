/* SPDX-License-Identifier: GPL-2.0 */
/* The user DMA engine: a context maps its process's buffers for the device. */
#ifndef _UDMA_H
#define _UDMA_H

#include <linux/dma-mapping.h>
#include <linux/errno.h>
#include <linux/mm.h>

#define UDMA_RING_PAGES		4
#define UDMA_TABLE_PAGES	2
#define UDMA_LOG_PAGES		8
#define UDMA_REQ_PAGES		16

struct udma_ctx {
	struct page *ring[UDMA_RING_PAGES];
	int ring_pages;
	struct page *table[UDMA_TABLE_PAGES];	/* the engine's translations */
	int table_pages;
};

/* A transfer: a header page, then the user pages the engine reads. */
struct udma_req {
	struct device *dev;
	struct {
		struct page *page;
		dma_addr_t addr;
		bool user;		/* the user's page, else the request's */
	} desc[1 + UDMA_REQ_PAGES];
	int ndesc;
};

/* The command ring's set-up, called through the engine's ops. */
struct udma_ring_ops {
	int (*init)(struct udma_ctx *ctx, unsigned long uaddr);
	void (*free)(struct udma_ctx *ctx);
};

extern const struct udma_ring_ops udma_ring_ops;

int udma_req_init(struct udma_req *req);
int udma_req_map(struct udma_req *req, unsigned long uaddr, int npages);
void udma_req_unmap(struct udma_req *req);
int udma_table_init(struct udma_ctx *ctx, unsigned long uaddr);
void udma_table_free(struct udma_ctx *ctx);
int udma_log_sum(unsigned long uaddr, int npages, unsigned int *sum);
int udma_read_status(struct udma_ctx *ctx, unsigned long uaddr,
		     unsigned int *status);

#endif /* _UDMA_H */
