/*
 * A --suppress list: by function, by file pattern, by check pattern,
 * comments; an entry without a reason still suppresses and is itself
 * reported at its line of the list.
 */
#include "linux-5.4/mm.h"

static void by_function(unsigned long addr)
{
	struct page *pages[2];
	int n = get_user_pages_fast(addr, 2, FOLL_WRITE, pages);

	if (n <= 0)
		return;
	set_page_dirty(pages[0]);
	release_pages(pages, n);
}

static void no_reason(unsigned long addr)
{
	struct page *page;

	if (get_user_pages_fast(addr, 1, 0, &page) == 1)
		__free_page(page);
}

static void reported(unsigned long addr)
{
	struct page *page;

	if (get_user_pages_fast(addr, 1, 0, &page) == 1)
		__free_page(page);
}

void list_test(unsigned long addr);
void list_test(unsigned long addr)
{
	by_function(addr);
	no_reason(addr);
	reported(addr);
}

/*
 * check-name: --suppress list by function, file and check patterns
 * check-command: printf '# what checks why\nby_function gup-dirty-*  converted in the series\nsuppress-l?st.c gup-release  the 5.4 API is not used here\n\nno_reason gup-free\n' > $tmpdir/list; gupcheck -Iinclude --suppress=$tmpdir/list $PWD/$file 2>&1 | sed "s|$tmpdir|TMP|; s|$PWD/||" | LC_ALL=C sort
 *
 * check-output-start
TMP/list:5:1: warning: suppresses gup-free without a reason: say why after the check's name [gup-suppress]
suppress-list.c:32:28: error: __free_page() on a page from get_user_pages_fast() (line 31): use put_page() [gup-free]
 * check-output-end
 */
