// SPDX-License-Identifier: GPL-2.0
/*
 * Pairing: which events release, dirty or free the pages of a site.  The
 * pages are followed into static helpers of the unit (through the
 * parameter they are passed in) and through struct members: a member
 * the site's pages are stored in is released wherever the unit releases
 * that member.  What a helper does with a parameter is worked out once
 * (helper_effect()), and each function and object is followed once per
 * site, so the cost grows with the events of the unit, not with the
 * helpers' call chains.
 */
#include <stdlib.h>
#include <string.h>
#include "analysis.h"

/* Are the site's pages one page each, whatever the event names? */
static int site_pages_are_pages(struct gc_site *s)
{
	return s->single || s->api->shape == SHAPE_ONE ||
	       s->api->shape == SHAPE_RETURN;
}

/* Does ev give back a page (not free the array that held them)? */
static int frees_page(struct gc_site *s, struct gc_event *ev)
{
	return ev->elem || site_pages_are_pages(s);
}

/* How many elements a site pins, when its count is a constant; else 0. */
static long long pinned_count(struct gc_site *s)
{
	return s && !s->count_var && s->count_value > 0 ? s->count_value : 0;
}

/*
 * Does a release of ev's count from pages[0] stop before index: is the
 * count index itself, or what a pin that asked for index returned?
 */
static int counts_up_to(struct gc_event *ev, const void *index)
{
	return ev->count && (ev->count == index ||
			     (ev->count_site && ev->count_site->count_var == index));
}

/*
 * Can ev touch one of the pages s pinned?  When both name elements of
 * the array by the same index (or by constants), the site pins count
 * elements from its first: an element outside them, or another pin's
 * elements that do not overlap them, are other pages.
 */
static int may_touch(struct gc_site *s, struct gc_event *ev)
{
	const struct gc_elem *first = &s->ev->at, *e = &ev->at;
	long long n = pinned_count(s), m = 1;

	if (!first->known || !e->known)
		return 1;
	/* what another pin returned, released from where it pinned: its own */
	if (ev->count_site && ev->count_site != s &&
	    ev->count_site->func == s->func &&
	    ev->count_site->ev->at.known &&
	    ev->count_site->ev->at.index == e->index &&
	    ev->count_site->ev->at.offset == e->offset &&
	    (first->index != e->index || first->offset != e->offset))
		return 0;
	/*
	 * Outside loops (where an index grows from pin to pin): pages[pinned]
	 * and on, pinned holding what s pinned from pages[0] and never
	 * stepped, or from pages[n], n what s asked for; and pages[0] up to
	 * pages[n - 1], when s pins from pages[n].
	 */
	if (!s->ev->loop && !first->index && !first->offset && e->stable &&
	    e->offset >= 0 && (gc_site_holds_result(s, e->index) ||
			       e->index == s->count_var))
		return 0;
	if (ev->summary)	/* a loop's elements from e on */
		return 1;
	if (!s->ev->loop && first->index && !e->index && !e->offset &&
	    !first->offset && counts_up_to(ev, first->index))
		return 0;
	if (first->index != e->index || !n)
		return 1;
	if (ev->type == EV_ACQUIRE) {
		m = pinned_count(ev->site);
		if (!m)
			return 1;
	} else if (!ev->elem) {
		return 1;
	}
	return e->offset < first->offset + n && first->offset < e->offset + m;
}

static struct gc_effect helper_effect(struct gc_site *s, const char *callee,
				      int arg);
static struct gc_effect member_effect(struct gc_site *s, const char *callee,
				      int arg, const char *member);

/* Does a call's argument point into what holds o (helper(umem), umem->pgs)? */
static int reaches(const struct gc_root *arg, const struct gc_obj *o)
{
	struct gc_root a = gc_root_resolve(*arg), h = gc_root_resolve(o->root);

	return a.var && a.var == h.var;
}

/* Is o a member of a struct on the function's own stack? */
static int on_stack(const struct gc_obj *o)
{
	return !o->field && o->root.var && o->root.own;
}

static struct gc_effect event_effect(struct gc_site *s, struct gc_event *ev,
				     struct gc_obj *o)
{
	struct gc_effect e = { FX_NONE, ev, NULL, ev->pos };

	if (ev->type == EV_CALL) {
		struct gc_effect h;

		for (int i = 0; i < ev->nargs; i++)
			if (ev->args[i] == o) {
				h = helper_effect(s, ev->callee, i);
				if (h.fx != FX_NONE)
					return h;
				e.fx = FX_USE;	/* passed on: maybe read or written */
			}
		for (int i = 0; o && o->member && ev->roots && i < ev->nargs; i++)
			if (reaches(&ev->roots[i], o)) {
				h = member_effect(s, ev->callee, i, o->member);
				if (h.fx != FX_NONE)
					return h;
			}
		return e;
	}
	if (!o || ev->obj != o)	/* pages nothing holds are no event's */
		return e;
	switch (ev->type) {
	case EV_ACQUIRE:	/* another acquire refills the same pages */
		e.fx = ev == s->ev ? FX_ACQUIRE : FX_REFILL;
		break;
	case EV_RELEASE:	/* not the page table's reference */
		e.fx = o->unmapped ? FX_NONE : FX_RELEASE;
		break;
	case EV_DIRTY:
		e.fx = FX_DIRTY;
		break;
	case EV_FREE:
		e.fx = frees_page(s, ev) ? FX_FREE : FX_LOSE;
		break;
	case EV_USE:
		e.fx = FX_USE;
		break;
	case EV_STORE:	/* into a struct on the stack: still in hand */
		e.fx = on_stack(ev->to) ? FX_NONE : FX_GONE;
		break;
	default:
		e.fx = FX_GONE;
		break;
	}
	return e;
}

/*
 * The strongest thing a helper does to the pages of us (a parameter, or
 * a member of what one points into), worked out once per helper and
 * object (and kind of site: a free of the array frees the pages of a
 * one-page pin), through the helpers it calls in turn; a helper calling
 * itself adds nothing the first pass did not see.
 */
static struct gc_effect uses_effect(struct gc_site *s, struct gc_uses *us,
				    const char *callee)
{
	/* a helper that keeps the pages on some path has taken them */
	static const int strength[] = {
		[FX_NONE] = 0, [FX_ACQUIRE] = 0, [FX_REFILL] = 0,
		[FX_USE] = 0, [FX_LOSE] = 0, [FX_DIRTY] = 1, [FX_RELEASE] = 2,
		[FX_FREE] = 3, [FX_GONE] = 4,
	};
	struct gc_effect best = { .fx = FX_NONE };
	int page = site_pages_are_pages(s);

	if (!us || us->helper_done[page] < 0)
		return best;
	if (us->helper_done[page])
		return us->helper[page];
	us->helper_done[page] = -1;
	for (int i = 0; i < us->nev; i++) {
		struct gc_effect e = event_effect(s, us->ev[i], us->obj);

		if (strength[e.fx] > strength[best.fx])
			best = e;
	}
	if (best.fx != FX_NONE)
		best.via = callee;
	us->helper[page] = best;
	us->helper_done[page] = 1;
	return best;
}

static struct gc_effect helper_effect(struct gc_site *s, const char *callee,
				      int arg)
{
	return uses_effect(s, gc_param_uses(callee, arg), callee);
}

/* The same, on member of what parameter arg points into (umem->pgs). */
static struct gc_effect member_effect(struct gc_site *s, const char *callee,
				      int arg, const char *member)
{
	struct gc_func *f = gc_func_named(callee);

	for (struct gc_obj *o = f ? f->objs : NULL; o; o = o->next)
		if (o->member && !strcmp(o->member, member) &&
		    gc_root_param(o->root) == arg)
			return uses_effect(s, gc_uses_of(o), callee);
	return (struct gc_effect){ .fx = FX_NONE };
}

struct gc_effect gc_effect_of(struct gc_unit *u, struct gc_site *s,
			      struct gc_event *ev)
{
	struct gc_effect none = { FX_NONE, ev, NULL, ev->pos };

	/*
	 * An element event counts where it runs as often as the acquire
	 * or less: in the acquire's loop or around it.  Inner loops count
	 * through their summary (see summarise_loop() in the front end).
	 */
	if (ev->elem && !gc_loop_encloses(s->func, ev->loop, s->ev->loop))
		return none;
	if (!may_touch(s, ev))
		return none;
	none = event_effect(s, ev, s->obj);
	none.at = ev->pos;
	return none;
}

static void add_handoff(struct gc_site *s, const char *name)
{
	for (int i = 0; i < s->nhandoff; i++)
		if (!strcmp(s->handoff[i], name))
			return;
	if (s->nhandoff < (int)(sizeof(s->handoff) / sizeof(s->handoff[0])))
		s->handoff[s->nhandoff++] = name;
}

/*
 * A member that holds allocated pages at times and GUP pages at others
 * (as a flag says), and that the unit both frees and releases: each kind
 * is given back its own way, so the free is not the GUP pages'.
 */
static int frees_own_pages(struct gc_uses *us)
{
	int allocated = 0, released = 0;

	if (us->obj->param >= 0)	/* a helper callers pass allocated pages */
		return us->obj->allocated;
	if (us->frees_own >= 0)
		return us->frees_own;
	for (struct gc_uses *m = gc_uses_of_member(us->obj->member); m;
	     m = m->next_member) {
		allocated |= m->obj->allocated;
		for (int i = 0; i < m->nev; i++)
			released |= m->ev[i]->type == EV_RELEASE &&
				    m->ev[i]->obj == m->obj;
	}
	us->frees_own = allocated && released;
	return us->frees_own;
}

/* Pair s with what us's function does to the object, and its helpers. */
static void pair_in(struct gc_site *s, struct gc_uses *us, const char *via,
		    unsigned int stamp)
{
	struct gc_obj *o;

	if (!us || us->visited == stamp)
		return;
	us->visited = stamp;
	o = us->obj;
	for (int i = 0; i < us->nev; i++) {
		struct gc_event *ev = us->ev[i];

		if (ev->type == EV_CALL) {
			for (int a = 0; a < ev->nargs; a++)
				if (ev->args[a] == o && gc_func_named(ev->callee))
					pair_in(s, gc_param_uses(ev->callee, a),
						ev->callee, stamp);
			continue;
		}
		if (ev->obj != o || (o == s->obj && !may_touch(s, ev)))
			continue;
		if (ev->type == EV_RELEASE && o->unmapped)
			continue;	/* the page table's reference */
		if (ev->type == EV_RELEASE || ev->type == EV_DIRTY ||
		    (ev->type == EV_FREE && frees_page(s, ev) &&
		     !((o->field || o->param >= 0) && frees_own_pages(us))))
			gc_site_pair(s, ev, us->func, via);
		else if (ev->type == EV_HANDOFF)
			add_handoff(s, ev->callee);
		else if (ev->type == EV_USE)
			s->uses |= 1u << ev->use->use;
	}
}

/*
 * Pair s with the events on member key anywhere in the unit, but in
 * structs on a stack: those hold only what their function put there.
 */
static void pair_member(struct gc_site *s, const char *key, unsigned int stamp)
{
	for (struct gc_uses *m = gc_uses_of_member(key); m; m = m->next_member)
		if ((m->func != s->func || m->obj != s->obj) &&
		    !on_stack(m->obj))
			pair_in(s, m, key, stamp);
}

static void pair_site(struct gc_site *s, unsigned int stamp)
{
	struct gc_uses *us;

	if (!s->obj)
		return;
	us = gc_uses_of(s->obj);
	pair_in(s, us, NULL, stamp);
	if (s->obj->field)
		pair_member(s, s->obj->member, stamp);
	for (int i = 0; i < us->nev; i++) {
		struct gc_event *ev = us->ev[i];

		if (ev->type == EV_STORE && ev->obj == s->obj &&
		    ev->to->member)
			pair_member(s, ev->to->member, stamp);
	}
}

void gc_pair_sites(struct gc_unit *u)
{
	unsigned int stamp = 0;

	for (struct gc_site *s = u->sites; s; s = s->next)
		pair_site(s, ++stamp);
}
