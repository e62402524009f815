// SPDX-License-Identifier: GPL-2.0
/*
 * gup-partial: GUP may pin fewer pages than requested, or fail.  Flags a
 * release bounded by the requested count while fewer may be pinned, a
 * release count that may still be a negative error code, and a "fewer
 * than requested" branch that returns with the pinned pages held or
 * frees the array that holds them.
 */
#include "analysis.h"

static void partial_event(struct gc_site *s, const struct gc_effect *e,
			  unsigned int st, int branch)
{
	struct gc_event *ev = e->ev;

	if (e->fx == FX_LOSE && (st & ST_PINNED) && (st & ST_SHORT_TAKEN) &&
	    !(st & ST_WARNED))
		gc_diag(CHECK_PARTIAL, s, e->at,
			"%s() frees the array of the pages %s() pinned at line %d, fewer than requested, without releasing them",
			ev->callee, s->api->name, s->ev->pos.line);
	if (e->fx != FX_RELEASE || e->via || !(st & ST_PINNED))
		return;
	/* nr_pages = pinned (or 0) on the way here: the count is exact */
	if (ev->bound == BOUND_REQUESTED && (st & ST_SHORT) &&
	    !(ev->count_slot >= 0 && ST_VALUE(st, ev->count_slot) == GC_RESULT))
		gc_diag(CHECK_PARTIAL, s, e->at,
			"releases the %s pages requested from %s() at line %d, which may have pinned fewer: use the count it returned",
			s->count ? s->count : "requested", s->api->name,
			s->ev->pos.line);
	else if (ev->bound == BOUND_RETURNED && ev->rel && ev->rel->count >= 0 &&
		 (st & ST_MAYNEG))
		gc_diag(CHECK_PARTIAL, s, e->at,
			"the count %s() returned at line %d may be a negative error code here",
			s->api->name, s->ev->pos.line);
}

static void partial_exit(struct gc_site *s, struct gc_node *n,
			 unsigned int st, int branch)
{
	if (!(st & ST_PINNED) || !(st & ST_SHORT_TAKEN) || (st & ST_WARNED) ||
	    !s->obj ||
	    s->obj->field || (st & ST_STORED))
		return;
	gc_diag(CHECK_PARTIAL, s, n->exit_pos,
		"returns on %s after %s() at line %d pinned fewer pages than requested, without releasing those it pinned",
		gc_path_text(branch), s->api->name, s->ev->pos.line);
}

const struct gc_check check_partial = {
	.event = partial_event,
	.exit = partial_exit,
};
