/* SPDX-License-Identifier: GPL-2.0 */
/*
 * The slice of Linux 6.1's headers that gup_demo.c needs, so that the demo
 * runs without a kernel tree: basic types, the allocator, the mmap lock
 * and the GUP API with the prototypes and parameter names of
 * include/linux/mm.h.  gupcheck reads these prototypes: declaring
 * unpin_user_page() tells it this tree has the FOLL_PIN release API.
 */
#ifndef _DEMO_KERNEL_H
#define _DEMO_KERNEL_H

#define NULL ((void *)0)
typedef unsigned long size_t;
typedef _Bool bool;
enum { false = 0, true = 1 };
typedef unsigned int u32;
typedef unsigned int gfp_t;

#define ENOMEM		12
#define EFAULT		14
#define EBUSY		16
#define EINVAL		22

#define PAGE_SHIFT	12
#define PAGE_SIZE	(1UL << PAGE_SHIFT)
#define PAGE_MASK	(~(PAGE_SIZE - 1))
#define offset_in_page(p)	((unsigned long)(p) & ~PAGE_MASK)
#define DIV_ROUND_UP(n, d)	(((n) + (d) - 1) / (d))

#define GFP_KERNEL	0xcc0u
void *kcalloc(size_t n, size_t size, gfp_t flags);
void *kzalloc(size_t size, gfp_t flags);
void kfree(const void *objp);

struct page;
struct vm_area_struct;
struct mm_struct;
struct task_struct {
	struct mm_struct *mm;
};
struct task_struct *get_current(void);
#define current get_current()
void mmap_read_lock(struct mm_struct *mm);
void mmap_read_unlock(struct mm_struct *mm);

/* include/linux/mm.h */
#define FOLL_WRITE	0x01	/* check pte is writable */
#define FOLL_TOUCH	0x02	/* mark page accessed */
#define FOLL_GET	0x04	/* do get_page on page */
#define FOLL_FORCE	0x10	/* get_user_pages read/write w/o permission */
#define FOLL_LONGTERM	0x10000	/* mapping lifetime is indefinite */

void put_page(struct page *page);
void release_pages(struct page **pages, int nr);
bool set_page_dirty(struct page *page);
int set_page_dirty_lock(struct page *page);

long get_user_pages(unsigned long start, unsigned long nr_pages,
		    unsigned int gup_flags, struct page **pages,
		    struct vm_area_struct **vmas);
long pin_user_pages(unsigned long start, unsigned long nr_pages,
		    unsigned int gup_flags, struct page **pages,
		    struct vm_area_struct **vmas);
int get_user_pages_fast(unsigned long start, int nr_pages,
			unsigned int gup_flags, struct page **pages);
int pin_user_pages_fast(unsigned long start, int nr_pages,
			unsigned int gup_flags, struct page **pages);

void unpin_user_page(struct page *page);
void unpin_user_pages(struct page **pages, unsigned long npages);
void unpin_user_pages_dirty_lock(struct page **pages, unsigned long npages,
				 bool make_dirty);

#endif /* _DEMO_KERNEL_H */
