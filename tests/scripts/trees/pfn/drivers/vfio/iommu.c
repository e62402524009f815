// SPDX-License-Identifier: GPL-2.0
/*
 * vfio_iommu_type1.c's shape (4.19): a static helper pins one page and
 * gives its caller only the pfn; the pfn goes to the IOMMU, and comes back
 * from it (or from the caller's error path) to put_pfn(), which turns it
 * into the page again to dirty and release it.  No data flow links the
 * IOMMU's pfns to the pin: the callers that pass the pfn the helper filled
 * to put_pfn() do.  The pin and put_pfn() convert together, as vfio did
 * in 5.8.
 */
#include <linux/mm.h>

#define IOMMU_WRITE	2

/* x86's memory map: pfn_to_page() and page_to_pfn() are arithmetic on it */
extern unsigned long vmemmap_base;
#define vmemmap		((struct page *)vmemmap_base)
#define pfn_to_page(pfn)	(vmemmap + (pfn))
#define page_to_pfn(page)	((unsigned long)((page) - vmemmap))

struct vfio_dma {
	unsigned long iova;
	unsigned long vaddr;
	int prot;
	long locked;
};

int iommu_map(unsigned long iova, unsigned long phys, long npage, int prot);
unsigned long iommu_unmap(unsigned long iova, long npage);
bool pfn_reserved(unsigned long pfn);
void SetPageDirty(struct page *page);
int vfio_pin_map_dma(struct vfio_dma *dma, long size, long limit);
void vfio_unmap_unpin(struct vfio_dma *dma, long npage);

static int put_pfn(unsigned long pfn, int prot)
{
	if (!pfn_reserved(pfn)) {
		struct page *page = pfn_to_page(pfn);

		if (prot & IOMMU_WRITE)
			SetPageDirty(page);
		put_page(page);
		return 1;
	}
	return 0;
}

static int vaddr_get_pfn(unsigned long vaddr, int prot, unsigned long *pfn)
{
	struct page *page[1];
	unsigned int flags = 0;
	int ret;

	if (prot & IOMMU_WRITE)
		flags |= FOLL_WRITE;
	ret = get_user_pages_fast(vaddr, 1, flags, page);
	if (ret == 1) {
		*pfn = page_to_pfn(page[0]);
		return 0;
	}
	return ret < 0 ? ret : -14;
}

static long vfio_pin_pages(struct vfio_dma *dma, unsigned long vaddr,
			   long npage, unsigned long *pfn_base, long limit)
{
	unsigned long pfn = 0;
	long ret, pinned = 0;

	ret = vaddr_get_pfn(vaddr, dma->prot, pfn_base);
	if (ret)
		return ret;
	if (dma->locked + 1 > limit) {
		put_pfn(*pfn_base, dma->prot);
		return -12;
	}
	for (pinned = 1; pinned < npage; pinned++) {
		ret = vaddr_get_pfn(vaddr + pinned * 4096, dma->prot, &pfn);
		if (ret)
			break;
		if (pfn != *pfn_base + pinned) {
			put_pfn(pfn, dma->prot);
			break;
		}
	}
	return pinned;
}

static long vfio_unpin_pages(struct vfio_dma *dma, unsigned long pfn,
			     long npage)
{
	long i, unlocked = 0;

	for (i = 0; i < npage; i++)
		unlocked += put_pfn(pfn++, dma->prot);
	return unlocked;
}

int vfio_pin_map_dma(struct vfio_dma *dma, long size, long limit)
{
	unsigned long pfn;
	long npage;
	int ret;

	npage = vfio_pin_pages(dma, dma->vaddr, size, &pfn, limit);
	if (npage <= 0)
		return npage ? npage : -12;
	ret = iommu_map(dma->iova, pfn << 12, npage, dma->prot);
	if (ret)
		vfio_unpin_pages(dma, pfn, npage);
	return ret;
}

void vfio_unmap_unpin(struct vfio_dma *dma, long npage)
{
	unsigned long phys = iommu_unmap(dma->iova, npage);

	vfio_unpin_pages(dma, phys >> 12, npage);
}
