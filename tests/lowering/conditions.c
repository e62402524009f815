/*
 * Lowering: what the tests on an acquire's result say on each edge:
 * < 0, <= 0, != count, == count through a copy of the count, !pages,
 * unlikely(), && and ||, a bool acquire, and a test of a variable that
 * no longer holds the result on that path.
 */
#include "linux-6.1/mm.h"

static int conditions(unsigned long addr, int n, struct page **pages)
{
	struct page *page;
	int pinned, want = n;

	if (!pages)
		return -EINVAL;
	pinned = pin_user_pages_fast(addr, n, FOLL_WRITE, pages);
	if (unlikely(pinned < 0))
		return pinned;
	if (pinned <= 0 || pinned != want) {
		unpin_user_pages(pages, pinned);
		return -EFAULT;
	}
	if (!get_user_page_fast_only(addr, 0, &page))
		return -EFAULT;
	put_page(page);
	return 0;
}

/*
 * check-name: condition facts on edges: < 0, <= 0, != count, !pages, bool, && and ||
 * check-command: gupcheck --dump-model -I../checker/include $file
 *
 * check-output-start
unit conditions.c api=unpin_user_page
function static conditions at 9
  obj [page] page
  obj [pages] pages param=2
  n0:
    -> n1 if [pages] NULL
    -> n2 if [pages] set
  n1: exit 15:17
  n2:
    -> n3
  n3:
    16:37 acquire pin_user_pages_fast() [pages] site count=n flags=0x1
    16:16 set pinned = result
    -> n4 if pinned failed && pinned != 0
    -> n5 if pinned nonneg
  n4: exit 18:17
    18:17 return-count [pages]
  n5:
    -> n6
  n6:
    -> n7
    -> n8 if pinned some && pinned != 0
  n7: exit 21:17
    20:33 release unpin_user_pages() [pages] bound=returned
  n8:
    -> n9
  n9:
    23:37 acquire get_user_page_fast_only() [page] site count=1 flags=0
    -> n10 if get_user_page_fast_only()@23 failed
    -> n11 if get_user_page_fast_only()@23 some
  n10: exit 24:17
  n11:
    -> n12
  n12: exit 26:9
    25:17 release put_page() [page]
 * check-output-end
 */
