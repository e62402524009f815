/*
 * iov_iter_get_pages2() takes FOLL_GET references and 6.1 has no pin
 * counterpart for it: put_page() is the right release, nothing to say.
 */
#include "linux-6.1/mm.h"

static ssize_t dio_read_pages(struct iov_iter *iter, struct bio *bio)
{
	struct page *pages[8];
	size_t offset;
	ssize_t bytes;
	int i, n;

	bytes = iov_iter_get_pages2(iter, pages, 8 * PAGE_SIZE, 8, &offset);
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

ssize_t dio_test(struct iov_iter *iter, struct bio *bio);
ssize_t dio_test(struct iov_iter *iter, struct bio *bio)
{
	return dio_read_pages(iter, bio);
}

/*
 * check-name: iov_iter_get_pages2() + put_page() and bio_add_page(): no pin counterpart, quiet
 */
