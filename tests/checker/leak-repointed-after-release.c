/*
 * KVM's hva_to_pfn_slow() (6.1): a read fault pins the page, then tries
 * for a writable one; when it gets it, the branch releases the first and
 * re-points the local at the second.  After the branch the local holds
 * either page, and its pfn goes to the caller: neither leaks.  The file
 * listens to MMU notifiers (pin_user_pages.rst case 3): nothing to say.
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
			put_page(page);
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
 * check-name: a local re-pointed on a branch that released its page: both pages go to the caller
 */
