/*
 * fs/direct-io.c's shape: whether iov_iter_extract_pages() pinned is kept
 * in a member (dio->is_pinned), assigned in one function and tested in
 * the release helper, defined earlier in the file.  Quiet; the release
 * helper without the test is not (see dio_drop()).
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
 * check-name: iov_iter_extract_will_pin() kept in a member: the helper testing it is quiet, the one without is not
 *
 * check-error-start
extract-holder-member.c:23:25: error: unpin_user_pages() on pages from iov_iter_extract_pages() (line 32) without the iov_iter_extract_will_pin() test: pages of other iterators carry no reference [gup-pin-kind]
 * check-error-end
 */
