/* SPDX-License-Identifier: GPL-2.0 */
/*
 * The GUP API of Linux 4.4: get_user_pages() takes the task and mm and
 * a write/force pair instead of gup_flags; get_user_pages_fast() takes
 * write.  No dedicated release call.
 */
#ifndef FIXTURE_LINUX_4_4_MM_H
#define FIXTURE_LINUX_4_4_MM_H

#include "../linux-common.h"

void put_page(struct page *page);
void page_cache_release(struct page *page);
void release_pages(struct page **pages, int nr, bool cold);
int set_page_dirty(struct page *page);
int set_page_dirty_lock(struct page *page);

long get_user_pages(struct task_struct *tsk, struct mm_struct *mm,
		    unsigned long start, unsigned long nr_pages,
		    int write, int force, struct page **pages,
		    struct vm_area_struct **vmas);
long get_user_pages_unlocked(struct task_struct *tsk, struct mm_struct *mm,
			     unsigned long start, unsigned long nr_pages,
			     int write, int force, struct page **pages);
int get_user_pages_fast(unsigned long start, int nr_pages, int write,
			struct page **pages);

#endif
