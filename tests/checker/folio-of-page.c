/*
 * Pages released through their folio (page_folio(), GUP_SAME): a pinned
 * page goes back with unpin_user_folio(), not folio_put(); a FOLL_GET
 * page released with folio_put() is paired (no leak) and, used for its
 * struct page only (pin_user_pages.rst case 4), stays as it is.
 */
#include "linux-6.12/mm.h"

static int key_of(unsigned long addr, unsigned long *key)
{
	struct page *page;
	struct folio *folio;
	int err;

	err = get_user_pages_fast(addr, 1, FOLL_WRITE, &page);
	if (err < 0)
		return err;
	folio = page_folio(page);
	*key = (unsigned long)folio->page.flags;
	folio_put(folio);
	return 0;
}

static int buf_map(unsigned long addr, struct page **pages, int n,
		   bool wrong)
{
	long got;
	int i;

	got = pin_user_pages_fast(addr, n, FOLL_WRITE | FOLL_LONGTERM, pages);
	if (got != n) {
		for (i = 0; i < got; i++)
			unpin_user_folio(page_folio(pages[i]), 1);
		return -EFAULT;
	}
	if (wrong)
		for (i = 0; i < n; i++)
			folio_put(page_folio(pages[i]));
	return 0;
}

int folio_test(unsigned long addr, unsigned long *key, struct page **pages);
int folio_test(unsigned long addr, unsigned long *key, struct page **pages)
{
	return key_of(addr, key) ?: buf_map(addr, pages, 4, false);
}

/*
 * check-name: pages released through page_folio(): unpin_user_folio() right, folio_put() on a pin wrong
 *
 * check-error-start
folio-of-page.c:38:34: error: folio_put() on a FOLL_PIN pin from pin_user_pages_fast() (line 30): use unpin_folio() [gup-pin-kind]
folio-of-page.c:38:34: note: pages pin_user_pages_fast() pinned for writing (line 30) are released without being marked dirty: use unpin_user_pages_dirty_lock(..., true) or set_page_dirty_lock() [gup-no-dirty]
 * check-error-end
 */
