/*
 * One page pinned on one branch, allocated on the other: only what the
 * pin reaches carries GUP pages, not the member the allocation fills.
 */
#include <linux/pages.h>

struct foo_state {
	struct page *pg;
};

int foo_fill(struct pg_buf *buf, struct foo_state *st, int user, unsigned long uaddr);
int foo_fill(struct pg_buf *buf, struct foo_state *st, int user, unsigned long uaddr)
{
	struct page *page;

	if (user) {
		if (pin_user_pages_fast(uaddr, 1, 0, &page) != 1)
			return -EFAULT;
		st->pg = page;
	} else {
		page = alloc_page(GFP_KERNEL);
		if (!page)
			return -ENOMEM;
		buf->page = page;
	}
	return 0;
}
