/*
 * free-page.c fixed: user pages go back with put_page(), only the
 * kernel's own page with __free_page().
 */
#include "linux-5.2/mm.h"

struct bounce {
	struct page *page;
	bool from_user;
};

static int bounce_setup(struct bounce *b, unsigned long uaddr)
{
	int ret;

	if (uaddr) {
		ret = get_user_pages_fast(uaddr, 1, FOLL_WRITE, &b->page);
		if (ret != 1)
			return -EFAULT;
		b->from_user = true;
	} else {
		b->page = alloc_page(GFP_KERNEL);
		if (!b->page)
			return -ENOMEM;
		b->from_user = false;
	}
	return 0;
}

static void bounce_teardown(struct bounce *b)
{
	if (b->from_user) {
		set_page_dirty_lock(b->page);
		put_page(b->page);
	} else {
		__free_page(b->page);
	}
}

int bounce_test(struct bounce *b, unsigned long uaddr);
int bounce_test(struct bounce *b, unsigned long uaddr)
{
	int ret = bounce_setup(b, uaddr);

	if (!ret)
		bounce_teardown(b);
	return ret;
}

/*
 * check-name: put_page() for the user page, __free_page() for the kernel's: quiet
 */
