/*
 * memfd_pin_folios() may pin fewer folios than asked for (the folios'
 * sizes decide): unpin_folios() with the requested count unpins folios
 * it never pinned.
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
		unpin_folios(folios, 16);
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
 * check-name: memfd_pin_folios() folios unpinned by the requested count
 *
 * check-error-start
memfd-folios-partial.c:30:29: error: releases the 16 pages requested from memfd_pin_folios() at line 24, which may have pinned fewer: use the count it returned [gup-partial]
 * check-error-end
 */
