/*
 * 4.x mm/frame_vector.c: get_user_pages_locked() fills the vector's
 * ptrs[] through a cast, and put_vaddr_frames() gives the pages back
 * through their accessor, frame_vector_pages() (GUP_ACCESS): that
 * release is the acquire's, through struct frame_vector.ptrs.
 */
#include "linux-5.2/mm.h"

int get_vaddr_frames(unsigned long start, unsigned int nr_frames,
		     unsigned int gup_flags, struct frame_vector *vec);
int get_vaddr_frames(unsigned long start, unsigned int nr_frames,
		     unsigned int gup_flags, struct frame_vector *vec)
{
	int locked = 1;
	int ret;

	vec->got_ref = true;
	vec->is_pfns = false;
	ret = get_user_pages_locked(start, nr_frames, gup_flags,
				    (struct page **)(vec->ptrs), &locked);
	if (ret > 0)
		vec->nr_frames = ret;
	return ret;
}

void put_vaddr_frames(struct frame_vector *vec);
void put_vaddr_frames(struct frame_vector *vec)
{
	struct page **pages;
	int i;

	if (!vec->got_ref)
		goto out;
	pages = frame_vector_pages(vec);
	if (IS_ERR(pages))
		goto out;
	for (i = 0; i < vec->nr_frames; i++)
		put_page(pages[i]);
	vec->got_ref = false;
out:
	vec->nr_frames = 0;
}

/*
 * check-name: frame vector pages released through frame_vector_pages()
 * check-command: gupcheck -Iinclude --inventory=$tmpdir/gup.jsonl $file && cat $tmpdir/gup.jsonl
 *
 * check-output-start
{"file":"frame-vector-accessor.c","line":19,"col":36,"function":"get_vaddr_frames","api":"get_user_pages_locked","kind":"get","tree_api":"none","pages":"(struct page **)(vec->ptrs)","count":"nr_frames","flags":"gup_flags","longterm":false,"case":5,"releases":[{"line":38,"function":"put_vaddr_frames","api":"put_page","via":"struct frame_vector.ptrs","kind":"release"}],"handoff":[],"diagnostics":[],"status":"auto","reason":null}
 * check-output-end
 */
