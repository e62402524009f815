// SPDX-License-Identifier: GPL-2.0
/*
 * fgrab: a (made-up) PCI frame grabber that DMAs video frames straight
 * into user memory.  Written in the get_user_pages() + put_page() style
 * of older drivers, it holds the GUP release patterns gupcheck looks for:
 * each function below shows one of them.
 */
#include "kernel.h"

struct fgrab_dev;

/* The hardware side, elsewhere in the driver. */
int fgrab_hw_capture(struct fgrab_dev *fg, struct page **pages,
		     unsigned long nr_pages);
int fgrab_hw_queue(struct fgrab_dev *fg, struct page **pages,
		   unsigned long nr_pages);
u32 fgrab_hw_status(struct fgrab_dev *fg);
bool fgrab_hw_busy(struct fgrab_dev *fg);
int fgrab_hw_load_lut(struct fgrab_dev *fg, struct page *page);
void fgrab_hw_write_status(struct page *page, u32 status);

/* A capture buffer the application queued: kept until it is released. */
struct fgrab_buf {
	struct fgrab_dev *fg;
	unsigned long uaddr;
	unsigned long nr_pages;
	struct page **pages;
	bool dirty;
};

/* Entry points, called from the ioctl and streaming glue in fgrab-core.c. */
int fgrab_capture(struct fgrab_dev *fg, unsigned long uaddr, size_t len);
int fgrab_report_status(struct fgrab_dev *fg, unsigned long uaddr);
int fgrab_load_lut(struct fgrab_dev *fg, unsigned long uaddr);
int fgrab_buf_queue(struct fgrab_buf *buf);
void fgrab_buf_release(struct fgrab_buf *buf);
int fgrab_overlay(struct fgrab_dev *fg, unsigned long uaddr, unsigned long nr_pages,
		  struct page **pages);
int fgrab_snapshot(struct fgrab_dev *fg, unsigned long uaddr, unsigned long nr_pages,
		   struct page **pages);

/*
 * One-shot capture into a user buffer: the classic loop that marks the
 * pages dirty and drops them with put_page().
 */
int fgrab_capture(struct fgrab_dev *fg, unsigned long uaddr, size_t len)
{
	unsigned long nr_pages = DIV_ROUND_UP(offset_in_page(uaddr) + len, PAGE_SIZE);
	struct page **pages;
	int pinned, i, ret;

	pages = kcalloc(nr_pages, sizeof(*pages), GFP_KERNEL);
	if (!pages)
		return -ENOMEM;

	pinned = get_user_pages_fast(uaddr, nr_pages, FOLL_WRITE, pages);
	if (pinned < 0) {
		ret = pinned;
		goto out_free;
	}

	ret = fgrab_hw_capture(fg, pages, pinned);
	for (i = 0; i < pinned; i++) {
		if (!ret)
			set_page_dirty_lock(pages[i]);
		put_page(pages[i]);
	}
out_free:
	kfree(pages);
	return ret;
}

/*
 * Write the frame counter into a user status word.  The page is not
 * locked when it is dirtied.
 */
int fgrab_report_status(struct fgrab_dev *fg, unsigned long uaddr)
{
	struct page *page;
	long got;

	mmap_read_lock(current->mm);
	got = get_user_pages(uaddr, 1, FOLL_WRITE, &page, NULL);
	mmap_read_unlock(current->mm);
	if (got != 1)
		return got < 0 ? got : -EFAULT;

	fgrab_hw_write_status(page, fgrab_hw_status(fg));
	set_page_dirty(page);
	put_page(page);
	return 0;
}

/*
 * Load a gamma table from user memory.  The busy check jumps past the
 * put_page() and keeps the page for ever.
 */
int fgrab_load_lut(struct fgrab_dev *fg, unsigned long uaddr)
{
	struct page *page;
	int ret;

	if (get_user_pages_fast(uaddr, 1, 0, &page) != 1)
		return -EFAULT;

	ret = -EBUSY;
	if (fgrab_hw_busy(fg))
		goto out;
	ret = fgrab_hw_load_lut(fg, page);
	put_page(page);
out:
	return ret;
}

/*
 * Queue a buffer for streaming.  The pages stay with the buffer until
 * fgrab_buf_release().
 */
int fgrab_buf_queue(struct fgrab_buf *buf)
{
	long pinned;
	int ret;

	buf->pages = kcalloc(buf->nr_pages, sizeof(*buf->pages), GFP_KERNEL);
	if (!buf->pages)
		return -ENOMEM;

	pinned = get_user_pages_fast(buf->uaddr, buf->nr_pages, FOLL_WRITE, buf->pages);
	if (pinned < 0) {
		ret = pinned;
		goto err_free;
	}
	ret = -EFAULT;
	if (pinned != (long)buf->nr_pages)
		goto err_put;

	ret = fgrab_hw_queue(buf->fg, buf->pages, buf->nr_pages);
	if (ret)
		goto err_put;
	return 0;

err_put:
	release_pages(buf->pages, pinned);
err_free:
	kfree(buf->pages);
	buf->pages = NULL;
	return ret;
}

/* Give a streaming buffer back once the application dequeued it. */
void fgrab_buf_release(struct fgrab_buf *buf)
{
	unsigned long i;

	for (i = 0; i < buf->nr_pages; i++) {
		if (buf->dirty)
			set_page_dirty_lock(buf->pages[i]);
		put_page(buf->pages[i]);
	}
	kfree(buf->pages);
	buf->pages = NULL;
}

/*
 * Capture into a user overlay with FOLL_PIN pins, but release them as if
 * they were page references.
 */
int fgrab_overlay(struct fgrab_dev *fg, unsigned long uaddr, unsigned long nr_pages,
		  struct page **pages)
{
	long pinned, i;
	int ret;

	mmap_read_lock(current->mm);
	pinned = pin_user_pages(uaddr, nr_pages, FOLL_WRITE, pages, NULL);
	mmap_read_unlock(current->mm);
	if (pinned <= 0)
		return pinned ? pinned : -EFAULT;

	ret = fgrab_hw_capture(fg, pages, pinned);
	for (i = 0; i < pinned; i++)
		put_page(pages[i]);
	return ret;
}

/* A snapshot done right, for comparison: pinned, then unpinned dirty. */
int fgrab_snapshot(struct fgrab_dev *fg, unsigned long uaddr, unsigned long nr_pages,
		   struct page **pages)
{
	int pinned, ret;

	pinned = pin_user_pages_fast(uaddr, nr_pages, FOLL_WRITE, pages);
	if (pinned <= 0)
		return pinned ? pinned : -EFAULT;

	ret = fgrab_hw_capture(fg, pages, pinned);
	unpin_user_pages_dirty_lock(pages, pinned, !ret);
	return ret;
}
