// SPDX-License-Identifier: GPL-2.0
/*
 * rds's rdma.c shape (4.19): a static helper pins the user's page, the
 * caller hands it to the scatterlist of the message's atomic op for the
 * device, and the op's free gives it back through sg_page() of the op it
 * is given.  The rules cannot tell that op is the message's: they leave
 * the file as it is, and say why.
 */
#include <linux/mm.h>

struct scatterlist {
	struct page *page;
	unsigned int length;
};

void sg_set_page(struct scatterlist *sg, struct page *page, unsigned int len,
		 unsigned int offset);
struct page *sg_page(struct scatterlist *sg);

struct rdsx_atomic_op {
	struct scatterlist *op_sg;
	bool op_active;
};

struct rdsx_message {
	struct rdsx_atomic_op atomic;
};

static int rdsx_pin_pages(unsigned long user_addr, unsigned int nr_pages,
			  struct page **pages, int write)
{
	int ret;

	ret = get_user_pages_fast(user_addr, nr_pages, write ? FOLL_WRITE : 0,
				  pages);
	if (ret >= 0 && ret < nr_pages) {
		while (ret--)
			put_page(pages[ret]);
		ret = -14;
	}
	return ret;
}

void rdsx_atomic_free_op(struct rdsx_atomic_op *ao)
{
	struct page *page = sg_page(ao->op_sg);

	set_page_dirty_lock(page);
	put_page(page);
	ao->op_active = 0;
}

int rdsx_cmsg_atomic(struct rdsx_message *rm, unsigned long addr)
{
	struct page *page = NULL;
	int ret;

	ret = rdsx_pin_pages(addr, 1, &page, 1);
	if (ret != 1)
		goto err;
	sg_set_page(rm->atomic.op_sg, page, 8, addr & 4095);
	rm->atomic.op_active = 1;
	return 0;
err:
	if (page)
		put_page(page);
	return ret;
}
