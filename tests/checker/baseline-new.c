/*
 * --baseline: findings of the baseline are not reported again when the
 * lines move (-DNEW adds lines above them), a new one is.  The baseline
 * is the --sarif log of the first run, or its fingerprints one a line.
 */
#include "linux-6.1/mm.h"

#ifdef NEW
/*
 * Lines added above the known finding.
 */
#endif

static int known(unsigned long addr, int bad)
{
	struct page *pages[4];
	int n = pin_user_pages_fast(addr, 4, 0, pages);

	if (n < 0)
		return n;
	if (bad)
		return -1;
	unpin_user_pages(pages, n);
	return 0;
}

static void added(unsigned long addr)
{
	struct page *page;

	if (pin_user_pages_fast(addr, 1, 0, &page) != 1)
		return;
#ifdef NEW
	__free_page(page);
#else
	unpin_user_page(page);
#endif
}

int baseline_test(unsigned long addr);
int baseline_test(unsigned long addr)
{
	added(addr);
	return known(addr, 0);
}

/*
 * check-name: --baseline reports only new findings, from a SARIF log or a list
 * check-command: gupcheck -Iinclude --sarif=$tmpdir/base.sarif $file 2>/dev/null; gupcheck -Iinclude -DNEW --baseline=$tmpdir/base.sarif --sarif=$tmpdir/new.sarif $file; ../sarif/validate -s $tmpdir/new.sarif; grep -o '"gupcheck/v1":"[0-9a-f]*"' $tmpdir/base.sarif | cut -d'"' -f4 > $tmpdir/list; echo '# comment' >> $tmpdir/list; gupcheck -Iinclude -DNEW --baseline=$tmpdir/list $file
 *
 * check-error-start
baseline-new.c:34:20: error: __free_page() on a page from pin_user_pages_fast() (line 31): use unpin_user_page() [gup-free]
baseline-new.c:34:20: error: __free_page() on a page from pin_user_pages_fast() (line 31): use unpin_user_page() [gup-free]
 * check-error-end
 *
 * check-output-start
run: gupcheck, 11 rules, 2 results
gup-leak, error, baseline-new.c:22:3, related baseline-new.c:17:29, path baseline-new.c:17:29 -> baseline-new.c:22:3, gupcheck/v1 16 hex, unchanged
gup-free, error, baseline-new.c:34:13, related baseline-new.c:31:25, gupcheck/v1 16 hex, new
 * check-output-end
 */
