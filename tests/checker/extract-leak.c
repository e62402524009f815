/*
 * Leaks of iov_iter_extract_pages() pages: a site that unpins them (so
 * it may pin) and returns without doing so on one path is reported; a
 * site that never unpins takes pages from kernel iterators only (a
 * splice's bvec), which carry no reference: quiet.
 */
#include "linux-6.12/mm.h"

int consume(struct page *page);

static ssize_t grab(struct iov_iter *iter, bool check)
{
	struct page *stack[4], **pages = stack;
	size_t off;
	ssize_t len;

	len = iov_iter_extract_pages(iter, &pages, 4 * PAGE_SIZE, 4, 0, &off);
	if (len <= 0)
		return len;
	if (check && consume(pages[0]))
		return -EIO;
	if (iov_iter_extract_will_pin(iter))
		unpin_user_page(pages[0]);
	return len;
}

static ssize_t splice_pages(struct iov_iter *iter)
{
	struct page *stack[4], **pages = stack;
	size_t off;
	ssize_t len;

	len = iov_iter_extract_pages(iter, &pages, PAGE_SIZE, 1, 0, &off);
	if (len <= 0)
		return len;
	if (consume(pages[0]))
		return -EIO;
	return len;
}

ssize_t grab_test(struct iov_iter *iter);
ssize_t grab_test(struct iov_iter *iter)
{
	return grab(iter, true) + splice_pages(iter);
}

/*
 * check-name: iov_iter_extract_pages() leaked where it may pin; kernel-iterator sites quiet
 *
 * check-error-start
extract-leak.c:21:17: error: pages pinned by iov_iter_extract_pages() at line 17 are not released on the path through the branch at line 20 [gup-leak]
 * check-error-end
 */
