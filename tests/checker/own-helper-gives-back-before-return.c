/*
 * A static helper that pins, copies and unpins before it returns the
 * count (as a bounce-buffer copy does) hands no pins to its caller: a
 * call of it is no acquire, and freeing the array after it leaks nothing.
 */
#include "linux-6.1/mm.h"

static int copy_from_pages(unsigned long uaddr, int n, struct page **pages,
			   char *buf)
{
	int got, i;

	got = pin_user_pages_fast(uaddr, n, 0, pages);
	if (got <= 0)
		return got;
	for (i = 0; i < got; i++) {
		void *p = kmap_local_page(pages[i]);

		memcpy(buf + i * PAGE_SIZE, p, PAGE_SIZE);
		kunmap_local(p);
	}
	unpin_user_pages(pages, got);
	return got;
}

int copy_in(unsigned long uaddr, int n, char *buf);
int copy_in(unsigned long uaddr, int n, char *buf)
{
	struct page **pages = kcalloc(n, sizeof(*pages), GFP_KERNEL);
	int got;

	if (!pages)
		return -ENOMEM;
	got = copy_from_pages(uaddr, n, pages, buf);
	kfree(pages);
	return got < 0 ? got : 0;
}

/*
 * check-name: a static helper that unpins before returning the count is no acquire
 */
