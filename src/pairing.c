// SPDX-License-Identifier: GPL-2.0
/*
 * Pairing: which events release, dirty or free the pages of a site.  The
 * pages are followed into static helpers of the unit (through the
 * parameter they are passed in) and through struct members: a member
 * the site's pages are stored in is released wherever the unit releases
 * that member.
 */
#include <string.h>
#include "analysis.h"

#define MAX_DEPTH 4

static struct gc_func *find_func(struct gc_unit *u, const char *name)
{
	for (struct gc_func *f = u->funcs; f; f = f->next)
		if (!strcmp(f->name, name))
			return f;
	return NULL;
}

static struct gc_obj *param_obj(struct gc_func *f, int i)
{
	for (struct gc_obj *o = f->objs; o; o = o->next)
		if (o->param == i)
			return o;
	return NULL;
}

/* Does ev give back a page (not free the array that held them)? */
static int frees_page(struct gc_site *s, struct gc_event *ev)
{
	return ev->elem || s->single || s->api->shape == SHAPE_ONE ||
	       s->api->shape == SHAPE_RETURN;
}

static struct gc_effect helper_effect(struct gc_unit *u, struct gc_site *s,
				      const char *callee, int arg, int depth);

static struct gc_effect event_effect(struct gc_unit *u, struct gc_site *s,
				     struct gc_event *ev, struct gc_obj *o,
				     int depth)
{
	struct gc_effect e = { FX_NONE, ev, NULL, ev->pos };

	if (ev->type == EV_CALL) {
		for (int i = 0; i < ev->nargs; i++)
			if (ev->args[i] == o) {
				e = helper_effect(u, s, ev->callee, i, depth + 1);
				if (e.fx != FX_NONE)
					return e;
			}
		return e;
	}
	if (ev->obj != o)
		return e;
	switch (ev->type) {
	case EV_ACQUIRE:	/* another acquire refills the same pages */
		e.fx = ev == s->ev ? FX_ACQUIRE : FX_REFILL;
		break;
	case EV_RELEASE:
		e.fx = FX_RELEASE;
		break;
	case EV_DIRTY:
		e.fx = FX_DIRTY;
		break;
	case EV_FREE:
		e.fx = frees_page(s, ev) ? FX_FREE : FX_NONE;
		break;
	case EV_USE:
		break;
	default:
		e.fx = FX_GONE;
		break;
	}
	return e;
}

/* The strongest thing a helper does to the pages passed as argument arg. */
static struct gc_effect helper_effect(struct gc_unit *u, struct gc_site *s,
				      const char *callee, int arg, int depth)
{
	/* a helper that keeps the pages on some path has taken them */
	static const int strength[] = {
		[FX_NONE] = 0, [FX_ACQUIRE] = 0, [FX_DIRTY] = 1,
		[FX_RELEASE] = 2, [FX_FREE] = 3, [FX_GONE] = 4,
	};
	struct gc_effect best = { .fx = FX_NONE };
	struct gc_func *f = find_func(u, callee);
	struct gc_obj *o = f ? param_obj(f, arg) : NULL;

	if (!o || depth > MAX_DEPTH)
		return best;
	for (int n = 0; n < f->nnodes; n++)
		for (int i = 0; i < f->nodes[n]->nev; i++) {
			struct gc_event *ev = f->nodes[n]->ev[i];
			struct gc_effect e;

			if (ev->summary)
				continue;
			e = event_effect(u, s, ev, o, depth);
			if (strength[e.fx] > strength[best.fx])
				best = e;
		}
	if (best.fx != FX_NONE)
		best.via = callee;
	return best;
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
	none = event_effect(u, s, ev, s->obj, 0);
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
 * A member that holds allocated pages at times and GUP pages at others,
 * freed in a function that also releases it: each kind is given back in
 * its own way there, so the free is not the GUP pages'.
 */
static int frees_own_pages(struct gc_unit *u, struct gc_func *f,
			   struct gc_obj *o)
{
	int allocated = 0, released = 0;

	if (!o->member)
		return 0;

	for (struct gc_func *g = u->funcs; g; g = g->next)
		for (struct gc_obj *p = g->objs; p; p = p->next)
			allocated |= p->allocated && p->member &&
				     !strcmp(p->member, o->member);
	for (int n = 0; allocated && n < f->nnodes; n++)
		for (int i = 0; i < f->nodes[n]->nev; i++)
			released |= f->nodes[n]->ev[i]->type == EV_RELEASE &&
				    f->nodes[n]->ev[i]->obj == o;
	return released;
}

static void pair_in(struct gc_unit *u, struct gc_site *s, struct gc_func *f,
		    struct gc_obj *o, const char *via, int depth)
{
	if (!o || depth > MAX_DEPTH)
		return;
	for (int n = 0; n < f->nnodes; n++)
		for (int i = 0; i < f->nodes[n]->nev; i++) {
			struct gc_event *ev = f->nodes[n]->ev[i];
			struct gc_func *g;

			if (ev->summary)
				continue;
			if (ev->type == EV_CALL) {
				g = find_func(u, ev->callee);
				for (int a = 0; g && a < ev->nargs; a++)
					if (ev->args[a] == o)
						pair_in(u, s, g, param_obj(g, a),
							g->name, depth + 1);
				continue;
			}
			if (ev->obj != o)
				continue;
			if (ev->type == EV_RELEASE || ev->type == EV_DIRTY ||
			    (ev->type == EV_FREE && frees_page(s, ev) &&
			     !(o->field && frees_own_pages(u, f, o))))
				gc_site_pair(s, ev, f, via);
			else if (ev->type == EV_HANDOFF)
				add_handoff(s, ev->callee);
			else if (ev->type == EV_USE)
				s->uses |= 1u << ev->use->use;
		}
}

/* Pair s with the events on member key anywhere in the unit. */
static void pair_member(struct gc_unit *u, struct gc_site *s, const char *key)
{
	for (struct gc_func *f = u->funcs; f; f = f->next)
		for (struct gc_obj *o = f->objs; o; o = o->next)
			if (o->member && !strcmp(o->member, key) &&
			    (f != s->func || o != s->obj))
				pair_in(u, s, f, o, key, 0);
}

static void pair_site(struct gc_unit *u, struct gc_site *s)
{
	struct gc_func *f = s->func;

	if (!s->obj)
		return;
	pair_in(u, s, f, s->obj, NULL, 0);
	if (s->obj->field)
		pair_member(u, s, s->obj->member);
	for (int n = 0; n < f->nnodes; n++)
		for (int i = 0; i < f->nodes[n]->nev; i++) {
			struct gc_event *ev = f->nodes[n]->ev[i];

			if (ev->type == EV_STORE && ev->obj == s->obj &&
			    ev->to->member)
				pair_member(u, s, ev->to->member);
		}
}

void gc_pair_sites(struct gc_unit *u)
{
	for (struct gc_site *s = u->sites; s; s = s->next)
		pair_site(u, s);
}
