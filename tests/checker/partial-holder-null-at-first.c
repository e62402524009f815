/*
 * rio_mport_cdev.c's rio_dma_transfer() (4.19): the page array starts
 * NULL, is allocated, and pinned into; on a partial pin the error path
 * releases the nr_pages requested, not the count pinned.  The NULL it
 * started as says nothing of the pages: the bug is still found.
 */
#include "linux-6.1/mm.h"

struct dma_req {
	struct page **page_list;
};

int rio_dma_transfer(struct dma_req *req, unsigned long addr, long nr_pages);
int rio_dma_transfer(struct dma_req *req, unsigned long addr, long nr_pages)
{
	struct page **page_list = NULL;
	long pinned;
	int ret = 0, i;

	page_list = kmalloc_array(nr_pages, sizeof(*page_list), GFP_KERNEL);
	if (page_list == NULL)
		return -ENOMEM;
	pinned = get_user_pages_fast(addr, nr_pages, 0, page_list);
	if (pinned != nr_pages) {
		if (pinned < 0)
			nr_pages = 0;
		ret = -EFAULT;
		goto err_pg;
	}
	req->page_list = page_list;
	return 0;
err_pg:
	if (!req->page_list) {
		for (i = 0; i < nr_pages; i++)
			put_page(page_list[i]);
		kfree(page_list);
	}
	return ret;
}

/*
 * check-name: a holder NULL before the pin: a partial release is still found
 * check-command: gupcheck -Wno-gup-release -Iinclude $file
 *
 * check-error-start
partial-holder-null-at-first.c:35:33: error: releases the nr_pages pages requested from get_user_pages_fast() at line 23, which may have pinned fewer: use the count it returned [gup-partial]
 * check-error-end
 */
