/*
 * memfd_pin_folios() pins folios (FOLL_PIN): folio_put() on them drops a
 * reference and leaves the pin; and an error path returns with the
 * folios pinned.
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
		kfree(folios);
		return -EINVAL;
	}
	for (i = 0; i < nr; i++)
		folio_put(folios[i]);
	kfree(folios);
	return 0;
}

long buf_test(struct buf *b, struct file *memfd);
long buf_test(struct buf *b, struct file *memfd)
{
	return buf_pin(b, memfd, 4 * PAGE_SIZE);
}

/*
 * check-name: memfd_pin_folios() folios dropped with folio_put(), leaked on an error path
 *
 * check-error-start
memfd-folio-put.c:30:22: error: kfree() frees the array of the pages memfd_pin_folios() pinned at line 24, still pinned on the path through the branch at line 29 [gup-leak]
memfd-folio-put.c:34:26: error: folio_put() on a FOLL_PIN pin from memfd_pin_folios() (line 24): use unpin_folio() [gup-pin-kind]
 * check-error-end
 */
