/*
 * Loops that give each pinned page away, one a turn, to code that keeps
 * it: KVM's direct_pte_prefetch_many() (4.19) hands each page's pfn to
 * the unit's mmu_set_spte(), which releases it, and block/bio.c's
 * __bio_iov_iter_get_pages() (4.19) walks the pages backwards into the
 * bio's vectors.  A loop counting up to what the pin returned stores all
 * the pages, also on the path where it would run zero times: no leak.
 */
#include "linux-6.1/mm.h"

struct kvm_vcpu {
	unsigned long *spt;
};

struct vec {
	struct page *bv_page;
	unsigned int bv_len;
};

struct io {
	struct vec *io_vec;
	unsigned short vcnt;
};

void kvm_release_pfn_clean(unsigned long pfn);

static void mmu_set_spte(struct kvm_vcpu *vcpu, unsigned long *sptep,
			 unsigned long pfn)
{
	*sptep = pfn << 12;
	kvm_release_pfn_clean(pfn);
}

int direct_pte_prefetch_many(struct kvm_vcpu *vcpu, unsigned long addr,
			     int n, int start);
int direct_pte_prefetch_many(struct kvm_vcpu *vcpu, unsigned long addr,
			     int n, int start)
{
	struct page *pages[8];
	int i, ret;

	ret = get_user_pages_fast(addr, n, 0, pages);
	if (ret <= 0)
		return -1;
	for (i = 0; i < ret; i++, start++)
		mmu_set_spte(vcpu, &vcpu->spt[start], page_to_pfn(pages[i]));
	return 0;
}

int io_get_pages(struct io *io, unsigned long addr, int n);
int io_get_pages(struct io *io, unsigned long addr, int n)
{
	struct vec *bv = io->io_vec + io->vcnt;
	struct page *pages[16];
	unsigned short idx;
	int got;

	got = get_user_pages_fast(addr, n, 0, pages);
	if (got <= 0)
		return got ? got : -EFAULT;
	idx = got;
	io->vcnt += got;
	while (idx--) {
		bv[idx].bv_page = pages[idx];
		bv[idx].bv_len = 4096;
	}
	return 0;
}

/*
 * check-name: loops giving each page away, also when they would run zero times: no leak
 */
