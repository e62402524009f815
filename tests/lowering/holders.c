/*
 * Lowering: which object holds the pages each expression names: a local
 * array, its elements in a loop, a member through a pointer, a member of
 * a local struct, an embedded struct's member, an array member, the
 * address of a single-page member, and a pfn computed from a page.
 */
#include "linux-6.1/mm.h"

struct frames {
	struct page *one;
	struct page *inline_pages[4];
};

struct umem {
	struct page **page_list;
	struct frames fr;
	unsigned long *pfns;
};

static void holders(struct umem *umem, unsigned long addr, int n)
{
	struct page *local[4];
	struct frames stack;
	int i;

	pin_user_pages_fast(addr, 4, FOLL_WRITE, local);
	pin_user_pages_fast(addr, n, FOLL_WRITE | FOLL_LONGTERM, umem->page_list);
	pin_user_pages_fast(addr, 1, 0, &umem->fr.one);
	pin_user_pages_fast(addr, 4, 0, umem->fr.inline_pages);
	pin_user_pages_fast(addr, 1, 0, &stack.one);
	for (i = 0; i < n; i++)
		umem->pfns[i] = page_to_pfn(umem->page_list[i]);
	for (i = 0; i < 4; i++)
		unpin_user_page(local[i]);
	unpin_user_page(stack.one);
}

/*
 * check-name: holders of pages: locals, members, embedded members, elements
 * check-command: gupcheck --dump-model -I../checker/include $file
 *
 * check-output-start
unit holders.c api=unpin_user_page
function static holders at 20
  obj [?] ?
  obj [stack.one] stack.one member="struct frames.one"
  obj [umem->fr.inline_pages] inline_pages member="struct frames.inline_pages"
  obj [umem->fr.one] one member="struct frames.one"
  obj [umem->page_list] page_list member="struct umem.page_list"
  obj [local] local
  n0:
    26:28 acquire pin_user_pages_fast() [local] site count=4 flags=0x1
    27:28 acquire pin_user_pages_fast() [umem->page_list] site count=n flags=0x10001
    28:28 acquire pin_user_pages_fast() [umem->fr.one] site single count=1 flags=0
    29:28 acquire pin_user_pages_fast() [umem->fr.inline_pages] site count=4 flags=0
    30:28 acquire pin_user_pages_fast() [stack.one] site single count=1 flags=0
    32:44 loop-call page_to_pfn() arg0=[umem->page_list][i] bound=other
    32:44 loop-store [umem->page_list][i] -> [?] bound=requested
    -> n1
  n1:
    -> n2
    -> n3
  n2:
    32:44 call page_to_pfn() arg0=[umem->page_list][i] loop=1
    32:44 store [umem->page_list][i] -> [?] loop=1
    -> n4
  n3:
    34:32 loop-release unpin_user_page() [local][i] bound=requested
    -> n5
  n4:
    -> n1
  n5:
    -> n6
    -> n7
  n6:
    34:32 release unpin_user_page() [local][i] loop=2
    -> n8
  n7: exit 35:9
    35:24 release unpin_user_page() [stack.one]
  n8:
    -> n5
 * check-output-end
 */
