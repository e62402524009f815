/*
 * Pages pinned at registration time and kept in the device's struct
 * until unregistration (tee shm / xen privcmd shape), without
 * FOLL_LONGTERM: they may sit in CMA/ZONE_MOVABLE or be DAX.
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
	rc = pin_user_pages_fast(start, num_pages, FOLL_WRITE, rb->pages);
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

static struct reg_buf *registered;

int buf_ioctl_register(unsigned long start);
int buf_ioctl_register(unsigned long start)
{
	struct reg_buf *rb = kzalloc(sizeof(*rb), GFP_KERNEL);
	int rc;

	if (!rb)
		return -ENOMEM;
	rc = buf_register(rb, start, 4);
	if (rc) {
		kfree(rb);
		return rc;
	}
	registered = rb;	/* until buf_ioctl_unregister() */
	return 0;
}

void buf_ioctl_unregister(void);
void buf_ioctl_unregister(void)
{
	buf_unregister(registered);
	kfree(registered);
	registered = NULL;
}

/*
 * check-name: pin_user_pages_fast() into a struct member kept until unregister, no FOLL_LONGTERM
 *
 * check-error-start
longterm.c:21:33: note: pin_user_pages_fast() keeps pages in struct reg_buf.pages after buf_register() returns: add FOLL_LONGTERM to the flags [gup-longterm]
 * check-error-end
 */
