/*
 * --inventory=FILE: one JSON line per acquire site, with its releases,
 * hand-offs, findings and conversion status: a converted site, one the
 * rules can convert, and one that needs a human (it leaks).
 */
#include "linux-6.1/mm.h"

static int converted(unsigned long uaddr, struct page **pages, int n)
{
	int ret = pin_user_pages_fast(uaddr, n, FOLL_WRITE, pages);

	if (ret <= 0)
		return ret;
	unpin_user_pages_dirty_lock(pages, ret, true);
	return 0;
}

static int legacy(unsigned long uaddr, struct page **pages, int n)
{
	int ret = get_user_pages_fast(uaddr, n, 0, pages);
	int i;

	if (ret <= 0)
		return ret;
	for (i = 0; i < ret; i++)
		put_page(pages[i]);
	return 0;
}

static int leaky(unsigned long uaddr, int n)
{
	struct page **pages = kcalloc(n, sizeof(*pages), GFP_KERNEL);
	long ret;

	if (!pages)
		return -ENOMEM;
	ret = pin_user_pages(uaddr, n, 0, pages, NULL);
	if (ret < 0) {
		kfree(pages);
		return ret;
	}
	kfree(pages);
	return 0;
}

int inventory_test(unsigned long uaddr, struct page **pages);
int inventory_test(unsigned long uaddr, struct page **pages)
{
	return converted(uaddr, pages, 2) ?: legacy(uaddr, pages, 2) ?:
	       leaky(uaddr, 2);
}

/*
 * check-name: --inventory: JSON lines for converted, auto and manual sites
 * check-command: gupcheck -Iinclude --inventory=$tmpdir/gup.jsonl $file && cat $tmpdir/gup.jsonl
 *
 * check-error-start
cli-inventory.c:26:25: warning: put_page() on pages from get_user_pages_fast() (line 20): pin them with pin_user_pages_fast() and release with unpin_user_page() [gup-release]
cli-inventory.c:42:14: error: kfree() frees the array of the pages pin_user_pages() pinned at line 37, still pinned on the path through the branch at line 38 [gup-leak]
 * check-error-end
 *
 * check-output-start
{"file":"cli-inventory.c","line":10,"col":38,"function":"converted","api":"pin_user_pages_fast","kind":"pin","tree_api":"unpin_user_page","pages":"pages","count":"n","flags":"FOLL_WRITE","longterm":false,"case":null,"releases":[{"line":14,"function":"converted","api":"unpin_user_pages_dirty_lock","via":null,"kind":"release"}],"handoff":[],"diagnostics":[],"status":"converted","reason":null}
{"file":"cli-inventory.c","line":20,"col":38,"function":"legacy","api":"get_user_pages_fast","kind":"get","tree_api":"unpin_user_page","pages":"pages","count":"n","flags":"0","longterm":false,"case":null,"releases":[{"line":26,"function":"legacy","api":"put_page","via":null,"kind":"release"}],"handoff":[],"diagnostics":["gup-release"],"status":"auto","reason":null}
{"file":"cli-inventory.c","line":37,"col":29,"function":"leaky","api":"pin_user_pages","kind":"pin","tree_api":"unpin_user_page","pages":"pages","count":"n","flags":"0","longterm":false,"case":4,"releases":[],"handoff":[],"diagnostics":["gup-leak"],"status":"manual","reason":"fix the reported bug first"}
 * check-output-end
 */
