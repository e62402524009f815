/*
 * __free_page() on a page from get_user_pages_fast(): frees memory the
 * process still maps instead of dropping the reference (5.2 tree).
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
	__free_page(b->page);
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
 * check-name: __free_page() on a user page kept in a struct member
 *
 * check-error-start
free-page.c:32:20: error: __free_page() on a page from get_user_pages_fast() (line 17): use put_page() [gup-free]
 * check-error-end
 */
