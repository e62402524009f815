/* SPDX-License-Identifier: GPL-2.0 */
/*
 * The GUP API of Linux 6.1 (include/linux/mm.h, include/linux/uio.h),
 * with the parameter names the kernel declares them with: FOLL_GET
 * references from get_user_pages*() go back with put_page(), FOLL_PIN
 * pins from pin_user_pages*() with unpin_user_page*().
 */
#ifndef FIXTURE_LINUX_6_1_MM_H
#define FIXTURE_LINUX_6_1_MM_H

#include "../linux-common.h"

#define FOLL_WRITE	0x01
#define FOLL_TOUCH	0x02
#define FOLL_GET	0x04
#define FOLL_DUMP	0x08
#define FOLL_FORCE	0x10
#define FOLL_NOWAIT	0x20
#define FOLL_NOFAULT	0x80
#define FOLL_REMOTE	0x2000
#define FOLL_ANON	0x8000
#define FOLL_LONGTERM	0x10000
#define FOLL_PIN	0x40000
#define FOLL_FAST_ONLY	0x80000

struct iov_iter { int iter_type; size_t count; };

void put_page(struct page *page);
void release_pages(struct page **pages, int nr);
bool set_page_dirty(struct page *page);
int set_page_dirty_lock(struct page *page);

long get_user_pages_remote(struct mm_struct *mm,
			   unsigned long start, unsigned long nr_pages,
			   unsigned int gup_flags, struct page **pages,
			   struct vm_area_struct **vmas, int *locked);
long pin_user_pages_remote(struct mm_struct *mm,
			   unsigned long start, unsigned long nr_pages,
			   unsigned int gup_flags, struct page **pages,
			   struct vm_area_struct **vmas, int *locked);
long get_user_pages(unsigned long start, unsigned long nr_pages,
		    unsigned int gup_flags, struct page **pages,
		    struct vm_area_struct **vmas);
long pin_user_pages(unsigned long start, unsigned long nr_pages,
		    unsigned int gup_flags, struct page **pages,
		    struct vm_area_struct **vmas);
long get_user_pages_unlocked(unsigned long start, unsigned long nr_pages,
			     struct page **pages, unsigned int gup_flags);
long pin_user_pages_unlocked(unsigned long start, unsigned long nr_pages,
			     struct page **pages, unsigned int gup_flags);
int get_user_pages_fast(unsigned long start, int nr_pages,
			unsigned int gup_flags, struct page **pages);
int pin_user_pages_fast(unsigned long start, int nr_pages,
			unsigned int gup_flags, struct page **pages);
int get_user_pages_fast_only(unsigned long start, int nr_pages,
			     unsigned int gup_flags, struct page **pages);
int pin_user_pages_fast_only(unsigned long start, int nr_pages,
			     unsigned int gup_flags, struct page **pages);
bool get_user_page_fast_only(unsigned long addr,
			     unsigned int gup_flags, struct page **pagep);

void unpin_user_page(struct page *page);
void unpin_user_pages_dirty_lock(struct page **pages, unsigned long npages,
				 bool make_dirty);
void unpin_user_page_range_dirty_lock(struct page *page, unsigned long npages,
				      bool make_dirty);
void unpin_user_pages(struct page **pages, unsigned long npages);

ssize_t iov_iter_get_pages2(struct iov_iter *i, struct page **pages,
			    size_t maxsize, unsigned maxpages, size_t *start);
ssize_t iov_iter_get_pages_alloc2(struct iov_iter *i, struct page ***pages,
				  size_t maxsize, size_t *start);

#endif
