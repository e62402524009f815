/* SPDX-License-Identifier: GPL-2.0 */
/*
 * The GUP API of Linux 5.4: get_user_pages*() and the placeholder
 * put_user_page*() release calls (5.3-5.5), no FOLL_PIN yet.
 * get_user_pages_remote() still takes the task.
 */
#ifndef FIXTURE_LINUX_5_4_MM_H
#define FIXTURE_LINUX_5_4_MM_H

#include "../linux-common.h"

#define FOLL_WRITE	0x01
#define FOLL_TOUCH	0x02
#define FOLL_GET	0x04
#define FOLL_FORCE	0x10
#define FOLL_NOWAIT	0x20
#define FOLL_REMOTE	0x2000
#define FOLL_LONGTERM	0x10000

void put_page(struct page *page);
void release_pages(struct page **pages, int nr);
int set_page_dirty(struct page *page);
int set_page_dirty_lock(struct page *page);

long get_user_pages_remote(struct task_struct *tsk, struct mm_struct *mm,
			   unsigned long start, unsigned long nr_pages,
			   unsigned int gup_flags, struct page **pages,
			   struct vm_area_struct **vmas, int *locked);
long get_user_pages(unsigned long start, unsigned long nr_pages,
		    unsigned int gup_flags, struct page **pages,
		    struct vm_area_struct **vmas);
long get_user_pages_locked(unsigned long start, unsigned long nr_pages,
			   unsigned int gup_flags, struct page **pages,
			   int *locked);
long get_user_pages_unlocked(unsigned long start, unsigned long nr_pages,
			     struct page **pages, unsigned int gup_flags);
int get_user_pages_fast(unsigned long start, int nr_pages,
			unsigned int gup_flags, struct page **pages);

void put_user_page(struct page *page);
void put_user_pages_dirty_lock(struct page **pages, unsigned long npages,
			       bool make_dirty);
void put_user_pages(struct page **pages, unsigned long npages);

#endif
