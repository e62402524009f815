/*
 * rds_pin_pages() shape: the flags depend on the direction, the caller
 * owns the array, and a short pin is unpinned before failing: a result
 * above zero is every page asked for.
 */
#include "linux-6.1/mm.h"

static int rds_like_pin_pages(unsigned long user_addr, unsigned int nr_pages,
			      struct page **pages, int write)
{
	unsigned int gup_flags = FOLL_LONGTERM;
	int ret;

	if (write)
		gup_flags |= FOLL_WRITE;

	ret = pin_user_pages_fast(user_addr, nr_pages, gup_flags, pages);
	if (ret >= 0 && ret < nr_pages) {
		unpin_user_pages(pages, ret);
		ret = -EFAULT;
	}
	return ret;
}

static int rds_like_get_mr(unsigned long addr, unsigned int nr_pages, int write)
{
	struct page **pages;
	int ret;

	pages = kcalloc(nr_pages, sizeof(struct page *), GFP_KERNEL);
	if (!pages)
		return -ENOMEM;
	ret = rds_like_pin_pages(addr, nr_pages, pages, write);
	if (ret < 0)
		goto out;
	unpin_user_pages_dirty_lock(pages, nr_pages, write);
	ret = 0;
out:
	kfree(pages);
	return ret;
}

struct rds_like_mr {
	struct page **pages;
	unsigned int npages;
};

/* 6.1's __rds_rdma_map(): ret <= 0 is the error, ret > 0 all pages */
static int rds_like_map(struct rds_like_mr *mr, unsigned long addr,
			unsigned int nr_pages)
{
	struct page **pages;
	int ret;

	pages = kcalloc(nr_pages, sizeof(struct page *), GFP_KERNEL);
	if (!pages)
		return -ENOMEM;
	ret = rds_like_pin_pages(addr, nr_pages, pages, 1);
	if (ret <= 0) {
		kfree(pages);
		return ret;
	}
	mr->pages = pages;
	mr->npages = ret;
	return 0;
}

int rds_test(unsigned long addr, struct rds_like_mr *mr);
int rds_test(unsigned long addr, struct rds_like_mr *mr)
{
	return rds_like_get_mr(addr, 4, 1) ?: rds_like_map(mr, addr, 4);
}

/*
 * check-name: rds shape: run-time flags, caller-owned array, short pin unpinned: quiet
 */
