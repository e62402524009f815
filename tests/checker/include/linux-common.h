/* SPDX-License-Identifier: GPL-2.0 */
/*
 * What every API generation shares: types, allocation, page flags,
 * scatterlists, bios and bvecs, skbs, just enough for the fixtures.
 * The GUP calls themselves are in linux-<version>/mm.h.
 */
#ifndef FIXTURE_LINUX_COMMON_H
#define FIXTURE_LINUX_COMMON_H

typedef _Bool bool;
#define true 1
#define false 0
#define NULL ((void *)0)
typedef unsigned long size_t;
typedef long ssize_t;
typedef unsigned int gfp_t;
typedef unsigned long long u64;
typedef unsigned int u32;
typedef unsigned long long dma_addr_t;

#define GFP_KERNEL 0xcc0u
#define PAGE_SHIFT 12
#define PAGE_SIZE (1UL << PAGE_SHIFT)
#define PAGE_MASK (~(PAGE_SIZE - 1))
#define offset_in_page(p) ((unsigned long)(p) & ~PAGE_MASK)
#define DIV_ROUND_UP(n, d) (((n) + (d) - 1) / (d))
#define PAGE_ALIGN(a) (((a) + PAGE_SIZE - 1) & PAGE_MASK)
#define min(a, b) ((a) < (b) ? (a) : (b))
#define unlikely(x) __builtin_expect(!!(x), 0)
#define likely(x) __builtin_expect(!!(x), 1)
#ifdef __CHECKER__		/* as the kernel's compiler_types.h has it */
#define __user __attribute__((noderef, address_space(__user)))
#else
#define __user
#endif
#define ARRAY_SIZE(a) (sizeof(a) / sizeof((a)[0]))

#define EPERM 1
#define ENOENT 2
#define EINTR 4
#define EIO 5
#define ENOMEM 12
#define EFAULT 14
#define EBUSY 16
#define EINVAL 22
#define ENOSPC 28

struct page { unsigned long flags; };
struct mm_struct { int map_count; };
struct vm_area_struct { unsigned long vm_start, vm_end; };
struct task_struct { struct mm_struct *mm; };
struct mutex { int count; };
struct list_head { struct list_head *next, *prev; };

extern struct task_struct *get_current(void);
#define current get_current()

void *kmalloc(size_t size, gfp_t flags);
void *kzalloc(size_t size, gfp_t flags);
void *kcalloc(size_t n, size_t size, gfp_t flags);
void *kmalloc_array(size_t n, size_t size, gfp_t flags);
void *kvmalloc_array(size_t n, size_t size, gfp_t flags);
void *kvcalloc(size_t n, size_t size, gfp_t flags);
void kfree(const void *objp);

void __warn_printk(const char *fmt, ...);
#define WARN(condition, format...) ({				\
	int __ret_warn_on = !!(condition);			\
	if (__ret_warn_on)					\
		__warn_printk(format);				\
	__ret_warn_on;						\
})

struct completion {
	unsigned int done;
};
void wait_for_completion(struct completion *x);
void kvfree(const void *addr);
struct page *alloc_page(gfp_t gfp_mask);
void __free_page(struct page *page);
void __free_pages(struct page *page, unsigned int order);
unsigned long alloc_pages_bulk_array(gfp_t gfp, unsigned long nr_pages,
				     struct page **page_array);
void free_page(unsigned long addr);
unsigned long copy_from_user(void *to, const void __user *from, unsigned long n);
unsigned long copy_to_user(void __user *to, const void *from, unsigned long n);
void *memcpy(void *dest, const void *src, size_t n);
void *memset(void *s, int c, size_t n);

void get_page(struct page *page);
int PageReserved(struct page *page);
void SetPageDirty(struct page *page);
void lock_page(struct page *page);
void unlock_page(struct page *page);
void *kmap(struct page *page);
void kunmap(struct page *page);
void *kmap_local_page(struct page *page);
void kunmap_local(const void *addr);
void *page_address(const struct page *page);
void *kmap_atomic(struct page *page);
void kunmap_atomic(void *addr);
struct device;
enum dma_data_direction { DMA_BIDIRECTIONAL, DMA_TO_DEVICE, DMA_FROM_DEVICE };
dma_addr_t dma_map_page(struct device *dev, struct page *page, size_t offset,
			size_t size, enum dma_data_direction dir);
void dma_unmap_page(struct device *dev, dma_addr_t addr, size_t size,
		    enum dma_data_direction dir);
struct mmu_notifier;
int mmu_notifier_register(struct mmu_notifier *subscription,
			  struct mm_struct *mm);
int page_to_nid(const struct page *page);
unsigned long page_to_pfn(const struct page *page);
struct page *pfn_to_page(unsigned long pfn);
void flush_dcache_page(struct page *page);

void mmap_read_lock(struct mm_struct *mm);
void mmap_read_unlock(struct mm_struct *mm);
void mutex_lock(struct mutex *lock);
void mutex_unlock(struct mutex *lock);
int account_locked_vm(struct mm_struct *mm, unsigned long pages, bool inc);

/* scatterlist */
struct scatterlist {
	unsigned long page_link;
	unsigned int offset, length;
	dma_addr_t dma_address;
};
struct sg_table {
	struct scatterlist *sgl;
	unsigned int nents, orig_nents;
};
void sg_init_table(struct scatterlist *sgl, unsigned int nents);
void sg_set_page(struct scatterlist *sg, struct page *page,
		 unsigned int len, unsigned int offset);
struct page *sg_page(struct scatterlist *sg);
struct scatterlist *sg_next(struct scatterlist *sg);
int sg_alloc_table(struct sg_table *table, unsigned int nents, gfp_t gfp_mask);
void sg_free_table(struct sg_table *table);
int sg_alloc_table_from_pages(struct sg_table *sgt, struct page **pages,
			      unsigned int n_pages, unsigned int offset,
			      unsigned long size, gfp_t gfp_mask);
#define for_each_sg(sglist, sg, nr, __i)	\
	for (__i = 0, sg = (sglist); __i < (nr); __i++, sg = sg_next(sg))
#define for_each_sgtable_sg(sgt, sg, i)		\
	for_each_sg((sgt)->sgl, sg, (sgt)->orig_nents, i)

/* bio, bvec */
struct bio_vec {
	struct page *bv_page;
	unsigned int bv_len, bv_offset;
};
struct bio { struct bio_vec *bi_io_vec; unsigned short bi_vcnt; };
int bio_add_page(struct bio *bio, struct page *page, unsigned int len,
		 unsigned int off);
void bvec_set_page(struct bio_vec *bv, struct page *page, unsigned int len,
		   unsigned int offset);

/* skb */
struct sk_buff { unsigned int len, data_len, truesize; };
void skb_fill_page_desc(struct sk_buff *skb, int i, struct page *page,
			int off, int size);

#endif
