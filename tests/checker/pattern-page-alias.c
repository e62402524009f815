/*
 * Release through a local copy, page = pages[i], with a PageReserved()
 * test (old media/videobuf shape) left in a 6.1 tree on
 * get_user_pages() pages.
 */
#include "linux-6.1/mm.h"

struct vbuf {
	struct page **pages;
	int nr_pages;
	bool dirty;
};

static void vbuf_release(struct vbuf *vb)
{
	int i;

	for (i = 0; i < vb->nr_pages; i++) {
		struct page *page = vb->pages[i];

		if (vb->dirty && !PageReserved(page))
			set_page_dirty_lock(page);
		put_page(page);
	}
	kfree(vb->pages);
}

static int vbuf_init_user(struct vbuf *vb, unsigned long data, int nr_pages)
{
	long err;

	vb->pages = kmalloc_array(nr_pages, sizeof(*vb->pages), GFP_KERNEL);
	if (!vb->pages)
		return -ENOMEM;
	mmap_read_lock(current->mm);
	err = get_user_pages(data & PAGE_MASK, nr_pages, FOLL_WRITE | FOLL_LONGTERM,
			     vb->pages, NULL);
	mmap_read_unlock(current->mm);
	if (err < 0) {
		kfree(vb->pages);
		return err;
	}
	vb->nr_pages = err;
	return 0;
}

int vbuf_test(struct vbuf *vb, unsigned long data);
int vbuf_test(struct vbuf *vb, unsigned long data)
{
	int err = vbuf_init_user(vb, data, 4);

	if (!err)
		vbuf_release(vb);
	return err;
}

/*
 * check-name: 6.1: put_page() through page = vb->pages[i] in the release function
 *
 * check-error-start
pattern-page-alias.c:23:25: warning: put_page() on pages from get_user_pages() (line 36; pin_user_pages.rst case 2: kept long-term for a device): pin them with pin_user_pages() and release with unpin_user_pages_dirty_lock() [gup-release]
 * check-error-end
 */
