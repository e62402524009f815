/*
 * A function that returns the page it got (exec's get_arg_page()): its
 * callers release the page, so the site needs a human even though the
 * function itself puts the page on one error path.
 */
#include "linux-6.1/mm.h"

static struct page *arg_get(struct mm_struct *mm, unsigned long pos)
{
	struct page *page;
	long ret;

	ret = get_user_pages_remote(mm, pos, 1, FOLL_WRITE, &page, NULL, NULL);
	if (ret <= 0)
		return NULL;
	if (pos & 1) {
		put_page(page);
		return NULL;
	}
	return page;
}

static void arg_put(struct page *page)
{
	put_page(page);
}

int arg_touch(struct mm_struct *mm, unsigned long pos);
int arg_touch(struct mm_struct *mm, unsigned long pos)
{
	struct page *page = arg_get(mm, pos);

	if (!page)
		return -EFAULT;
	arg_put(page);
	return 0;
}

/*
 * check-name: --inventory: a site whose page is returned to the caller is manual
 * check-command: gupcheck -Iinclude --inventory=$tmpdir/gup.jsonl $file && cat $tmpdir/gup.jsonl
 *
 * check-error-start
 * check-error-end
 *
 * check-output-start
{"file":"inventory-returned-page.c","line":13,"col":36,"function":"arg_get","api":"get_user_pages_remote","kind":"get","tree_api":"unpin_user_page","pages":"&page","count":"1","flags":"FOLL_WRITE","longterm":false,"case":5,"releases":[{"line":17,"function":"arg_get","api":"put_page","via":null,"kind":"release"}],"handoff":[],"diagnostics":[],"status":"manual","reason":"pages returned to the caller, who releases them"}
 * check-output-end
 */
