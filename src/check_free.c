// SPDX-License-Identifier: GPL-2.0
/*
 * gup-free: a GUP page given back with __free_page(), kfree() and the
 * like, which frees memory the process still maps instead of dropping
 * the reference or pin.
 */
#include "analysis.h"

static void free_site(struct gc_unit *u, struct gc_site *s)
{
	for (int i = 0; i < s->nrel; i++) {
		struct gc_event *ev = s->rel[i].ev;

		if (ev->type != EV_FREE)
			continue;
		gc_diag(CHECK_FREE, s, ev->pos,
			"%s() on a page from %s() (line %d): use %s()",
			ev->callee, s->api->name, s->ev->pos.line,
			gc_suggest_release(s->api->kind == KIND_PIN ?
					   FAMILY_UNPIN : FAMILY_LEGACY,
					   SHAPE_PAGE, 0));
	}
}

const struct gc_check check_free = { .site = free_site };
