/*
 * The fix: unpin what iov_iter_extract_pages() pinned, under the
 * iov_iter_extract_will_pin() test (other iterators' pages carry no
 * reference).
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
			if (iov_iter_extract_will_pin(iter))
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
 * check-name: iov_iter_extract_pages() pages unpinned under iov_iter_extract_will_pin(): quiet
 */
