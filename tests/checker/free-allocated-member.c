/*
 * A member array that holds allocated pages for writeback and user pages
 * for direct I/O (the fuse_args_pages shape): the writeback path frees
 * its own pages with __free_page(), the direct I/O path puts the user
 * pages.  The free is not the user pages': nothing is reported.
 */
#include "linux-6.1/mm.h"

struct args_pages {
	struct page **pages;
	unsigned int num_pages;
};

static int writeback_fill(struct args_pages *ap)
{
	struct page *tmp = alloc_page(GFP_KERNEL);

	if (!tmp)
		return -ENOMEM;
	ap->pages[0] = tmp;
	ap->num_pages = 1;
	return 0;
}

static void writeback_free(struct args_pages *ap)
{
	unsigned int i;

	for (i = 0; i < ap->num_pages; i++)
		__free_page(ap->pages[i]);
}

static int dio_get_pages(struct args_pages *ap, unsigned long addr, int n)
{
	int ret = get_user_pages_fast(addr, n, 0, ap->pages);

	if (ret < 0)
		return ret;
	ap->num_pages = ret;
	return 0;
}

static void dio_release(struct args_pages *ap)
{
	unsigned int i;

	for (i = 0; i < ap->num_pages; i++)
		put_page(ap->pages[i]);
}

int ap_test(struct args_pages *ap, unsigned long addr, int dio);
int ap_test(struct args_pages *ap, unsigned long addr, int dio)
{
	int ret = dio ? dio_get_pages(ap, addr, 4) : writeback_fill(ap);

	if (ret)
		return ret;
	if (dio)
		dio_release(ap);
	else
		writeback_free(ap);
	return 0;
}

/*
 * check-name: a member holding allocated or user pages: the allocated pages' free is no gup-free
 * check-command: gupcheck --api=none -Iinclude $file
 */
