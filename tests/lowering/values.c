/*
 * Lowering: what the paths keep of a few variables and what edges say of
 * them: an error variable set to 0, not 0 or by a ternary, a count copied
 * from the result (or 0), and a condition whose false edge has two
 * alternatives ("ret is 0, or nothing was pinned").
 */
#include "linux-6.1/mm.h"

static int values(unsigned long uaddr, long npages, struct page **list)
{
	long pinned, nr = npages;
	int ret = 0;

	pinned = pin_user_pages(uaddr, npages, FOLL_WRITE, list, NULL);
	if (pinned != npages) {
		ret = pinned < 0 ? pinned : -ENOMEM;
		nr = pinned < 0 ? 0 : pinned;
	}
	if (ret && pinned > 0)
		unpin_user_pages(list, nr);
	return ret;
}

/*
 * check-name: value slots, guards with alternatives, counts copied from the result
 * check-command: gupcheck --dump-model -I../checker/include $file
 *
 * check-output-start
unit values.c api=unpin_user_page
function static values at 9
  obj [list] list param=2
  n0:
    11:22 set nr = ?
    12:13 set ret = 0
    14:32 acquire pin_user_pages() [list] site count=npages flags=0x1
    14:16 set pinned = result
    -> n1 if pinned short
    -> n2 if pinned full
  n1:
    16:21 set ret = !0
    17:20 set nr = result
    -> n3
  n2:
    -> n3
  n3:
    -> n4 if ret != 0 && pinned some && pinned != 0
    -> n5 if ret == 0 || pinned failed
  n4:
    20:33 release unpin_user_pages() [list] bound=other
    -> n6
  n5:
    -> n6
  n6: exit 21:9
 * check-output-end
 */
