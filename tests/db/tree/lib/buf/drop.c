/* Releases a member only allocated pages reach: never reached. */
#include <linux/pages.h>

void pg_other_drop(struct pg_other *other)
{
	put_page(other->page);
}
