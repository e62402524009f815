// SPDX-License-Identifier: GPL-2.0
/*
 * gup-longterm: FOLL_PIN pages kept in a struct member (or a global)
 * after the function returns, without FOLL_LONGTERM.  Long-term pins
 * must say so, or the pages may sit in CMA or be DAX (pin_user_pages.rst
 * case 2).
 */
#include <string.h>
#include "analysis.h"

/* The member or global the site's pages are stored in, if any. */
static const char *kept_in(struct gc_site *s)
{
	struct gc_uses *us = gc_uses_of(s->obj);

	if (s->obj->field)
		return s->obj->member;
	for (int i = 0; i < us->nev; i++) {
		struct gc_event *ev = us->ev[i];

		if (ev->type == EV_STORE && ev->obj == s->obj && ev->to->field)
			return ev->to->member;
	}
	return NULL;
}

/* At an exit where the pages are still held and kept in an object. */
static void longterm_exit(struct gc_site *s, struct gc_node *n, unsigned int st)
{
	const char *where;

	if (s->api->kind != KIND_PIN || !s->obj || !s->flags_known ||
	    (s->diags & 1u << CHECK_LONGTERM) ||
	    (s->flag_bits & gup_flag("FOLL_LONGTERM")) ||
	    !(st & (ST_PINNED | ST_GONE)) ||
	    !(s->obj->field || (st & ST_STORED)))
		return;
	where = kept_in(s);
	if (where)
		gc_diag(CHECK_LONGTERM, s, s->ev->pos,
			"%s() keeps pages in %s after %s() returns: add FOLL_LONGTERM to the flags",
			s->api->name, where, s->func->name);
}

const struct gc_check check_longterm = { .exit = longterm_exit };
