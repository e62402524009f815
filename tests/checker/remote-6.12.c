/*
 * 6.12's remote acquires: pin_user_pages_remote() without the vmas
 * argument (6.5+), its pages released on one path and leaked on the
 * other; get_user_page_vma_remote() (6.5+) returns the page or an
 * ERR_PTR() (nothing to put back after IS_ERR()), put back with
 * put_page().
 */
#include "linux-6.12/mm.h"

static long peek(struct mm_struct *mm, unsigned long addr, int n, bool check)
{
	struct page *pages[4];
	struct vm_area_struct *vma;
	struct page *page;
	int locked = 1;
	long got;

	got = pin_user_pages_remote(mm, addr, n, FOLL_WRITE, pages, &locked);
	if (got <= 0)
		return got;
	if (check)
		return -EBUSY;
	unpin_user_pages_dirty_lock(pages, got, true);

	page = get_user_page_vma_remote(mm, addr, 0, &vma);
	if (IS_ERR(page))
		return PTR_ERR(page);
	put_page(page);
	return 0;
}

long peek_test(struct mm_struct *mm, unsigned long addr);
long peek_test(struct mm_struct *mm, unsigned long addr)
{
	return peek(mm, addr, 4, false);
}

/*
 * check-name: 6.12 remote acquires: pin_user_pages_remote() without vmas, get_user_page_vma_remote()
 * check-command: gupcheck -Iinclude --inventory=$tmpdir/gup.jsonl $file && cat $tmpdir/gup.jsonl
 *
 * check-error-start
remote-6.12.c:22:17: error: pages pinned by pin_user_pages_remote() at line 18 are not released on the path through the branch at line 21 [gup-leak]
 * check-error-end
 *
 * check-output-start
{"file":"remote-6.12.c","line":18,"col":36,"function":"peek","api":"pin_user_pages_remote","kind":"pin","tree_api":"unpin_user_page","pages":"pages","count":"n","flags":"FOLL_WRITE","longterm":false,"case":5,"releases":[{"line":23,"function":"peek","api":"unpin_user_pages_dirty_lock","via":null,"kind":"release"}],"handoff":[],"diagnostics":["gup-leak"],"status":"converted","reason":null}
{"file":"remote-6.12.c","line":25,"col":40,"function":"peek","api":"get_user_page_vma_remote","kind":"get","tree_api":"unpin_user_page","pages":null,"count":null,"flags":"0","longterm":false,"case":4,"releases":[{"line":28,"function":"peek","api":"put_page","via":null,"kind":"release"}],"handoff":[],"diagnostics":[],"status":"keep","reason":"only struct page is used"}
 * check-output-end
 */
