/* Moves a page from one member to another: never reached, no GUP page. */
#include <linux/pages.h>

void pg_buf_move(struct pg_buf *buf, struct pg_other *other)
{
	other->page = buf->page;
	buf->page = NULL;
}
