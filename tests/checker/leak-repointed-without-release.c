/*
 * The same shape with the branch's put_page() forgotten: re-pointing
 * the local at the writable page loses the first one.
 */
#include "linux-6.1/mm.h"

struct kvm {
	struct mmu_notifier *mn;
	struct mm_struct *mm;
};

static int hva_to_pfn_slow(unsigned long addr, bool write_fault,
			   bool *writable, unsigned long *pfn)
{
	unsigned int flags = 0;
	struct page *page;
	int npages;

	if (writable)
		*writable = write_fault;
	if (write_fault)
		flags |= FOLL_WRITE;
	npages = get_user_pages_unlocked(addr, 1, &page, flags);
	if (npages != 1)
		return npages;
	if (!write_fault && writable) {
		struct page *wpage;

		if (get_user_page_fast_only(addr, FOLL_WRITE, &wpage)) {
			*writable = true;
			page = wpage;
		}
	}
	*pfn = page_to_pfn(page);
	return npages;
}

int kvm_init_mmu_notifier(struct kvm *kvm);
int kvm_init_mmu_notifier(struct kvm *kvm)
{
	return mmu_notifier_register(kvm->mn, kvm->mm);
}

int kvm_hva_to_pfn(unsigned long addr, bool write, unsigned long *pfn);
int kvm_hva_to_pfn(unsigned long addr, bool write, unsigned long *pfn)
{
	bool writable;

	return hva_to_pfn_slow(addr, write, &writable, pfn);
}

/*
 * check-name: a local re-pointed without releasing its page: the first page leaks
 *
 * check-error-start
leak-repointed-without-release.c:35:9: error: pages pinned by get_user_pages_unlocked() at line 23 are not released on the path through the branch at line 26 [gup-leak]
 * check-error-end
 */
