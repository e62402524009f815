// SPDX-License-Identifier: GPL-2.0
/*
 * gup-dirty-unlocked: set_page_dirty() on a GUP page.  Without the page
 * lock the filesystem may have dropped the page's buffers meanwhile
 * (ext4's BUG_ON(!PagePrivate(page))).
 */
#include "analysis.h"

static void dirty_unlocked_site(struct gc_unit *u, struct gc_site *s)
{
	const struct gup_replace *r = gup_replacement(u->family);

	for (int i = 0; i < s->nrel; i++) {
		struct gc_event *ev = s->rel[i].ev;

		if (ev->type != EV_DIRTY || ev->dirtier->locked != LOCK_UNLOCKED)
			continue;
		if (r)
			gc_diag(CHECK_DIRTY_UNLOCKED, s, ev->pos,
				"%s() on a page from %s() (line %d) without the page lock: use set_page_dirty_lock() or %s()",
				ev->callee, s->api->name, s->ev->pos.line,
				r->pages_dirty);
		else
			gc_diag(CHECK_DIRTY_UNLOCKED, s, ev->pos,
				"%s() on a page from %s() (line %d) without the page lock: use set_page_dirty_lock()",
				ev->callee, s->api->name, s->ev->pos.line);
	}
}

const struct gc_check check_dirty_unlocked = { .site = dirty_unlocked_site };
