/*
 * iova_bitmap_alloc() shape (6.1): an object is allocated, the pages are
 * pinned into a member through a helper, and the object is given back
 * to a caller in another file, who frees it (and unpins) when done.  How
 * long the pin lasts is the caller's to say: no gup-longterm here.
 */
#include "linux-6.1/mm.h"

struct bitmap_map {
	struct page **pages;
	int npages;
};

struct bitmap {
	struct bitmap_map mapped;
	unsigned long uaddr;
};

static int bitmap_get(struct bitmap *bitmap)
{
	struct bitmap_map *mapped = &bitmap->mapped;
	int ret;

	ret = pin_user_pages_fast(bitmap->uaddr, 4, FOLL_WRITE,
				  mapped->pages);
	if (ret <= 0)
		return -EFAULT;
	mapped->npages = ret;
	return 0;
}

static void bitmap_put(struct bitmap *bitmap)
{
	struct bitmap_map *mapped = &bitmap->mapped;

	unpin_user_pages_dirty_lock(mapped->pages, mapped->npages, true);
}

struct bitmap *bitmap_alloc(unsigned long uaddr);
struct bitmap *bitmap_alloc(unsigned long uaddr)
{
	struct bitmap *bitmap = kzalloc(sizeof(*bitmap), GFP_KERNEL);

	if (!bitmap)
		return NULL;
	bitmap->uaddr = uaddr;
	if (bitmap_get(bitmap)) {
		kfree(bitmap);
		return NULL;
	}
	return bitmap;
}

void bitmap_free(struct bitmap *bitmap);
void bitmap_free(struct bitmap *bitmap)
{
	bitmap_put(bitmap);
	kfree(bitmap);
}

/* A helper called only with what a lookup returned: still a caller. */
struct bitmap *bitmap_lookup(unsigned long uaddr);

static int bitmap_refill(struct bitmap *bitmap)
{
	return bitmap_get(bitmap);
}

int bitmap_refresh(unsigned long uaddr);
int bitmap_refresh(unsigned long uaddr)
{
	return bitmap_refill(bitmap_lookup(uaddr));
}

/*
 * check-name: no gup-longterm for pages kept in an object given back to the caller
 */
