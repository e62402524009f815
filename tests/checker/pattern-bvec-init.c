/*
 * Pages put into bio_vecs by a designated initializer, then copied out
 * to the caller's array (the ceph iter_get_bvecs_alloc shape): handed
 * off, not leaked.
 */
#include "linux-6.1/mm.h"

static ssize_t get_bvecs(unsigned long addr, int n, struct bio_vec *bvecs)
{
	struct page *pages[16];
	int idx, got;

	got = get_user_pages_fast(addr, n, 0, pages);
	if (got < 0)
		return got;
	for (idx = 0; idx < got; idx++) {
		struct bio_vec bv = {
			.bv_page = pages[idx],
			.bv_len = PAGE_SIZE,
			.bv_offset = 0,
		};

		bvecs[idx] = bv;
	}
	return got;
}

int bvec_test(unsigned long addr, struct bio_vec *bvecs);
int bvec_test(unsigned long addr, struct bio_vec *bvecs)
{
	return get_bvecs(addr, 16, bvecs) < 0;
}

/*
 * check-name: pages handed to bio_vecs through an initializer are not leaked
 * check-command: gupcheck --api=none -Iinclude $file
 */
