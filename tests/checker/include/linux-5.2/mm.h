/* SPDX-License-Identifier: GPL-2.0 */
/*
 * The GUP API of Linux 5.2: gup_flags everywhere, FOLL_LONGTERM, but no
 * dedicated release call: put_page(), set_page_dirty[_lock]() and
 * release_pages() are the way back.
 */
#ifndef FIXTURE_LINUX_5_2_MM_H
#define FIXTURE_LINUX_5_2_MM_H

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
long get_user_pages_unlocked(unsigned long start, unsigned long nr_pages,
			     struct page **pages, unsigned int gup_flags);
int get_user_pages_fast(unsigned long start, int nr_pages,
			unsigned int gup_flags, struct page **pages);
int __get_user_pages_fast(unsigned long start, int nr_pages, int write,
			  struct page **pages);
long get_user_pages_locked(unsigned long start, unsigned long nr_pages,
			   unsigned int gup_flags, struct page **pages,
			   int *locked);

static inline void *ERR_PTR(long error)
{
	return (void *)error;
}

static inline bool IS_ERR(const void *ptr)
{
	return (unsigned long)ptr >= (unsigned long)-4095;
}

/* Container for pinned pfns / pages */
struct frame_vector {
	unsigned int nr_allocated;
	unsigned int nr_frames;
	bool got_ref;
	bool is_pfns;
	void *ptrs[];
};

int frame_vector_to_pages(struct frame_vector *vec);

static inline struct page **frame_vector_pages(struct frame_vector *vec)
{
	if (vec->is_pfns) {
		int err = frame_vector_to_pages(vec);

		if (err)
			return ERR_PTR(err);
	}
	return (struct page **)(vec->ptrs);
}

#endif
