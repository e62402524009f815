// SPDX-License-Identifier: GPL-2.0
/*
 * gup-double-release: pages released again on a path where every way
 * there has released them already (an error branch's release followed by
 * the common cleanup's).
 */
#include "analysis.h"

static void double_event(struct gc_site *s, const struct gc_effect *e,
			 unsigned int st, int branch)
{
	if (e->fx != FX_RELEASE || !(st & ST_RELEASED) ||
	    (st & (ST_NONE | ST_PINNED | ST_FAILED | ST_GONE)))
		return;
	gc_diag(CHECK_DOUBLE, s, e->at,
		"pages from %s() at line %d are already released on every path here",
		s->api->name, s->ev->pos.line);
}

const struct gc_check check_double_release = { .event = double_event };
