/*
 * Lowering: control flow a release hides in: a do-while, a while (n--)
 * loop, a switch with and without default, gotos to an error label, and
 * a release helper called per element.
 */
#include "linux-6.1/mm.h"

static void drop(struct page *page)
{
	unpin_user_page(page);
}

static int control(unsigned long addr, int n, int mode, struct page **pages)
{
	int i = 0, ret;

	ret = pin_user_pages_fast(addr, n, 0, pages);
	if (ret < 0)
		return ret;
	switch (mode) {
	case 0:
		goto out;
	case 1:
		do {
			drop(pages[i]);
		} while (++i < ret);
		return 0;
	default:
		break;
	}
	while (ret--)
		unpin_user_page(pages[ret]);
	return 0;
out:
	unpin_user_pages(pages, ret);
	return -EINVAL;
}

/*
 * check-name: control flow: do-while, while (n--), switch, goto, a helper per element
 * check-command: gupcheck --dump-model -I../checker/include $file
 *
 * check-output-start
unit control.c api=unpin_user_page
function static drop at 8
  obj [page] page param=0
  n0: exit 10:9
    10:24 release unpin_user_page() [page]
function static control at 13
  obj [pages] pages param=3
  n0:
    17:34 acquire pin_user_pages_fast() [pages] site count=n flags=0
    17:13 set ret = result
    -> n1 if ret failed && ret != 0
    -> n2 if ret nonneg
  n1: exit 19:17
    19:17 return-count [pages]
  n2:
    -> n3
  n3:
    -> n5 if mode == 0
    -> n6 if mode == 1
    -> n7 if mode matches no case
  n4:
    32:32 loop-release unpin_user_page() [pages][i] bound=returned
    -> n13
  n5:
    -> n8
  n6:
    25:29 loop-call drop() arg0=[pages][i] bound=other
    -> n9
  n7:
    -> n4
  n8: exit 36:9
    35:25 release unpin_user_pages() [pages] bound=returned
  n9:
    -> n10
  n10:
    25:29 call drop() arg0=[pages][i] loop=1
    -> n12
  n11: exit 27:17
  n12:
    -> n9
    -> n11
  n13:
    31:19 set ret = ?
    -> n14
    -> n15
  n14:
    32:32 release unpin_user_page() [pages][i] loop=2
    -> n16
  n15: exit 33:9
  n16:
    -> n13
 * check-output-end
 */
