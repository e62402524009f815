/*
 * The error label unpins only while the request does not hold the pages
 * yet (the rio_mport_cdev shape): "if (!req->page_list)".  The member is
 * set exactly on the path that stored the pages, so each path releases
 * them once: no partial release, no leak, no double release.
 */
#include "linux-6.1/mm.h"

struct req {
	struct page **page_list;
	unsigned long nr_pages;
	struct sg_table sgt;
};

static void req_free(struct req *req)
{
	if (req->page_list) {
		unpin_user_pages(req->page_list, req->nr_pages);
		kfree(req->page_list);
	}
}

static int do_xfer(struct req *req, unsigned long addr, unsigned long nr_pages)
{
	struct page **page_list;
	long pinned;
	int ret;

	page_list = kmalloc_array(nr_pages, sizeof(*page_list), GFP_KERNEL);
	if (!page_list)
		return -ENOMEM;
	pinned = pin_user_pages_fast(addr, nr_pages, FOLL_WRITE, page_list);
	if (pinned != nr_pages) {
		nr_pages = pinned < 0 ? 0 : pinned;
		ret = -EFAULT;
		goto err_pg;
	}
	ret = sg_alloc_table_from_pages(&req->sgt, page_list, nr_pages, 0,
					nr_pages * PAGE_SIZE, GFP_KERNEL);
	if (ret)
		goto err_pg;
	req->page_list = page_list;
	req->nr_pages = nr_pages;
	return 0;
err_pg:
	if (!req->page_list) {
		unpin_user_pages(page_list, nr_pages);
		kfree(page_list);
	}
	return ret;
}

/* An ioctl handler, through a pointer: the request lives on after it. */
static int xfer_ioctl(struct req *req, unsigned long addr)
{
	return do_xfer(req, addr, 4);
}

extern int (*xfer_op)(struct req *req, unsigned long addr);
int (*xfer_op)(struct req *req, unsigned long addr) = xfer_ioctl;

void xfer_release(struct req *req);
void xfer_release(struct req *req)
{
	req_free(req);
}

/*
 * check-name: an error label guarded by the holder the pages are stored into
 *
 * check-error-start
pattern-stored-holder.c:18:33: note: pages pin_user_pages_fast() pinned for writing (line 32) are released without being marked dirty: use unpin_user_pages_dirty_lock(..., true) or set_page_dirty_lock() [gup-no-dirty]
pattern-stored-holder.c:32:37: note: pin_user_pages_fast() keeps pages in struct req.page_list after do_xfer() returns: add FOLL_LONGTERM to the flags [gup-longterm]
 * check-error-end
 */
