/*
 * The 5.4 conversion done the early way: put_user_pages_dirty_lock()
 * when dirty, put_user_pages() otherwise.  Correct, nothing to say.
 */
#include "linux-5.4/mm.h"

struct vb_dma {
	struct page **pages;
	int nr_pages;
	int direction_from_device;
};

static void vb_dma_unmap(struct vb_dma *dma)
{
	if (dma->direction_from_device)
		put_user_pages_dirty_lock(dma->pages, dma->nr_pages, true);
	else
		put_user_pages(dma->pages, dma->nr_pages);
	kfree(dma->pages);
	dma->pages = NULL;
}

static int vb_dma_map(struct vb_dma *dma, unsigned long data, int nr_pages)
{
	unsigned int flags = dma->direction_from_device ? FOLL_WRITE : 0;
	long err;

	dma->pages = kmalloc_array(nr_pages, sizeof(struct page *), GFP_KERNEL);
	if (!dma->pages)
		return -ENOMEM;
	mmap_read_lock(current->mm);
	err = get_user_pages(data & PAGE_MASK, nr_pages, flags | FOLL_LONGTERM,
			     dma->pages, NULL);
	mmap_read_unlock(current->mm);
	if (err != nr_pages) {
		dma->nr_pages = (err >= 0) ? err : 0;
		return err < 0 ? err : -EINVAL;
	}
	dma->nr_pages = nr_pages;
	return 0;
}

int vb_test(struct vb_dma *dma, unsigned long data);
int vb_test(struct vb_dma *dma, unsigned long data)
{
	int err = vb_dma_map(dma, data, 4);

	vb_dma_unmap(dma);
	return err;
}

/*
 * check-name: 5.4: put_user_pages_dirty_lock() or put_user_pages() by direction: quiet
 */
