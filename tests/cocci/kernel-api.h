/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Just enough of the kernel API for the fixtures and their expected
 * results to pass gcc -fsyntax-only: the GUP calls of both API
 * generations and the page calls around them.
 */
#include <stdbool.h>
#include <stddef.h>
#include <sys/types.h>

#define EFAULT 14
#define ENOMEM 12
#define EBUSY 16
#define EINVAL 22
#define EHWPOISON 133
#define FOLL_WRITE 0x01
#define FOLL_FORCE 0x10
#define FOLL_HWPOISON 0x100
#define FOLL_LONGTERM 0x10000
#define GFP_KERNEL 0

struct page;
struct folio;
struct mm_struct;
struct task_struct;
struct vm_area_struct;
struct iov_iter;
struct scatterlist { unsigned int length; };
struct sg_table { struct scatterlist *sgl; unsigned int nents; };
struct sg_page_iter { struct scatterlist *sg; };
struct frame_vector {
	unsigned int nr_allocated, nr_frames;
	bool got_ref, is_pfns;
	void *ptrs[];
};
enum dma_data_direction { DMA_BIDIRECTIONAL, DMA_TO_DEVICE, DMA_FROM_DEVICE };
struct bio;
typedef struct { int slock; } spinlock_t;
void spin_lock(spinlock_t *lock);
void spin_unlock(spinlock_t *lock);

long get_user_pages(unsigned long start, unsigned long nr_pages,
		    unsigned int gup_flags, struct page **pages,
		    struct vm_area_struct **vmas);
int get_user_pages_fast(unsigned long start, int nr_pages,
			unsigned int gup_flags, struct page **pages);
int get_user_pages_fast_only(unsigned long start, int nr_pages,
			     unsigned int gup_flags, struct page **pages);
bool get_user_page_fast_only(unsigned long addr, unsigned int gup_flags,
			     struct page **pagep);
/* (mm, start, ...) since 5.9, (tsk, mm, start, ...) in 4.6-5.8 */
long get_user_pages_remote(void *tsk_or_mm, ...);
long get_user_pages_unlocked(unsigned long start, unsigned long nr_pages,
			     struct page **pages, unsigned int gup_flags);
long get_user_pages_locked(unsigned long start, unsigned long nr_pages,
			   unsigned int gup_flags, struct page **pages,
			   int *locked);
long get_user_pages_longterm(unsigned long start, unsigned long nr_pages,
			     unsigned int gup_flags, struct page **pages,
			     struct vm_area_struct **vmas);
int __get_user_pages_fast(unsigned long start, int nr_pages, int write,
			  struct page **pages);
ssize_t iov_iter_get_pages2(struct iov_iter *i, struct page **pages,
			    size_t maxsize, unsigned int maxpages,
			    size_t *start);

long pin_user_pages(unsigned long start, unsigned long nr_pages,
		    unsigned int gup_flags, struct page **pages,
		    struct vm_area_struct **vmas);
int pin_user_pages_fast(unsigned long start, int nr_pages,
			unsigned int gup_flags, struct page **pages);
int pin_user_pages_fast_only(unsigned long start, int nr_pages,
			     unsigned int gup_flags, struct page **pages);
long pin_user_pages_remote(void *tsk_or_mm, ...);	/* as above, 5.6-5.8 */
long pin_user_pages_unlocked(unsigned long start, unsigned long nr_pages,
			     struct page **pages, unsigned int gup_flags);
long pin_user_pages_locked(unsigned long start, unsigned long nr_pages,
			   unsigned int gup_flags, struct page **pages,
			   int *locked);

void put_page(struct page *page);
void get_page(struct page *page);
void release_pages(struct page **pages, int nr);
int set_page_dirty(struct page *page);
int set_page_dirty_lock(struct page *page);
void SetPageDirty(struct page *page);
int PageReserved(struct page *page);
unsigned long page_to_pfn(struct page *page);
struct page *pfn_to_page(unsigned long pfn);
struct folio *page_folio(struct page *page);
void folio_put(struct folio *folio);
struct page *alloc_page(int gfp);
void *kmap(struct page *page);
void memcpy_to_page(struct page *page, unsigned int offset, const char *from,
		    unsigned int len);
void kunmap(struct page *page);
void *kcalloc(size_t n, size_t size, int gfp);
void kfree(const void *p);
void __free_pages(struct page *page, unsigned int order);
void sg_set_page(struct scatterlist *sg, struct page *page,
		 unsigned int len, unsigned int offset);
struct page *sg_page(struct scatterlist *sg);
struct scatterlist *sg_next(struct scatterlist *sg);
int sg_alloc_table(struct sg_table *table, unsigned int nents, int gfp);
int map_slot(struct scatterlist *sg);
int __sg_page_iter_next(struct sg_page_iter *piter);
struct page *sg_page_iter_page(struct sg_page_iter *piter);
#define for_each_sg(sglist, sg, nr, __i) \
	for (__i = 0, sg = (sglist); __i < (nr); __i++, sg = sg_next(sg))
#define for_each_sg_page(sglist, piter, nents, pgoffset) \
	for ((piter)->sg = (sglist); __sg_page_iter_next(piter);)
int sg_alloc_table_from_pages(struct sg_table *sgt, struct page **pages,
			      unsigned int n_pages, unsigned int offset,
			      unsigned long size, int gfp);
void sg_free_table(struct sg_table *sgt);
struct page **frame_vector_pages(struct frame_vector *vec);

/* 5.3-5.5, with the early forms of 5.3 */
void put_user_page(struct page *page);
void put_user_pages(struct page **pages, unsigned long npages);
void put_user_pages_dirty(struct page **pages, unsigned long npages);
void put_user_pages_dirty_lock(struct page **pages, unsigned long npages,
			       ...);

/* 5.6+ */
void unpin_user_page(struct page *page);
void unpin_user_pages(struct page **pages, unsigned long npages);
void unpin_user_pages_dirty_lock(struct page **pages, unsigned long npages,
				 bool make_dirty);
