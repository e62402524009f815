/*
 * pin_user_pages.rst case 3 in a 6.1 tree: the KVM shape.  The page is
 * kept as a pfn after the function returns and released later, and the
 * file registers for MMU notifier callbacks, which tear such mappings
 * down on invalidation: FOLL_GET is right and nothing is reported.
 */
#include "linux-6.1/mm.h"

struct vm {
	struct mmu_notifier *mn;
	struct mm_struct *mm;
};

static int hva_to_pfn(unsigned long addr, int write, unsigned long *pfn)
{
	struct page *page;
	int npages;

	npages = get_user_pages_unlocked(addr, 1, &page,
					 write ? FOLL_WRITE : 0);
	if (npages != 1)
		return -EFAULT;
	*pfn = page_to_pfn(page);
	return 0;
}

static void release_pfn(unsigned long pfn)
{
	put_page(pfn_to_page(pfn));
}

int vm_init(struct vm *vm);
int vm_init(struct vm *vm)
{
	return mmu_notifier_register(vm->mn, vm->mm);
}

int vm_map(unsigned long addr, unsigned long *pfn);
int vm_map(unsigned long addr, unsigned long *pfn)
{
	int ret = hva_to_pfn(addr, 1, pfn);

	if (!ret)
		release_pfn(*pfn);
	return ret;
}

/*
 * check-name: case 3: pfn kept in a file that registers MMU notifiers, put_page() stays
 */
