// SPDX-License-Identifier: GPL-2.0
/*
 * gup-no-dirty: pages pinned for writing (FOLL_WRITE, or the old write
 * argument) that are given back without ever being marked dirty, so what
 * the device or kernel wrote may never reach the file.  Single pages are
 * left alone: they are mostly taken for the struct page alone (futex
 * keys, uprobes), pin_user_pages.rst's case 4; so are releases on the
 * short-pin branch or before any use (nothing was written), a wrapper's
 * releases of pages it does not hand its caller, and the function's own
 * releases of pages it hands off.  A release elsewhere, where the pages
 * kept for use end (an sg table or bio_vec pointing at them or not), is
 * the one to fix.
 */
#include <string.h>
#include "analysis.h"

/* A release that gives back used pages of a full pin. */
static void no_dirty_event(struct gc_site *s, const struct gc_effect *e,
			   unsigned int st, int branch)
{
	if (e->fx == FX_RELEASE && !e->via && (st & ST_PINNED) &&
	    (st & ST_USED) && !(st & ST_SHORT_TAKEN) && !s->used_release)
		s->used_release = e->ev;
}

static void no_dirty_site(struct gc_unit *u, struct gc_site *s)
{
	struct gc_event *first = NULL;

	if (!s->flags_known || !(s->flag_bits & gup_flag("FOLL_WRITE")) ||
	    gc_site_one_page(s) || s->to_caller)
		return;
	for (int i = 0; i < s->nrel; i++) {
		struct gc_event *ev = s->rel[i].ev;

		if (ev->type == EV_DIRTY ||
		    (ev->type == EV_RELEASE && ev->dirty != DIRTY_NO))
			return;
		if (ev->type == EV_RELEASE && !first &&
		    s->rel[i].func != s->func && ev->rel->kind == s->api->kind)
			first = ev;
	}
	if (!first && !s->nhandoff)	/* else a hand-off's owner releases */
		first = s->used_release;
	if (first)
		gc_diag(CHECK_NO_DIRTY, s, first->pos,
			"pages %s() pinned for writing (line %d) are released without being marked dirty: use %s(..., true) or set_page_dirty_lock()",
			s->api->name, s->ev->pos.line,
			gc_suggest_release(u->family == FAMILY_NONE ?
					   FAMILY_UNPIN : u->family, SHAPE_ARRAY, 1));
}

const struct gc_check check_no_dirty = {
	.event = no_dirty_event,
	.done = no_dirty_site,
};
