/*
 * --api=put_user_page on a file whose headers declare no release API (a
 * 5.4 tree where mm.h was not included directly): put_page() on
 * get_user_pages() pages is reported with the 5.4 replacement.
 */
#include "linux-5.2/mm.h"

static long pin_buffer(unsigned long start, unsigned long nr_pages,
		       struct page **pages)
{
	long ret, i;

	mmap_read_lock(current->mm);
	ret = get_user_pages(start, nr_pages, 0, pages, NULL);
	mmap_read_unlock(current->mm);
	if (ret > 0 && ret < nr_pages) {
		for (i = 0; i < ret; i++)
			put_page(pages[i]);
		ret = -EFAULT;
	}
	return ret;
}

long pin_test(unsigned long start, struct page **pages);
long pin_test(unsigned long start, struct page **pages)
{
	return pin_buffer(start, 2, pages);
}

/*
 * check-name: --api=put_user_page: put_page() on get_user_pages() pages suggests put_user_page()
 * check-command: gupcheck --api=put_user_page -Iinclude $file
 *
 * check-error-start
release-5.4-api-option.c:18:33: warning: put_page() on pages from get_user_pages() (line 14): use put_user_page() [gup-release]
 * check-error-end
 */
