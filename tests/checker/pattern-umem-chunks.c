/*
 * ib_umem_get() shape: the range is pinned a chunk at a time into one
 * page_list, each chunk handed to the sg table; a failure part way
 * releases what the table holds (RDMA umem, 6.1).
 */
#include "linux-6.1/mm.h"

struct umem {
	struct sg_table sgt;
	unsigned int nents;
	bool writable;
};

static void umem_release_pages(struct umem *umem)
{
	struct scatterlist *sg;
	unsigned int i;

	for_each_sgtable_sg(&umem->sgt, sg, i)
		unpin_user_page_range_dirty_lock(sg_page(sg),
						 DIV_ROUND_UP(sg->length, PAGE_SIZE),
						 umem->writable);
	sg_free_table(&umem->sgt);
}

static int umem_get(struct umem *umem, unsigned long addr, unsigned long npages)
{
	unsigned int gup_flags = FOLL_LONGTERM;
	struct page **page_list;
	unsigned long cur_base = addr & PAGE_MASK;
	int pinned, ret = 0, i;

	if (umem->writable)
		gup_flags |= FOLL_WRITE;
	page_list = (struct page **)kmalloc(PAGE_SIZE, GFP_KERNEL);
	if (!page_list)
		return -ENOMEM;
	ret = sg_alloc_table(&umem->sgt, npages, GFP_KERNEL);
	if (ret)
		goto out;

	while (npages) {
		pinned = pin_user_pages_fast(cur_base,
					     min(npages, PAGE_SIZE / sizeof(struct page *)),
					     gup_flags, page_list);
		if (pinned < 0) {
			ret = pinned;
			goto umem_release;
		}
		cur_base += pinned * PAGE_SIZE;
		npages -= pinned;
		for (i = 0; i < pinned; i++)
			sg_set_page(&umem->sgt.sgl[umem->nents++], page_list[i],
				    PAGE_SIZE, 0);
	}
	goto out;

umem_release:
	umem_release_pages(umem);
out:
	kfree(page_list);
	return ret;
}

int umem_test(struct umem *umem, unsigned long addr);
int umem_test(struct umem *umem, unsigned long addr)
{
	int ret = umem_get(umem, addr, 8);

	if (!ret)
		umem_release_pages(umem);
	return ret;
}

/*
 * check-name: umem shape: chunked pins into one page_list, sg_set_page() hand-off, for_each_sg unpin: quiet
 */
