/*
 * pin-kind-put-page.c fixed: the error path unpins too.
 */
#include "linux-6.1/mm.h"

struct region {
	struct page **pages;
	unsigned long npages;
};

static int region_pin(struct region *r, unsigned long uaddr)
{
	struct page **pages;
	int pinned;

	pages = kcalloc(r->npages, sizeof(*pages), GFP_KERNEL);
	if (!pages)
		return -ENOMEM;
	pinned = pin_user_pages_fast(uaddr, r->npages, FOLL_LONGTERM, pages);
	if (pinned < 0) {
		kfree(pages);
		return pinned;
	}
	if (pinned != r->npages) {
		unpin_user_pages(pages, pinned);
		kfree(pages);
		return -EFAULT;
	}
	r->pages = pages;
	return 0;
}

static void region_unpin(struct region *r)
{
	unpin_user_pages(r->pages, r->npages);
	kfree(r->pages);
}

int region_test(struct region *r, unsigned long uaddr);
int region_test(struct region *r, unsigned long uaddr)
{
	int ret = region_pin(r, uaddr);

	if (!ret)
		region_unpin(r);
	return ret;
}

/*
 * check-name: pin_user_pages_fast() pages unpinned on every path: quiet
 */
