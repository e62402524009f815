/*
 * longterm.c fixed: a long-lived registration pins with FOLL_LONGTERM.
 */
#include "linux-6.1/mm.h"

struct reg_buf {
	struct page **pages;
	unsigned long num_pages;
};

static int buf_register(struct reg_buf *rb, unsigned long start,
			unsigned long num_pages)
{
	int rc;

	rb->pages = kcalloc(num_pages, sizeof(*rb->pages), GFP_KERNEL);
	if (!rb->pages)
		return -ENOMEM;
	rc = pin_user_pages_fast(start, num_pages, FOLL_WRITE | FOLL_LONGTERM,
				 rb->pages);
	if (rc > 0)
		rb->num_pages = rc;
	if (rc != num_pages) {
		if (rc > 0)
			unpin_user_pages(rb->pages, rc);
		kfree(rb->pages);
		return rc < 0 ? rc : -ENOMEM;
	}
	return 0;
}

static void buf_unregister(struct reg_buf *rb)
{
	unpin_user_pages_dirty_lock(rb->pages, rb->num_pages, true);
	kfree(rb->pages);
}

int buf_test(struct reg_buf *rb, unsigned long start);
int buf_test(struct reg_buf *rb, unsigned long start)
{
	int rc = buf_register(rb, start, 4);

	if (!rc)
		buf_unregister(rb);
	return rc;
}

/*
 * check-name: long-lived registration pinned with FOLL_LONGTERM: quiet
 */
