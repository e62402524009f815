/*
 * Direct I/O shape: iov_iter_get_pages_alloc2() allocates the array and
 * takes FOLL_GET references; every page goes into the bio (released at
 * bio completion), the array is freed.  Nothing to say.
 */
#include "linux-6.1/mm.h"

static ssize_t bio_map_user(struct bio *bio, struct iov_iter *iter)
{
	struct page **pages;
	size_t offs;
	ssize_t bytes;
	int npages, i;

	bytes = iov_iter_get_pages_alloc2(iter, &pages, 64 * PAGE_SIZE, &offs);
	if (bytes <= 0)
		return bytes ? bytes : -EFAULT;
	npages = DIV_ROUND_UP(offs + bytes, PAGE_SIZE);
	for (i = 0; i < npages; i++) {
		unsigned int n = min((size_t)PAGE_SIZE - offs, (size_t)bytes);

		bio_add_page(bio, pages[i], n, offs);
		bytes -= n;
		offs = 0;
	}
	kvfree(pages);
	return 0;
}

ssize_t bio_test(struct bio *bio, struct iov_iter *iter);
ssize_t bio_test(struct bio *bio, struct iov_iter *iter)
{
	return bio_map_user(bio, iter);
}

/*
 * check-name: iov_iter_get_pages_alloc2() pages handed to the bio, array kvfree()d: quiet
 */
