/*
 * A static helper pins into its caller's array and returns how many it
 * pinned (rds_pin_pages(), goldfish's pin helper, privcmd's lock_pages()
 * return the count or an errno): each call of it is an acquire that the
 * caller pairs with its own releases, in this unit as across units.
 */
#include "linux-6.1/mm.h"

static int buf_pin_pages(unsigned long user_addr, unsigned int nr_pages,
			 struct page **pages, int write)
{
	int ret;

	ret = pin_user_pages_fast(user_addr, nr_pages,
				  write ? FOLL_WRITE : 0, pages);
	if (ret >= 0 && ret < nr_pages) {
		unpin_user_pages(pages, ret);
		ret = -EFAULT;
	}
	return ret;
}

static void buf_put_pages(struct page **pages, int n, int dirty)
{
	int i;

	for (i = 0; i < n; i++) {
		if (dirty)
			set_page_dirty(pages[i]);
		unpin_user_page(pages[i]);
	}
}

int buf_read(unsigned long addr, unsigned int nr);
int buf_read(unsigned long addr, unsigned int nr)
{
	struct page **pages;
	int got;

	pages = kcalloc(nr, sizeof(*pages), GFP_KERNEL);
	if (!pages)
		return -ENOMEM;
	got = buf_pin_pages(addr, nr, pages, 1);
	if (got < 0) {
		kfree(pages);
		return got;
	}
	buf_put_pages(pages, got, 1);
	kfree(pages);
	return 0;
}

int buf_map(unsigned long addr, unsigned int nr, struct sg_table *sgt);
int buf_map(unsigned long addr, unsigned int nr, struct sg_table *sgt)
{
	struct page **pages;
	int got, ret;

	pages = kcalloc(nr, sizeof(*pages), GFP_KERNEL);
	if (!pages)
		return -ENOMEM;
	got = buf_pin_pages(addr, nr, pages, 0);
	if (got < 0) {
		ret = got;
		goto out;
	}
	ret = sg_alloc_table(sgt, got, GFP_KERNEL);
	if (ret)
		goto out;
	unpin_user_pages(pages, got);
out:
	kfree(pages);
	return ret;
}

/*
 * check-name: a static helper that pins for its caller is the caller's acquire
 *
 * check-error-start
pin-through-static-helper.c:29:39: warning: set_page_dirty() on a page from buf_pin_pages() (line 43) without the page lock: use set_page_dirty_lock() or unpin_user_pages_dirty_lock() [gup-dirty-unlocked]
pin-through-static-helper.c:72:14: error: kfree() frees the array of the pages buf_pin_pages() pinned at line 62, still pinned on the path through the branch at line 68 [gup-leak]
 * check-error-end
 */
