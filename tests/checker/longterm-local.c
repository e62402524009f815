/*
 * Pages pinned without FOLL_LONGTERM but stored through a local pointer
 * into the object that outlives the call (videobuf2-style), still a
 * long-term pin.
 */
#include "linux-6.1/mm.h"

struct frame_vec {
	struct page **pages;
	unsigned int nr;
};

static int frames_get(struct frame_vec *vec, unsigned long start, unsigned int nr)
{
	struct page **pages;
	long ret;

	pages = kvmalloc_array(nr, sizeof(*pages), GFP_KERNEL);
	if (!pages)
		return -ENOMEM;
	mmap_read_lock(current->mm);
	ret = pin_user_pages(start, nr, FOLL_WRITE, pages, NULL);
	mmap_read_unlock(current->mm);
	if (ret <= 0) {
		kvfree(pages);
		return ret ? ret : -EFAULT;
	}
	vec->pages = pages;
	vec->nr = ret;
	return 0;
}

static void frames_put(struct frame_vec *vec)
{
	unpin_user_pages_dirty_lock(vec->pages, vec->nr, true);
	kvfree(vec->pages);
}

static struct frame_vec *current_frames;

int frames_ioctl_get(unsigned long start);
int frames_ioctl_get(unsigned long start)
{
	struct frame_vec *vec = kzalloc(sizeof(*vec), GFP_KERNEL);
	int ret;

	if (!vec)
		return -ENOMEM;
	ret = frames_get(vec, start, 4);
	if (ret) {
		kfree(vec);
		return ret;
	}
	current_frames = vec;
	return 0;
}

void frames_ioctl_put(void);
void frames_ioctl_put(void)
{
	frames_put(current_frames);
	kfree(current_frames);
}

/*
 * check-name: pin_user_pages() into a local array later stored in a struct, no FOLL_LONGTERM
 *
 * check-error-start
longterm-local.c:22:29: note: pin_user_pages() keeps pages in struct frame_vec.pages after frames_get() returns: add FOLL_LONGTERM to the flags [gup-longterm]
 * check-error-end
 */
