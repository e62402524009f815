/*
 * A half-done conversion: the acquire became pin_user_pages_fast() but
 * the error path still drops the pages with put_page().
 */
#include "linux-6.1/mm.h"

struct region {
	struct page **pages;
	unsigned long npages;
};

static int region_pin(struct region *r, unsigned long uaddr)
{
	struct page **pages;
	int pinned, i;

	pages = kcalloc(r->npages, sizeof(*pages), GFP_KERNEL);
	if (!pages)
		return -ENOMEM;
	pinned = pin_user_pages_fast(uaddr, r->npages, FOLL_LONGTERM, pages);
	if (pinned < 0) {
		kfree(pages);
		return pinned;
	}
	if (pinned != r->npages) {
		for (i = 0; i < pinned; i++)
			put_page(pages[i]);
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
 * check-name: pin_user_pages_fast() pages dropped with put_page() on the short-pin path
 *
 * check-error-start
pin-kind-put-page.c:27:33: error: put_page() on a FOLL_PIN pin from pin_user_pages_fast() (line 20): use unpin_user_page() [gup-pin-kind]
 * check-error-end
 */
