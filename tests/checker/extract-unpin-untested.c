/*
 * Unpinning iov_iter_extract_pages() pages without the
 * iov_iter_extract_will_pin() test: a kernel iterator's pages carry no
 * pin, and unpin_user_page() drops someone else's reference.
 */
#include "linux-6.12/mm.h"

static ssize_t xfer_pages(struct iov_iter *iter, struct bio *bio)
{
	struct page *stack[8], **pages = stack;
	size_t offset;
	ssize_t bytes;
	int i, n;

	bytes = iov_iter_extract_pages(iter, &pages, 8 * PAGE_SIZE, 8, 0,
				       &offset);
	if (bytes <= 0)
		return bytes;
	n = DIV_ROUND_UP(bytes + offset, PAGE_SIZE);
	for (i = 0; i < n; i++) {
		if (bio_add_page(bio, pages[i], PAGE_SIZE, 0) != PAGE_SIZE) {
			while (i < n)
				unpin_user_page(pages[i++]);
			return -EIO;
		}
	}
	return bytes;
}

ssize_t xfer_test(struct iov_iter *iter, struct bio *bio);
ssize_t xfer_test(struct iov_iter *iter, struct bio *bio)
{
	return xfer_pages(iter, bio);
}

/*
 * check-name: iov_iter_extract_pages() pages unpinned without the iov_iter_extract_will_pin() test
 *
 * check-error-start
extract-unpin-untested.c:23:48: error: unpin_user_page() on pages from iov_iter_extract_pages() (line 15) without the iov_iter_extract_will_pin() test: pages of other iterators carry no reference [gup-pin-kind]
 * check-error-end
 */
