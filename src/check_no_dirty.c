// SPDX-License-Identifier: GPL-2.0
/*
 * gup-no-dirty: pages pinned for writing (FOLL_WRITE, or the old write
 * argument) that are given back without ever being marked dirty, so what
 * the device or kernel wrote may never reach the file.  Single pages are
 * left alone: they are mostly taken for the struct page alone (futex
 * keys, uprobes), pin_user_pages.rst's case 4.
 */
#include <string.h>
#include "analysis.h"

static void no_dirty_site(struct gc_unit *u, struct gc_site *s)
{
	struct gc_event *first = NULL;

	if (!s->flags_known || !(s->flag_bits & gup_flag("FOLL_WRITE")) ||
	    s->nhandoff || gc_site_one_page(s))
		return;
	for (int i = 0; i < s->nrel; i++) {
		struct gc_event *ev = s->rel[i].ev;

		if (ev->type == EV_DIRTY ||
		    (ev->type == EV_RELEASE && ev->dirty != DIRTY_NO))
			return;
		if (ev->type == EV_RELEASE && !first)
			first = ev;
	}
	if (first)
		gc_diag(CHECK_NO_DIRTY, s, first->pos,
			"pages %s() pinned for writing (line %d) are released without being marked dirty: use %s(..., true) or set_page_dirty_lock()",
			s->api->name, s->ev->pos.line,
			gc_suggest_release(u->family == FAMILY_NONE ?
					   FAMILY_UNPIN : u->family, SHAPE_ARRAY, 1));
}

const struct gc_check check_no_dirty = { .site = no_dirty_site };
