/*
 * The count test inside WARN_ON(), a statement expression whose value is
 * a local set from the test (the iommufd selftest shape): the early
 * return is the failed pin's, not a leak.
 */
#include "linux-6.1/mm.h"

void __warn(void);
#define WARN_ON(condition) ({					\
	int __ret_warn_on = !!(condition);			\
	if (unlikely(__ret_warn_on))				\
		__warn();					\
	unlikely(__ret_warn_on);				\
})

static int touch_one(unsigned long addr, unsigned long *pfn)
{
	struct page *page;
	int rc;

	rc = get_user_pages_fast(addr, 1, 0, &page);
	if (WARN_ON(rc != 1))
		return -EFAULT;
	*pfn = page_to_pfn(page);
	put_page(page);
	return 0;
}

int touch_test(unsigned long addr, unsigned long *pfn);
int touch_test(unsigned long addr, unsigned long *pfn)
{
	return touch_one(addr, pfn);
}

/*
 * check-name: a pin's count tested inside WARN_ON(): no leak on the failed branch
 */
