// SPDX-License-Identifier: GPL-2.0
/*
 * gup-longterm: FOLL_PIN pages kept without FOLL_LONGTERM in a member
 * (or a global) of an object that outlives the call for long: a global,
 * an object kept after the function returns, a parameter of an entry
 * point (lifetime.c).  Long-term pins must say so, or the pages may sit
 * in CMA or be DAX (pin_user_pages.rst case 2).  Pages kept in a
 * caller's object until the caller's I/O completes are no long-term pin.
 */
#include "analysis.h"

static void longterm_site(struct gc_unit *u, struct gc_site *s)
{
	struct gc_uses *us;

	if (!s->obj)
		return;
	if (s->obj->field) {
		if (gc_life_of(u, s->func, s->obj) == GC_LIFE_LONG)
			s->long_holder = s->obj->member;
		return;
	}
	us = gc_uses_of(s->obj);
	for (int i = 0; i < us->nev && !s->long_holder; i++) {
		struct gc_event *ev = us->ev[i];

		if (ev->type == EV_STORE && ev->obj == s->obj &&
		    ev->to->field &&
		    gc_life_of(u, s->func, ev->to) == GC_LIFE_LONG)
			s->long_holder = ev->to->member;
	}
}

/* At an exit where the pages are still held and kept in an object. */
static void longterm_exit(struct gc_site *s, struct gc_node *n,
			 unsigned int st, int branch)
{
	if (s->api->kind != KIND_PIN || !s->long_holder || !s->flags_known ||
	    (s->diags & 1u << CHECK_LONGTERM) ||
	    (s->flag_bits & gup_flag("FOLL_LONGTERM")) ||
	    !(st & (ST_PINNED | ST_GONE)) ||
	    !(s->obj->field || (st & ST_STORED)))
		return;
	gc_diag(CHECK_LONGTERM, s, s->ev->pos,
		"%s() keeps pages in %s after %s() returns: add FOLL_LONGTERM to the flags",
		s->api->name, s->long_holder, s->func->name);
}

const struct gc_check check_longterm = {
	.site = longterm_site,
	.exit = longterm_exit,
};
