// SPDX-License-Identifier: GPL-2.0
/*
 * Which case of Documentation/core-api/pin_user_pages.rst a site is, from
 * what its pages go through once paired (rules: GUP_HANDOFF, GUP_USE,
 * GUP_NOTIFIER, dirtying):
 *   1  a device reaches the data for a while (DIO), or an object that
 *      does I/O with them takes them (GUP_HANDOFF's DEVICE, an acquirer
 *      filling a bio), or their pfn is given out for the call while they
 *      are held: FOLL_PIN
 *   2  a device keeps it long-term (RDMA), or FOLL_LONGTERM says so
 *   3  kept (as pages or pfns) while the unit listens to MMU notifiers:
 *      FOLL_GET is right
 *   4  only struct page is looked at, or the data only read by the CPU
 *      while held: FOLL_GET is right
 *   5  the data is written (dirtied, or mapped for a FOLL_WRITE pin), or
 *      the pages are kept for later: FOLL_PIN
 */
#include <stdlib.h>
#include "analysis.h"

static int dirtied(struct gc_site *s)
{
	for (int i = 0; i < s->nrel; i++) {
		struct gc_event *ev = s->rel[i].ev;

		if (ev->type == EV_DIRTY ||
		    (ev->type == EV_RELEASE && ev->dirty != DIRTY_NO))
			return 1;
	}
	return 0;
}

/* Does node n release the site's pages at its event from or later? */
static int releases(struct gc_unit *u, struct gc_site *s, struct gc_node *n,
		    int from)
{
	for (int i = from; i < n->nev; i++)
		if (gc_effect_of(u, s, n->ev[i]).fx == FX_RELEASE)
			return 1;
	return 0;
}

/* Can the function return from n without releasing the site's pages? */
static int escapes(struct gc_unit *u, struct gc_site *s, struct gc_node *n,
		   char *seen)
{
	if (seen[n->id]++)
		return 0;
	if (n->is_exit)
		return 1;
	for (int k = 0; k < n->nsucc; k++)
		if (!releases(u, s, n->succ[k], 0) &&
		    escapes(u, s, n->succ[k], seen))
			return 1;
	return 0;
}

/* Does holder live no longer than a call (it is on a stack)? */
static int short_lived(struct gc_unit *u, struct gc_site *s,
		       const struct gc_obj *holder)
{
	return gc_life_of(u, s->func, holder) == GC_LIFE_CALL;
}

/* Can the function return from event i of n with the pages still held? */
static int held_after(struct gc_unit *u, struct gc_site *s,
		      struct gc_node *n, int i)
{
	struct gc_func *f = s->func;
	char *seen;
	int held;

	if (releases(u, s, n, i))
		return 0;
	seen = calloc(f->nnodes, 1);
	held = escapes(u, s, n, seen);
	free(seen);
	return held;
}

/*
 * Does the function store or return the site's pages (or a pfn of them)
 * where test says, on a path that returns with the pages still held?
 */
static int given_out(struct gc_unit *u, struct gc_site *s,
		     int (*test)(struct gc_unit *u, struct gc_site *s,
				 const struct gc_event *ev))
{
	struct gc_func *f = s->func;

	for (int n = 0; n < f->nnodes; n++)
		for (int i = 0; i < f->nodes[n]->nev; i++) {
			struct gc_event *ev = f->nodes[n]->ev[i];

			if ((ev->type == EV_STORE || ev->type == EV_RETURN) &&
			    ev->obj == s->obj && test(u, s, ev) &&
			    held_after(u, s, f->nodes[n], i))
				return 1;
		}
	return 0;
}

/* Into something that outlives the call (or back to the caller)? */
static int outliving(struct gc_unit *u, struct gc_site *s,
		     const struct gc_event *ev)
{
	return ev->type != EV_STORE || !short_lived(u, s, ev->to);
}

/*
 * As a pfn?  Code that gets the frame number of a page it does not keep
 * reaches its data by physical address, as a device or a hypervisor does.
 */
static int as_pfn(struct gc_unit *u, struct gc_site *s,
		  const struct gc_event *ev)
{
	return ev->derived;
}

/*
 * Are the pages kept beyond the function: stored, as pages or as pfns,
 * on a path that returns without releasing them, in something that
 * outlives the call?  A page remembered after it was given back (a cache
 * key, a pfn looked up) keeps nothing.
 */
static int kept(struct gc_unit *u, struct gc_site *s)
{
	return (s->obj->field && !short_lived(u, s, s->obj)) ||
	       given_out(u, s, outliving);
}

/* Are the pages handed to an object that does I/O with them? */
static int handed_to_device(struct gc_site *s)
{
	for (int i = 0; i < s->nhandoff; i++) {
		const struct gup_handoff *h = gup_find_handoff(s->handoff[i]);

		if (!h || h->device)
			return 1;
	}
	return 0;
}

int gc_rst_case(struct gc_unit *u, struct gc_site *s)
{
	/* an acquirer that fills a bio gives the pages to its I/O */
	int device = s->api->shape == SHAPE_BIO || handed_to_device(s) ||
		     (s->uses & 1u << USE_DEVICE);
	int keeps, written;

	if (s->flag_bits & gup_flag("FOLL_LONGTERM"))
		return 2;
	if (!s->obj || s->obj->param >= 0)
		return 0;	/* the caller's to tell */
	keeps = kept(u, s);
	/* a pfn given out for the call: reached by physical address */
	device = device || (!keeps && given_out(u, s, as_pfn));
	written = dirtied(s) ||
		  ((s->uses & 1u << USE_CPU) &&
		   (s->flag_bits & gup_flag("FOLL_WRITE")));
	if (device)
		return keeps ? 2 : 1;
	if (keeps)
		return u->notifier ? 3 : 5;
	return written ? 5 : 4;
}

const char *gc_rst_case_text(int rst_case)
{
	static const char *const text[] = {
		[1] = "a device reaches their data",
		[2] = "kept long-term for a device",
		[3] = "kept under MMU notifiers",
		[4] = "only struct page is used",
		[5] = "their data is written or kept",
	};
	return rst_case > 0 && rst_case <= 5 ? text[rst_case] : NULL;
}
