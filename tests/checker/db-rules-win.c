/*
 * Another file's vmap() keeps the pages it is given on one branch, but
 * rules/gup-api.h knows vmap() as a CPU use: the rules win, the pages
 * are not handed off, and writing through the mapping needs them dirtied.
 */
#include "../include/linux-6.1/mm.h"

void *vmap(struct page **pages, unsigned int count, unsigned long flags, int prot);
void vunmap(const void *addr);
void *memset(void *s, int c, unsigned long n);

int fill(unsigned long uaddr, int npages, struct page **pages);
int fill(unsigned long uaddr, int npages, struct page **pages)
{
	int i, pinned = pin_user_pages_fast(uaddr, npages, FOLL_WRITE, pages);
	void *va;

	if (pinned != npages)
		goto out;
	va = vmap(pages, pinned, 0, 0);
	if (va) {
		memset(va, 0, pinned * 4096);
		vunmap(va);
	}
out:
	for (i = 0; i < pinned; i++)
		unpin_user_page(pages[i]);
	return pinned == npages ? 0 : -EFAULT;
}

/*
 * check-name: rules win over a learned hand-off (--db)
 * check-command: gupcheck -Iinclude --db=$tmpdir/db cross/vmalloc.c && gupcheck -Iinclude --db=$tmpdir/db $file
 *
 * check-error-start
db-rules-win.c:27:32: note: pages pin_user_pages_fast() pinned for writing (line 15) are released without being marked dirty: use unpin_user_pages_dirty_lock(..., true) or set_page_dirty_lock() [gup-no-dirty]
 * check-error-end
 */
