/*
 * The fix: memfd_pin_folios() folios go back with unpin_folios() and
 * unpin_folio(), on every path.
 */
#include "linux-6.12/mm.h"

struct buf {
	struct folio **folios;
	long nr;
};

static int buf_check(struct folio *folio);

static long buf_pin(struct buf *b, struct file *memfd, loff_t size)
{
	struct folio **folios;
	pgoff_t offset;
	long nr, i;

	folios = kcalloc(16, sizeof(*folios), GFP_KERNEL);
	if (!folios)
		return -ENOMEM;
	nr = memfd_pin_folios(memfd, 0, size - 1, folios, 16, &offset);
	if (nr < 0) {
		kfree(folios);
		return nr;
	}
	if (buf_check(folios[0])) {
		unpin_folios(folios, nr);
		kfree(folios);
		return -EINVAL;
	}
	for (i = 0; i < nr; i++)
		unpin_folio(folios[i]);
	kfree(folios);
	return 0;
}

long buf_test(struct buf *b, struct file *memfd);
long buf_test(struct buf *b, struct file *memfd)
{
	return buf_pin(b, memfd, 4 * PAGE_SIZE);
}

/*
 * check-name: memfd_pin_folios() folios unpinned on every path: quiet
 */
