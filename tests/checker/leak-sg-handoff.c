/*
 * Pages handed to an sg table (sg_alloc_table_from_pages(), then
 * for_each_sg() to unpin at teardown): after the hand-off the table owns
 * them, the function returning is not a leak (habanalabs/RDMA shape).
 */
#include "linux-6.1/mm.h"

struct userptr {
	struct sg_table *sgt;
	struct page **pages;
	unsigned int npages;
};

static int get_user_memory(struct userptr *up, unsigned long start, u64 size)
{
	struct page **pages;
	unsigned int npages = DIV_ROUND_UP(size + offset_in_page(start), PAGE_SIZE);
	int rc;

	pages = kvmalloc_array(npages, sizeof(*pages), GFP_KERNEL);
	if (!pages)
		return -ENOMEM;

	rc = pin_user_pages_fast(start, npages, FOLL_WRITE | FOLL_LONGTERM, pages);
	if (rc != npages) {
		if (rc < 0)
			goto free_pages;
		npages = rc;
		rc = -EFAULT;
		goto put_pages;
	}

	rc = sg_alloc_table_from_pages(up->sgt, pages, npages,
				       offset_in_page(start), size, GFP_KERNEL);
	if (rc < 0)
		goto put_pages;
	kvfree(pages);
	return 0;

put_pages:
	unpin_user_pages(pages, npages);
free_pages:
	kvfree(pages);
	return rc;
}

static void put_user_memory(struct userptr *up)
{
	struct scatterlist *sg;
	unsigned int i;

	for_each_sgtable_sg(up->sgt, sg, i)
		unpin_user_page_range_dirty_lock(sg_page(sg),
						 DIV_ROUND_UP(sg->length, PAGE_SIZE),
						 true);
	sg_free_table(up->sgt);
}

int userptr_test(struct userptr *up, unsigned long start);
int userptr_test(struct userptr *up, unsigned long start)
{
	int rc = get_user_memory(up, start, 4 * PAGE_SIZE);

	if (!rc)
		put_user_memory(up);
	return rc;
}

/*
 * check-name: sg_alloc_table_from_pages() hand-off, npages = rc on the short branch, for_each_sg teardown: quiet
 */
