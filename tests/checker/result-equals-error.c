/*
 * rds_cmsg_rdma_args() (6.1): a result equal to one error code
 * (ret == -EOPNOTSUPP: the memory needs on-demand paging instead) pinned
 * nothing, so the array can go on that branch without a release.
 */
#include "linux-6.1/mm.h"

#define EOPNOTSUPP 95

static int pin_all(unsigned long addr, unsigned int nr, struct page **pages)
{
	int ret = pin_user_pages_fast(addr, nr, FOLL_WRITE | FOLL_LONGTERM,
				      pages);

	if (ret >= 0 && ret < nr) {
		unpin_user_pages(pages, ret);
		ret = -EFAULT;
	}
	return ret;
}

int odp_register(unsigned long addr);

int map_user(unsigned long addr, unsigned int nr, struct page ***out);
int map_user(unsigned long addr, unsigned int nr, struct page ***out)
{
	struct page **pages = kcalloc(nr, sizeof(*pages), GFP_KERNEL);
	int ret;

	if (!pages)
		return -ENOMEM;
	ret = pin_all(addr, nr, pages);
	if (ret <= 0 && ret != -EOPNOTSUPP)
		goto out;
	if (ret == -EOPNOTSUPP) {
		ret = odp_register(addr);
		goto out;
	}
	*out = pages;
	return 0;
out:
	kfree(pages);
	return ret;
}

/*
 * check-name: a result equal to an error code pinned nothing
 */
