/*
 * An error goto after the pin jumps past the unpin: the sg table
 * allocation fails and the code frees only the array (a common bug in
 * RDMA/media memory registration paths).
 */
#include "linux-6.1/mm.h"

struct mr {
	struct sg_table sgt;
	struct page **pages;
	int npages;
};

static int mr_register(struct mr *mr, unsigned long start, size_t len)
{
	struct page **pages;
	int npages = DIV_ROUND_UP(len + offset_in_page(start), PAGE_SIZE);
	int pinned, ret;

	pages = kvmalloc_array(npages, sizeof(*pages), GFP_KERNEL);
	if (!pages)
		return -ENOMEM;

	pinned = pin_user_pages_fast(start, npages,
				     FOLL_WRITE | FOLL_LONGTERM, pages);
	if (pinned < 0) {
		ret = pinned;
		goto free_array;
	}
	if (pinned != npages) {
		ret = -EFAULT;
		goto unpin;
	}

	ret = sg_alloc_table(&mr->sgt, npages, GFP_KERNEL);
	if (ret)
		goto free_array;

	mr->pages = pages;
	mr->npages = npages;
	return 0;

unpin:
	unpin_user_pages(pages, pinned);
free_array:
	kvfree(pages);
	return ret;
}

static void mr_deregister(struct mr *mr)
{
	sg_free_table(&mr->sgt);
	unpin_user_pages_dirty_lock(mr->pages, mr->npages, true);
	kvfree(mr->pages);
}

int mr_test(struct mr *mr, unsigned long start);
int mr_test(struct mr *mr, unsigned long start)
{
	int ret = mr_register(mr, start, 8 * PAGE_SIZE);

	if (!ret)
		mr_deregister(mr);
	return ret;
}

/*
 * check-name: error goto after the pin skips the unpin (pages stored in a member only on success)
 *
 * check-error-start
leak-goto-skip.c:46:15: error: kvfree() frees the array of the pages pin_user_pages_fast() pinned at line 24, still pinned on the path through the branch at line 36 [gup-leak]
 * check-error-end
 */
