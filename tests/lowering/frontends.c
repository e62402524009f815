/*
 * Lowering: shapes each front end sees its own way, lowered alike --
 * for statements with parts missing or spelled by a macro, a GNU case
 * range, (typeof(x)) casts, _Generic and __builtin_choose_expr (only
 * the branch chosen is evaluated), unlikely()'s !! in a macro body,
 * statement expressions with local labels, members of members and of a
 * local struct.
 */
#include "linux-6.1/mm.h"

#define for_each_page(i, n) for (i = 0; i < (n); i++)
#define unpin_all(p, n) unpin_user_pages(p, n)
#define head_of(p) ((typeof(p))compound_head_of(p))
#define one_of(p) _Generic((p), const struct page *: (const struct page *)pick(p), \
			   struct page *: pick(p))
#define settled(x) ({ __label__ out; int r = 0; if (x) goto out; r = 1; out: r; })
#define choose(p) __builtin_choose_expr(sizeof(p) == sizeof(void *), pick(p), skip(p))

struct page *compound_head_of(struct page *page);
struct page *pick(const struct page *page);
struct page *skip(const struct page *page);

struct holder { struct page **pages; struct page *one; int n; struct page *arr[4]; };
struct outer { struct holder h; };

static void drop(struct page **pages, int n)
{
	int i = 0;

	for (; i < n; i++)
		unpin_user_page(head_of(pages[i]));
	for (i = 0; ; i++) {
		if (i >= n)
			break;
		unpin_user_page(one_of(pages[i]));
	}
	for (;;) {
		if (!n--)
			break;
	}
	for (i = 0; i < n;)
		unpin_user_page(choose(pages[i++]));
}

static int fill(struct holder *h, struct outer *o, unsigned long addr, int n)
{
	int ret, i;
	struct page **p;
	struct page *local[4];

	ret = pin_user_pages_fast(addr, n, FOLL_WRITE | FOLL_LONGTERM, h->pages);
	if (unlikely(ret < 0))
		return ret;
	ret = pin_user_pages_fast(addr, 2, 0, local);
	if (ret != 2)
		goto out;
	ret = pin_user_pages_fast(addr, 2, 0, &local[2]);
	if (ret != 2)
		goto out;
	for_each_page(i, ret)
		unpin_user_page(local[i]);
	ret = pin_user_pages_fast(addr, 1, 0, &o->h.one);
	if (ret <= 0 || settled(n) + settled(i))
		goto out;
	p = o->h.arr;
	ret = ({ int got = pin_user_pages_fast(addr, 4, FOLL_WRITE, p); got; });
	switch (ret) {
	case 1 ... 3:
		unpin_all(p, ret);
		break;
	case 4:
		o->h.n = ret;
		/* fall through */
	default:
		h->n = ret > 0 ? ret : 0;
		break;
	}
	{
		struct holder copy = *h;
		typeof(copy.pages) q;

		q = copy.pages;
		drop(q, copy.n);
	}
	return 0;
out:
	unpin_user_pages(h->pages, n);
	return -EFAULT;
}

/*
 * check-name: front-end shapes: for parts, macros, case ranges, _Generic, choose_expr, typeof casts
 * check-command: gupcheck --dump-model -I../checker/include $file
 *
 * check-output-start
unit frontends.c api=unpin_user_page
function static drop at 26
  obj [pages] pages param=0
  n0:
    31:33 loop-call compound_head_of() arg0=[pages][i] bound=other
    -> n1
  n1:
    -> n2
    -> n3
  n2:
    31:33 call compound_head_of() arg0=[pages][i] loop=1
    31:32 release unpin_user_page()
    -> n4
  n3:
    35:33 loop-call pick() arg0=[pages][i]
    -> n5
  n4:
    -> n1
  n5:
    -> n6
  n6:
    -> n9
    -> n10
  n7:
    -> n12
  n8:
    -> n5
  n9:
    -> n7
  n10:
    -> n11
  n11:
    35:33 call pick() arg0=[pages][i] loop=2
    35:32 release unpin_user_page()
    -> n8
  n12:
    -> n13
  n13:
    -> n16
    -> n17
  n14:
    42:33 loop-call pick() arg0=[pages][i] bound=other
    -> n19
  n15:
    -> n12
  n16:
    -> n14
  n17:
    -> n18
  n18:
    -> n15
  n19:
    -> n20
    -> n21
  n20:
    42:33 call pick() arg0=[pages][i] loop=4
    42:32 release unpin_user_page()
    -> n22
  n21: exit 42:17
  n22:
    -> n19
function static fill at 45
  obj [q] q
  obj [copy.pages] copy.pages member="struct holder.pages"
  obj [p] p
  obj [o->h.arr] arr member="struct holder.arr"
  obj [o->h.one] one member="struct holder.one"
  obj [local] local
  obj [h->pages] pages member="struct holder.pages"
  n0:
    51:34 acquire pin_user_pages_fast() [h->pages] site count=n flags=0x10001
    51:13 set ret = result
    -> n1 if ret failed && ret != 0
    -> n2 if ret nonneg
  n1: exit 53:17
    53:17 return-count [h->pages]
  n2:
    -> n3
  n3:
    54:34 acquire pin_user_pages_fast() [local] site count=2 flags=0
    54:13 set ret = result
    -> n4 if ret short
    -> n5 if ret full
  n4:
    -> n7
  n5:
    -> n6
  n6:
    57:34 acquire pin_user_pages_fast() [local] site count=2 flags=0
    57:13 set ret = result
    -> n8 if ret short
    -> n9 if ret full
  n7: exit 88:9
    87:25 release unpin_user_pages() [h->pages] bound=requested
  n8:
    -> n7
  n9:
    -> n10
  n10:
    60:9 set i = 0
    61:32 loop-release unpin_user_page() [local][i] bound=returned
    -> n11
  n11:
    -> n12
    -> n13
  n12:
    61:32 release unpin_user_page() [local][i] loop=1
    -> n14
  n13:
    62:34 acquire pin_user_pages_fast() [o->h.one] site single count=1 flags=0
    62:13 set ret = result
    -> n15
    -> n16
  n14:
    60:9 set i = ?
    -> n11
  n15:
    -> n18
  n16:
    -> n17
  n17:
    -> n18
  n18:
    -> n19 if i != 0
    -> n20 if i == 0
  n19:
    -> n22
  n20:
    -> n21
  n21:
    -> n22
  n22:
    -> n23
    -> n24 if ret some && ret != 0
  n23:
    -> n7
  n24:
    -> n25
  n25:
    66:47 acquire pin_user_pages_fast() [o->h.arr] site count=4 flags=0x1
    66:13 set ret = result
    -> n27
    -> n28
    -> n29
  n26: exit 85:9
    83:21 call drop() arg0=[copy.pages]
  n27:
    69:17 release unpin_user_pages() [o->h.arr] bound=returned
    -> n26
  n28:
    -> n29
  n29:
    -> n26
 * check-output-end
 */
