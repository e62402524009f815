/*
 * iov_iter_extract_pages() pins user memory (FOLL_PIN): put_page() on
 * its pages drops a reference it never took and leaves the pin.
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
				put_page(pages[i++]);
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
 * check-name: iov_iter_extract_pages() pages dropped with put_page()
 *
 * check-error-start
extract-put-page.c:22:41: error: put_page() on pages from iov_iter_extract_pages() (line 14), which pins them when iov_iter_extract_will_pin(): use unpin_user_page() under that test [gup-pin-kind]
 * check-error-end
 */
