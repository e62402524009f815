/*
 * __blkdev_direct_IO_simple()'s shape: a bio on the stack that
 * bio_iov_iter_get_pages() fills is direct I/O, pin_user_pages.rst case
 * 1 (a device reaches the data for a while), not case 4.
 */
#include "linux-6.12/mm.h"

ssize_t dio_read_simple(struct iov_iter *iter, bool should_dirty);
ssize_t dio_read_simple(struct iov_iter *iter, bool should_dirty)
{
	struct bio_vec inline_vecs[4];
	struct bio bio;
	int ret;

	bio.bi_io_vec = inline_vecs;
	bio.bi_vcnt = 0;
	ret = bio_iov_iter_get_pages(&bio, iter);
	if (unlikely(ret))
		return ret;
	ret = submit_bio_wait(&bio);
	bio_release_pages(&bio, should_dirty);
	return ret;
}

/*
 * check-name: --inventory: a bio filled by its acquirer is case 1
 * check-command: gupcheck -Iinclude --inventory=$tmpdir/gup.jsonl $file && cat $tmpdir/gup.jsonl
 *
 * check-output-start
{"file":"inventory-bio-case.c","line":17,"col":37,"function":"dio_read_simple","api":"bio_iov_iter_get_pages","kind":"iter","tree_api":"unpin_user_page","pages":"&bio","count":null,"flags":null,"longterm":false,"case":1,"releases":[{"line":21,"function":"dio_read_simple","api":"bio_release_pages","via":null,"kind":"release"}],"handoff":[],"diagnostics":[],"status":"converted","reason":null}
 * check-output-end
 */
