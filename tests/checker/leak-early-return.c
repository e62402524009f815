/*
 * A copy_from_user() failure after the pin returns directly, leaving
 * the pages pinned (acrn/vfio-style ioctl handler).
 */
#include "linux-6.1/mm.h"

struct map_req {
	unsigned long vma_base;
	unsigned long len;
	u64 gpa;
};

static int ram_map(struct map_req __user *ureq, struct scatterlist *sgl, int max)
{
	struct map_req req;
	struct page **pages;
	int nr_pages, pinned, ret, i;

	if (copy_from_user(&req, ureq, sizeof(req)))
		return -EFAULT;
	nr_pages = req.len >> PAGE_SHIFT;
	if (nr_pages > max)
		return -EINVAL;
	pages = kvcalloc(nr_pages, sizeof(*pages), GFP_KERNEL);
	if (!pages)
		return -ENOMEM;

	pinned = pin_user_pages_fast(req.vma_base, nr_pages,
				     FOLL_WRITE | FOLL_LONGTERM, pages);
	if (pinned < 0) {
		ret = pinned;
		goto free_pages;
	} else if (pinned != nr_pages) {
		ret = -EFAULT;
		goto put_pages;
	}

	if (copy_from_user(&req, ureq, sizeof(req)))
		return -EFAULT;

	for (i = 0; i < nr_pages; i++)
		sg_set_page(&sgl[i], pages[i], PAGE_SIZE, 0);
	kvfree(pages);
	return 0;

put_pages:
	unpin_user_pages(pages, pinned);
free_pages:
	kvfree(pages);
	return ret;
}

int ram_map_test(struct map_req __user *ureq, struct scatterlist *sgl);
int ram_map_test(struct map_req __user *ureq, struct scatterlist *sgl)
{
	return ram_map(ureq, sgl, 16);
}

/*
 * check-name: direct return after the pin, before the sg hand-off
 *
 * check-error-start
leak-early-return.c:39:17: error: pages pinned by pin_user_pages_fast() at line 28 are not released on the path through the branch at line 38 [gup-leak]
 * check-error-end
 */
