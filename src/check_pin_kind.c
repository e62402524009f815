// SPDX-License-Identifier: GPL-2.0
/*
 * gup-pin-kind: a FOLL_PIN pin given back as a FOLL_GET reference
 * (put_page()), or the reverse, in the acquiring function or in another
 * function of the file that releases the struct member holding them.
 * A get_user_pages*() call whose flags are a variable may be passing
 * FOLL_PIN on (as mm/gup.c does), so only its put_page() side is known.
 * Code elsewhere that gives the pages back both ways (a member holding
 * pinned or kernel pages, a helper switching on a mode) decides by a
 * flag the analysis does not follow: its wrong-looking way is taken
 * for the other kind of pages.
 */
#include "analysis.h"

/* Does code outside the acquiring function release the pages rightly? */
static int released_rightly_elsewhere(struct gc_site *s)
{
	for (int i = 0; i < s->nrel; i++)
		if (s->rel[i].func != s->func &&
		    s->rel[i].ev->type == EV_RELEASE &&
		    s->rel[i].ev->rel->kind == s->api->kind)
			return 1;
	return 0;
}

static void pin_kind_site(struct gc_unit *u, struct gc_site *s)
{
	int both_ways = released_rightly_elsewhere(s);

	for (int i = 0; i < s->nrel; i++) {
		struct gc_release *r = &s->rel[i];
		const char *where = r->func != s->func ? " in " : "";
		const char *fn = r->func != s->func ? s->func->name : "";
		const char *paren = r->func != s->func ? "()" : "";

		if (r->ev->type != EV_RELEASE || r->ev->rel->kind == s->api->kind ||
		    (s->api->kind == KIND_GET && !s->flags_known) ||
		    (both_ways && r->func != s->func))
			continue;
		gc_diag(CHECK_PIN_KIND, s, r->ev->pos,
			"%s() on %s from %s() (line %d%s%s%s): use %s()",
			r->ev->rel->name,
			s->api->kind == KIND_PIN ? "a FOLL_PIN pin" :
						   "a FOLL_GET reference",
			s->api->name, s->ev->pos.line, where, fn, paren,
			gc_suggest_release(s->api->kind == KIND_PIN ?
					   FAMILY_UNPIN : FAMILY_LEGACY,
					   r->ev->rel->shape, 0));
	}
}

const struct gc_check check_pin_kind = { .site = pin_kind_site };
