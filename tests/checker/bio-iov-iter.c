/*
 * block/fops.c's shape: bio_iov_iter_get_pages() fills the bio (pinned
 * when the iterator is user memory), bio_release_pages() gives them back
 * whatever they are.
 */
#include "linux-6.12/mm.h"

static ssize_t dio_simple(struct bio *bio, struct iov_iter *iter,
			  bool should_dirty)
{
	int ret;

	ret = bio_iov_iter_get_pages(bio, iter);
	if (unlikely(ret))
		return ret;
	ret = submit_bio_wait(bio);
	bio_release_pages(bio, should_dirty);
	return ret;
}

ssize_t dio_test(struct bio *bio, struct iov_iter *iter);
ssize_t dio_test(struct bio *bio, struct iov_iter *iter)
{
	return dio_simple(bio, iter, true);
}

/*
 * check-name: bio_iov_iter_get_pages() released with bio_release_pages(): quiet
 * check-command: gupcheck -Iinclude --inventory=$tmpdir/gup.jsonl $file && cat $tmpdir/gup.jsonl
 *
 * check-output-start
{"file":"bio-iov-iter.c","line":13,"col":37,"function":"dio_simple","api":"bio_iov_iter_get_pages","kind":"iter","tree_api":"unpin_user_page","pages":"bio","count":null,"flags":null,"longterm":false,"case":null,"releases":[{"line":17,"function":"dio_simple","api":"bio_release_pages","via":null,"kind":"release"}],"handoff":[],"diagnostics":[],"status":"converted","reason":null}
 * check-output-end
 */
