/*
 * In a tree with iov_iter_extract_pages() (6.3+), iov_iter_get_pages2()
 * pages handed to a device (here a bio) should be pinned with it: the
 * inventory says so; the put_page() release stays right for now.
 */
#include "linux-6.12/mm.h"

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
 * check-name: iov_iter_get_pages2() pages for a bio in a 6.12 tree: move to iov_iter_extract_pages()
 * check-command: gupcheck -Iinclude --inventory=$tmpdir/gup.jsonl $file && cat $tmpdir/gup.jsonl
 *
 * check-output-start
{"file":"move-extract.c","line":15,"col":36,"function":"dio_read_pages","api":"iov_iter_get_pages2","kind":"get","tree_api":"unpin_user_page","pages":"pages","count":"8","flags":null,"longterm":false,"case":1,"releases":[{"line":22,"function":"dio_read_pages","api":"put_page","via":null,"kind":"release"}],"handoff":["bio_add_page"],"diagnostics":[],"status":"manual","reason":"pages handed to a device (bio_add_page): take them with iov_iter_extract_pages()"}
 * check-output-end
 */
