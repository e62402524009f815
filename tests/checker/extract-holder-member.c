/*
 * fs/direct-io.c's shape: whether iov_iter_extract_pages() pinned is kept
 * in a member (dio->is_pinned), assigned in one function and tested in
 * the release helper, defined earlier in the file.  Quiet.  So is the
 * helper without the test (dio_drop()): releases outside the acquiring
 * function are left alone, as real code decides there by flags of its
 * own (BIO_PAGE_PINNED, a kvec test) that the analysis does not follow.
 */
#include "linux-6.12/mm.h"

struct dio {
	bool is_pinned;
	struct page **pages;
	int npages;
};

static void dio_unpin(struct dio *dio)
{
	if (dio->is_pinned)
		unpin_user_pages(dio->pages, dio->npages);
}

static void dio_drop(struct dio *dio)
{
	unpin_user_pages(dio->pages, dio->npages);
}

static ssize_t dio_get(struct dio *dio, struct iov_iter *iter)
{
	size_t offset;
	ssize_t bytes;

	dio->is_pinned = iov_iter_extract_will_pin(iter);
	bytes = iov_iter_extract_pages(iter, &dio->pages, 16 * PAGE_SIZE, 16,
				       0, &offset);
	if (bytes <= 0)
		return bytes;
	dio->npages = DIV_ROUND_UP(bytes + offset, PAGE_SIZE);
	return bytes;
}

ssize_t dio_test(struct dio *dio, struct iov_iter *iter);
ssize_t dio_test(struct dio *dio, struct iov_iter *iter)
{
	ssize_t ret = dio_get(dio, iter);

	if (ret > 0)
		dio_unpin(dio);
	else
		dio_drop(dio);
	return ret;
}

/*
 * check-name: iov_iter_extract_will_pin() kept in a member: releases in helpers are not judged
 */
