// SPDX-License-Identifier: GPL-2.0
/*
 * gup-pin-kind: a FOLL_PIN pin given back as a FOLL_GET reference
 * (put_page(), folio_put()), or the reverse, in the acquiring function or
 * in another function of the file that releases the struct member
 * holding them.  A get_user_pages*() call whose flags are a variable may
 * be passing FOLL_PIN on (as mm/gup.c does), so only its put_page() side
 * is known, unless it is a local only ever set to constants without
 * FOLL_PIN (flags = 0; flags |= FOLL_WRITE).  Code elsewhere that gives
 * the pages back both ways (a member holding pinned or kernel pages, a
 * helper switching on a mode) decides by a flag the analysis does not
 * follow: its wrong-looking way is taken for the other kind of pages.
 * Pages from an ITER acquire (iov_iter_extract_pages()) are pinned when
 * GUP_PIN_TEST (iov_iter_extract_will_pin()) says so and carry no
 * reference otherwise: they are unpinned under that test only, and never
 * put; code elsewhere decides by flags of its own (BIO_PAGE_PINNED, a
 * kvec test), so only the acquiring function's releases are judged.
 */
#include <string.h>
#include "analysis.h"

#define MAX_CALLERS 2

static struct gc_node *node_of(struct gc_func *f, struct gc_event *ev)
{
	for (int n = 0; n < f->nnodes; n++)
		for (int i = 0; i < f->nodes[n]->nev; i++)
			if (f->nodes[n]->ev[i] == ev)
				return f->nodes[n];
	return NULL;
}

/* Does an edge's guard say fact, whichever of its alternatives holds? */
static int says(const struct gc_guard *g, enum gc_ret fact)
{
	for (int a = 0; g && a < g->nalt; a++) {
		int found = 0;

		for (int i = 0; i < g->alt[a].nlit; i++)
			found |= g->alt[a].lit[i].kind == LIT_RESULT &&
				 g->alt[a].lit[i].ret == fact;
		if (!found)
			return 0;
	}
	return g != NULL;
}

/* Does every path from f's entry to target cross an edge saying fact? */
static int behind(struct gc_func *f, struct gc_node *target, enum gc_ret fact)
{
	char *seen = gc_alloc(f->nnodes);
	struct gc_node **todo = gc_alloc(f->nnodes * sizeof(*todo));
	int n = 0;

	todo[n++] = f->nodes[0];
	seen[0] = 1;
	while (n) {
		struct gc_node *x = todo[--n];

		if (x == target)
			return 0;
		for (int k = 0; k < x->nsucc; k++)
			if (!says(x->guard[k], fact) && !seen[x->succ[k]->id]) {
				seen[x->succ[k]->id] = 1;
				todo[n++] = x->succ[k];
			}
	}
	return 1;
}

/* Is ev in f behind fact, there or at every call of f in the unit? */
static int guarded(struct gc_unit *u, struct gc_func *f, struct gc_event *ev,
		   enum gc_ret fact, int depth)
{
	struct gc_node *n = node_of(f, ev);
	int calls = 0;

	if (!n || behind(f, n, fact))
		return 1;
	if (depth >= MAX_CALLERS)
		return 0;
	for (struct gc_func *g = u->funcs; g; g = g->next)
		for (int k = 0; k < g->nnodes; k++)
			for (int i = 0; i < g->nodes[k]->nev; i++) {
				struct gc_event *call = g->nodes[k]->ev[i];

				if (call->type != EV_CALL || strcmp(call->callee, f->name))
					continue;
				if (!guarded(u, g, call, fact, depth + 1))
					return 0;
				calls++;
			}
	return calls > 0;
}

static void iter_release(struct gc_unit *u, struct gc_site *s,
			 struct gc_release *r)
{
	const char *test = gup_pin_test_row(0)->name;
	const struct gup_release *rel = r->ev->rel;

	if (rel->kind == KIND_PIN && !guarded(u, r->func, r->ev, RET_PINS, 0))
		gc_diag(CHECK_PIN_KIND, s, r->ev->pos,
			"%s() on pages from %s() (line %d) without the %s() test: pages of other iterators carry no reference",
			rel->name, s->api->name, s->ev->pos.line, test);
	else if (rel->kind == KIND_GET && !guarded(u, r->func, r->ev, RET_NOPIN, 0))
		gc_diag(CHECK_PIN_KIND, s, r->ev->pos,
			"%s() on pages from %s() (line %d), which pins them when %s(): use %s() under that test",
			rel->name, s->api->name, s->ev->pos.line, test,
			gc_suggest_release(FAMILY_UNPIN, rel->shape, 0));
}

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

		if (r->ev->type != EV_RELEASE || r->ev->rel->kind == KIND_ANY)
			continue;
		if (s->api->kind == KIND_ITER) {
			if (r->func == s->func)
				iter_release(u, s, r);
			continue;
		}
		if (r->ev->rel->kind == s->api->kind ||
		    (s->api->kind == KIND_GET && !s->flags_known &&
		     !s->flags_no_pin) ||
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
