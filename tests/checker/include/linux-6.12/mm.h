/* SPDX-License-Identifier: GPL-2.0 */
/*
 * The GUP API of Linux 6.12 (include/linux/mm.h, mm_types.h, uio.h,
 * bio.h, media/frame_vector.h), with the parameter names the kernel
 * declares them with.  Since 6.3 the FOLL_* flags are an enum with new
 * values, 6.5 dropped the vmas argument, pin_user_pages_fast_only() is
 * gone; iov_iter_extract_pages() pins user memory (FOLL_PIN) and takes
 * no reference on other iterators; memfd_pin_folios() pins folios.
 */
#ifndef FIXTURE_LINUX_6_12_MM_H
#define FIXTURE_LINUX_6_12_MM_H

#include "../linux-common.h"

typedef long long loff_t;
typedef unsigned long pgoff_t;
typedef unsigned int iov_iter_extraction_t;

struct folio { struct page page; };
struct file { int f_flags; };

enum {
	FOLL_WRITE = 1 << 0,
	FOLL_GET = 1 << 1,
	FOLL_DUMP = 1 << 2,
	FOLL_FORCE = 1 << 3,
	FOLL_NOWAIT = 1 << 4,
	FOLL_NOFAULT = 1 << 5,
	FOLL_HWPOISON = 1 << 6,
	FOLL_ANON = 1 << 7,
	FOLL_LONGTERM = 1 << 8,
	FOLL_SPLIT_PMD = 1 << 9,
	FOLL_PCI_P2PDMA = 1 << 10,
	FOLL_INTERRUPTIBLE = 1 << 11,
	FOLL_HONOR_NUMA_FAULT = 1 << 12,
};

/* the internal flags of mm/internal.h */
enum {
	FOLL_TOUCH = 1 << 16,
	FOLL_TRIED = 1 << 17,
	FOLL_REMOTE = 1 << 18,
	FOLL_PIN = 1 << 19,
	FOLL_FAST_ONLY = 1 << 20,
	FOLL_UNLOCKABLE = 1 << 21,
	FOLL_MADV_POPULATE = 1 << 22,
};

/* include/linux/err.h */
static inline bool IS_ERR(const void *ptr)
{
	return (unsigned long)ptr >= (unsigned long)-4095;
}

static inline long PTR_ERR(const void *ptr)
{
	return (long)ptr;
}

struct iov_iter { unsigned char iter_type; bool user_backed; size_t count; };

void put_page(struct page *page);
void folio_put(struct folio *folio);
void release_pages(struct page **pages, int nr);
bool set_page_dirty(struct page *page);
int set_page_dirty_lock(struct page *page);
unsigned long _compound_head(const struct page *page);
#define page_folio(p)		(_Generic((p),				\
	const struct page *:	(const struct folio *)_compound_head(p), \
	struct page *:		(struct folio *)_compound_head(p)))

void unpin_user_page(struct page *page);
void unpin_folio(struct folio *folio);
void unpin_user_pages_dirty_lock(struct page **pages, unsigned long npages,
				 bool make_dirty);
void unpin_user_page_range_dirty_lock(struct page *page, unsigned long npages,
				      bool make_dirty);
void unpin_user_pages(struct page **pages, unsigned long npages);
void unpin_user_folio(struct folio *folio, unsigned long npages);
void unpin_folios(struct folio **folios, unsigned long nfolios);

long get_user_pages_remote(struct mm_struct *mm,
			   unsigned long start, unsigned long nr_pages,
			   unsigned int gup_flags, struct page **pages,
			   int *locked);
long pin_user_pages_remote(struct mm_struct *mm,
			   unsigned long start, unsigned long nr_pages,
			   unsigned int gup_flags, struct page **pages,
			   int *locked);
struct page *get_user_page_vma_remote(struct mm_struct *mm,
				      unsigned long addr, int gup_flags,
				      struct vm_area_struct **vmap);
long get_user_pages(unsigned long start, unsigned long nr_pages,
		    unsigned int gup_flags, struct page **pages);
long pin_user_pages(unsigned long start, unsigned long nr_pages,
		    unsigned int gup_flags, struct page **pages);
long get_user_pages_unlocked(unsigned long start, unsigned long nr_pages,
			     struct page **pages, unsigned int gup_flags);
long pin_user_pages_unlocked(unsigned long start, unsigned long nr_pages,
			     struct page **pages, unsigned int gup_flags);
long memfd_pin_folios(struct file *memfd, loff_t start, loff_t end,
		      struct folio **folios, unsigned int max_folios,
		      pgoff_t *offset);
int get_user_pages_fast(unsigned long start, int nr_pages,
			unsigned int gup_flags, struct page **pages);
int pin_user_pages_fast(unsigned long start, int nr_pages,
			unsigned int gup_flags, struct page **pages);
int get_user_pages_fast_only(unsigned long start, int nr_pages,
			     unsigned int gup_flags, struct page **pages);
bool get_user_page_fast_only(unsigned long addr,
			     unsigned int gup_flags, struct page **pagep);

ssize_t iov_iter_get_pages2(struct iov_iter *i, struct page **pages,
			    size_t maxsize, unsigned maxpages, size_t *start);
ssize_t iov_iter_get_pages_alloc2(struct iov_iter *i, struct page ***pages,
				  size_t maxsize, size_t *start);
ssize_t iov_iter_extract_pages(struct iov_iter *i, struct page ***pages,
			       size_t maxsize, unsigned int maxpages,
			       iov_iter_extraction_t extraction_flags,
			       size_t *offset0);

static inline bool user_backed_iter(const struct iov_iter *i)
{
	return i->user_backed;
}

static inline bool iov_iter_extract_will_pin(const struct iov_iter *iter)
{
	return user_backed_iter(iter);
}

/* block/bio.c, include/linux/bio.h */
int bio_iov_iter_get_pages(struct bio *bio, struct iov_iter *iter);
void bio_release_pages(struct bio *bio, bool mark_dirty);
void submit_bio(struct bio *bio);
int submit_bio_wait(struct bio *bio);

/* include/media/frame_vector.h */
struct frame_vector {
	unsigned int nr_allocated, nr_frames;
	bool got_ref, is_pfns;
	void *ptrs[];
};
struct frame_vector *frame_vector_create(unsigned int nr_frames);
void frame_vector_destroy(struct frame_vector *vec);
int get_vaddr_frames(unsigned long start, unsigned int nr_pfns,
		     bool write, struct frame_vector *vec);
void put_vaddr_frames(struct frame_vector *vec);

#endif
