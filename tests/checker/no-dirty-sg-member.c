/*
 * etnaviv userptr shape (6.1): pages pinned for writing into a member,
 * mapped for the GPU through an sg table in another function, and
 * unpinned at release without being marked dirty.  The sg table only
 * points at the pages; the release is still the member's owner's, and
 * it is where the dirty mark is missing.
 */
#include "linux-6.1/mm.h"

struct gem_obj {
	struct page **pages;
	struct sg_table sgt;
	unsigned long npages;
};

static int userptr_get_pages(struct gem_obj *obj, unsigned long ptr)
{
	struct page **pvec;
	int ret;

	pvec = kvmalloc_array(obj->npages, sizeof(*pvec), GFP_KERNEL);
	if (!pvec)
		return -ENOMEM;
	ret = pin_user_pages_fast(ptr, obj->npages,
				  FOLL_WRITE | FOLL_LONGTERM, pvec);
	if (ret != obj->npages) {
		if (ret > 0)
			unpin_user_pages(pvec, ret);
		kvfree(pvec);
		return -EFAULT;
	}
	obj->pages = pvec;
	return 0;
}

static int gem_map(struct gem_obj *obj)
{
	return sg_alloc_table_from_pages(&obj->sgt, obj->pages, obj->npages, 0,
					 obj->npages << PAGE_SHIFT, GFP_KERNEL);
}

static void userptr_release(struct gem_obj *obj)
{
	sg_free_table(&obj->sgt);
	unpin_user_pages(obj->pages, obj->npages);
	kvfree(obj->pages);
}

int gem_test(struct gem_obj *obj, unsigned long ptr);
int gem_test(struct gem_obj *obj, unsigned long ptr)
{
	int ret = userptr_get_pages(obj, ptr);

	if (ret)
		return ret;
	ret = gem_map(obj);
	userptr_release(obj);
	return ret;
}

/*
 * check-name: gup-no-dirty at the member's release, whatever sg table points at the pages
 *
 * check-error-start
no-dirty-sg-member.c:45:25: note: pages pin_user_pages_fast() pinned for writing (line 24) are released without being marked dirty: use unpin_user_pages_dirty_lock(..., true) or set_page_dirty_lock() [gup-no-dirty]
 * check-error-end
 */
