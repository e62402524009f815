/*
 * Zero-copy send shape (5.2): user pages become skb fragments with
 * skb_fill_page_desc(); the skb puts them when freed.  A short pin puts
 * what it got.
 */
#include "linux-5.2/mm.h"

#define MAX_FRAGS 17

static int skb_zerocopy_user(struct sk_buff *skb, unsigned long uaddr, int len)
{
	struct page *pages[MAX_FRAGS];
	int n = DIV_ROUND_UP(len + offset_in_page(uaddr), PAGE_SIZE);
	int got, i;

	if (n > MAX_FRAGS)
		return -EINVAL;
	got = get_user_pages_fast(uaddr, n, 0, pages);
	if (got != n) {
		for (i = 0; i < got; i++)
			put_page(pages[i]);
		return -EFAULT;
	}
	for (i = 0; i < n; i++)
		skb_fill_page_desc(skb, i, pages[i], 0, PAGE_SIZE);
	skb->len += len;
	skb->data_len += len;
	skb->truesize += n * PAGE_SIZE;
	return 0;
}

int skb_test(struct sk_buff *skb, unsigned long uaddr);
int skb_test(struct sk_buff *skb, unsigned long uaddr)
{
	return skb_zerocopy_user(skb, uaddr, 3 * PAGE_SIZE);
}

/*
 * check-name: 5.2: pages handed to skb frags, short pin put: quiet
 */
