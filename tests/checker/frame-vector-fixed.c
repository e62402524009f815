/*
 * videobuf2's shape: get_vaddr_frames() pins into a frame vector,
 * put_vaddr_frames() gives them back, once on every path.
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
	if (ret != nr)
		goto out_release;
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
 * check-name: get_vaddr_frames() frame vector released once: quiet
 */
