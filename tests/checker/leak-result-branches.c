/*
 * Returns on the branches that pinned nothing are not leaks: ret <= 0,
 * ret < 0 then ret == 0, and != 1 for one page (rds/tee-style handling).
 */
#include "linux-6.1/mm.h"

static int pin_le0(unsigned long addr, int n)
{
	struct page **pages = kcalloc(n, sizeof(*pages), GFP_KERNEL);
	int ret;

	if (!pages)
		return -ENOMEM;
	ret = pin_user_pages_fast(addr, n, 0, pages);
	if (ret <= 0) {
		kfree(pages);
		return ret ? ret : -EFAULT;
	}
	unpin_user_pages(pages, ret);
	kfree(pages);
	return 0;
}

static int pin_lt0_eq0(unsigned long addr, int n)
{
	struct page **pages = kcalloc(n, sizeof(*pages), GFP_KERNEL);
	int ret;

	if (!pages)
		return -ENOMEM;
	ret = pin_user_pages_fast(addr, n, 0, pages);
	if (ret < 0)
		goto out;
	if (ret == 0) {
		ret = -EFAULT;
		goto out;
	}
	unpin_user_pages(pages, ret);
	ret = 0;
out:
	kfree(pages);
	return ret;
}

static int pin_one(unsigned long addr)
{
	struct page *page;

	if (pin_user_pages_fast(addr, 1, 0, &page) != 1)
		return -EFAULT;
	unpin_user_page(page);
	return 0;
}

static int pin_ne1(unsigned long addr)
{
	struct page *page;
	int ret;

	ret = pin_user_pages_fast(addr, 1, 0, &page);
	if (ret != 1)
		return ret < 0 ? ret : -EFAULT;
	unpin_user_page(page);
	return 0;
}

int branches_test(unsigned long addr);
int branches_test(unsigned long addr)
{
	return pin_le0(addr, 2) ?: pin_lt0_eq0(addr, 2) ?:
	       pin_one(addr) ?: pin_ne1(addr);
}

/*
 * check-name: returns on ret <= 0, ret < 0 / ret == 0, ret != 1 are not leaks: quiet
 */
