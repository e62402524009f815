/*
 * videobuf2's shape: get_vaddr_frames() pins into a frame vector,
 * put_vaddr_frames() gives them back; the vector is released twice on
 * the "fewer than asked" path.
 */
#include "linux-6.12/mm.h"

static struct frame_vector *vb_create_framevec(unsigned long start,
					       unsigned int nr, bool write)
{
	struct frame_vector *vec;
	int ret;

	vec = frame_vector_create(nr);
	if (!vec)
		return NULL;
	ret = get_vaddr_frames(start, nr, write, vec);
	if (ret < 0)
		goto out_destroy;
	if (ret != nr) {
		put_vaddr_frames(vec);
		goto out_release;
	}
	return vec;
out_release:
	put_vaddr_frames(vec);
out_destroy:
	frame_vector_destroy(vec);
	return NULL;
}

struct frame_vector *vb_test(unsigned long start);
struct frame_vector *vb_test(unsigned long start)
{
	return vb_create_framevec(start, 4, true);
}

/*
 * check-name: get_vaddr_frames() frame vector released twice
 *
 * check-error-start
frame-vector.c:26:25: error: pages from get_vaddr_frames() at line 17 are already released on every path here [gup-double-release]
 * check-error-end
 */
