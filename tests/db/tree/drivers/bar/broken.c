/* A file gupcheck cannot parse: reported, never stops the run. */
#include <linux/pages.h>

int broken(unsigned long uaddr, struct page **pages)
{
	return pin_user_pages_fast(uaddr, 1, 0, pages) +;
}
