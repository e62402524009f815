// SPDX-License-Identifier: GPL-2.0
/*
 * Function and member summaries (see summary.h).  For each function:
 * the acquires it makes and where their pages go (a parameter the caller
 * passed, a member, the return value); what it does to the pages of
 * each parameter and member it touches, following them into the unit's
 * own helpers; and the calls that pass pages to functions it does not
 * define, the edges a tree-wide database follows into other units.
 */
#include <string.h>
#include "analysis.h"
#include "lower.h"
#include "summary.h"

#define MAX_DEPTH 4

static const char *const role_names[] = {
	[FACT_ACQUIRE] = "acquire", [FACT_RELEASE] = "release",
	[FACT_DIRTY] = "dirty", [FACT_FREE] = "free", [FACT_STORE] = "store",
	[FACT_HANDOFF] = "handoff", [FACT_CALL] = "call",
};

const char *gc_fact_role_name(enum gc_fact_role role)
{
	return role_names[role];
}

int gc_fact_role_of(const char *name)
{
	for (int i = 0; i < NR_FACT_ROLES; i++)
		if (!strcmp(role_names[i], name))
			return i;
	return -1;
}

struct summary {
	struct gc_unit *u;
	struct gc_func *f;	/* the function summarised */
	struct gc_fact *facts;
	const char *source;	/* the acquirer of a site's local pages */
};

static int same(const char *a, const char *b)
{
	return a == b || (a && b && !strcmp(a, b));
}

static int param_pages(struct gc_func *f, int param)
{
	for (struct gc_var *v = f->vars; v; v = v->next)
		if (v->storage == GV_PARAM && v->param == param)
			return v->type.pages;
	return 0;
}

/* The summarised function's fact of role on o's pages with api, or NULL. */
static struct gc_fact *find(struct summary *sum, enum gc_fact_role role,
			    const struct gc_obj *o, const char *api)
{
	int param = o ? o->param : -1;
	const char *member = o && o->field ? o->member : NULL;

	for (struct gc_fact *x = sum->facts; x; x = x->next)
		if (x->role == role && same(x->func, sum->f->name) &&
		    x->param == param && same(x->member, member) &&
		    same(x->api, api))
			return x;
	return NULL;
}

static struct gc_fact *fact(struct summary *sum, enum gc_fact_role role,
			    const struct gc_obj *o, const char *api, int line)
{
	struct gc_fact *x = find(sum, role, o, api);
	int param = o ? o->param : -1;
	const char *member = o && o->field ? o->member : NULL;

	if (x)
		return x;
	x = gc_alloc(sizeof(*x));
	*x = (struct gc_fact){
		.func = sum->f->name, .is_static = sum->f->is_static,
		.line = line, .role = role, .param = param, .member = member,
		.api = api, .count = -1, .dirty = -1, .arg = -1,
		.next = sum->facts,
	};
	if (param >= 0)
		x->pages = param_pages(sum->f, param);
	sum->facts = x;
	return x;
}

/* The first parameter of f that the rules name for role, or -1. */
static int param_with_role(struct gc_func *f, enum gup_role role)
{
	int best = -1;

	for (struct gc_var *v = f->vars; v; v = v->next)
		if (v->storage == GV_PARAM && !v->type.pages &&
		    gup_param_role(v->name, role) &&
		    (best < 0 || v->param < best))
			best = v->param;
	return best;
}

/* Does o hold pages of the summarised function's callers? */
static int shared(const struct gc_obj *o)
{
	return o && (o->param >= 0 ||
		     (o->field && o->member && strncmp(o->member, "struct ?", 8)));
}

/*
 * Does the unit fill member (of a shared object) with pages it allocated?
 * Then what it releases or frees there are its own pages (cuse puts an
 * allocated page where other units keep GUP pages, a page pool fills its
 * array from the allocator).
 */
static int owns(struct gc_unit *u, const struct gc_obj *top)
{
	if (!top->field || top->param >= 0)
		return 0;
	for (struct gc_func *f = u->funcs; f; f = f->next) {
		for (struct gc_obj *o = f->objs; o; o = o->next)
			if (o->allocated && o->field &&
			    same(o->member, top->member))
				return 1;
		for (int n = 0; n < f->nnodes; n++)
			for (int i = 0; i < f->nodes[n]->nev; i++) {
				struct gc_event *ev = f->nodes[n]->ev[i];

				if (ev->type == EV_STORE && ev->obj &&
				    ev->obj->allocated && ev->to->field &&
				    same(ev->to->member, top->member))
					return 1;
			}
	}
	return 0;
}

/*
 * What g does with the pages in o, as facts of the function summarised
 * about its object top: releases, dirtying, stores, hand-offs, and the
 * calls that take them out of the unit.
 */
static void effects(struct summary *sum, struct gc_func *g, struct gc_obj *o,
		    const struct gc_obj *top, const char *via, int depth)
{
	struct gc_fact *x;

	if (!o || depth > MAX_DEPTH)
		return;
	for (int n = 0; n < g->nnodes; n++)
		for (int i = 0; i < g->nodes[n]->nev; i++) {
			struct gc_event *ev = g->nodes[n]->ev[i];
			struct gc_func *h;

			if (ev->summary)
				continue;
			if (ev->type == EV_CALL) {
				for (int a = 0; a < ev->nargs; a++) {
					/* one page looked at (PageDirty()) */
					if (ev->args[a] != o || ev->arg_elem[a])
						continue;
					h = gc_func_find(sum->u, ev->callee);
					if (h) {
						effects(sum, h, gc_func_param(h, a),
							top, h->name, depth + 1);
						continue;
					}
					x = fact(sum, FACT_CALL, top, ev->callee,
						 ev->pos.line);
					x->arg = a;
					x->via = via;
				}
				continue;
			}
			if (ev->obj != o)
				continue;
			switch (ev->type) {
			case EV_RELEASE:
				x = fact(sum, FACT_RELEASE, top, ev->rel->name,
					 ev->pos.line);
				x->kind = ev->rel->kind;
				if (ev->dirty != DIRTY_NO)
					x->dirty = DIRTY_ALWAYS;
				break;
			case EV_DIRTY:
				x = fact(sum, FACT_DIRTY, top, ev->callee,
					 ev->pos.line);
				break;
			case EV_FREE:
				if (!ev->elem)	/* the array, not a page */
					continue;
				x = fact(sum, FACT_FREE, top, ev->callee,
					 ev->pos.line);
				break;
			case EV_STORE:	/* not into a struct on the stack */
				if (!ev->to->field || !ev->to->member ||
				    ev->to == top)
					continue;
				x = fact(sum, FACT_STORE, top, NULL,
					 ev->pos.line);
				x->target = ev->to->member;
				break;
			case EV_HANDOFF:
				x = fact(sum, FACT_HANDOFF, top, ev->callee,
					 ev->pos.line);
				break;
			default:
				continue;
			}
			x->via = via;
			if (sum->source)
				x->source = sum->source;
		}
}

/* A release that also dirties, or a dirtying next to it: by which arg. */
static void release_args(struct summary *sum)
{
	for (struct gc_fact *x = sum->facts; x; x = x->next) {
		struct gc_fact *d;

		if (x->role != FACT_RELEASE || !same(x->func, sum->f->name))
			continue;
		for (d = sum->facts; d && x->dirty < 0; d = d->next)
			if (d->role == FACT_DIRTY && same(d->func, x->func) &&
			    d->param == x->param && same(d->member, x->member))
				x->dirty = DIRTY_ALWAYS;
		if (x->param < 0)
			continue;
		x->count = param_with_role(sum->f, ROLE_COUNT);
		if (x->dirty == DIRTY_ALWAYS &&
		    param_with_role(sum->f, ROLE_DIRTY) >= 0)
			x->dirty = param_with_role(sum->f, ROLE_DIRTY);
	}
}

/* The node of f that holds ev, with ev's index there in *at; or NULL. */
static struct gc_node *node_of(struct gc_func *f, const struct gc_event *ev,
			       int *at)
{
	for (int n = 0; n < f->nnodes; n++)
		for (int i = 0; i < f->nodes[n]->nev; i++)
			if (f->nodes[n]->ev[i] == ev) {
				*at = i;
				return f->nodes[n];
			}
	return NULL;
}

/* Does ev give the variable holding s's result another value? */
static int overwrites(const struct gc_event *ev, struct gc_site *s)
{
	return ev->type == EV_SET && ev->value != GC_RESULT &&
	       gc_site_holds_result(s, ev->var);
}

/* What a search from an event of a function looks for, and where not. */
struct search {
	struct gc_site *s;		/* the site whose result it follows */
	const struct gc_event *target;	/* the event sought, or */
	int returns;			/* a return of the site's result, */
	int exits;			/* or any return */
	int (*ends)(const struct gc_event *ev, struct gc_site *s);
	int (*shut)(const struct gc_guard *g, struct gc_site *s);
};

static int sought(const struct gc_event *ev, const struct search *q)
{
	return ev == q->target || (q->returns && ev->obj == q->s->obj &&
				   ev->type == EV_RETURN_COUNT);
}

/*
 * Can an event sought run after event from of f?  A path stops before
 * an event that ends it, and takes no edge that shut says is not taken
 * while the site's result is where the guards test it (each node is
 * walked once with it there, and once with it overwritten).
 */
static int reaches(struct gc_func *f, const struct gc_event *from,
		   const struct search *q)
{
	struct gc_node *n;
	int *todo, *seen, ntodo = 0, i, live = 1;

	n = node_of(f, from, &i);
	if (!n)
		return 1;
	seen = gc_alloc(2 * f->nnodes * sizeof(*seen));
	todo = gc_alloc(2 * f->nnodes * sizeof(*todo));
	for (i++;; i = 0) {
		for (; i < n->nev && !(q->ends && q->ends(n->ev[i], q->s)); i++) {
			if (sought(n->ev[i], q))
				return 1;
			live &= !q->s || !overwrites(n->ev[i], q->s);
		}
		if (i == n->nev && n->is_exit && q->exits)
			return 1;
		for (int k = 0; i == n->nev && k < n->nsucc; k++) {
			int next = 2 * n->succ[k]->id + live;

			if (!seen[next] &&
			    !(live && q->shut && q->shut(n->guard[k], q->s))) {
				seen[next] = 1;
				todo[ntodo++] = next;
			}
		}
		if (!ntodo)
			return 0;
		ntodo--;
		n = f->nodes[todo[ntodo] / 2];
		live = todo[ntodo] % 2;
	}
}

/* Can ev run after the acquire at; a store on another branch cannot. */
static int after(struct gc_func *f, const struct gc_event *at,
		 const struct gc_event *ev)
{
	return reaches(f, at, &(struct search){ .target = ev });
}

/*
 * Does every alternative of guard g say that s pinned nothing (or, with
 * full, all it asked for)?
 */
static int says(const struct gc_guard *g, struct gc_site *s, int full)
{
	for (int a = 0; g && a < g->nalt; a++) {
		int this = 0;

		for (int k = 0; k < g->alt[a].nlit; k++) {
			const struct gc_lit *lit = &g->alt[a].lit[k];

			this |= lit->kind == LIT_RESULT &&
				(lit->ret == RET_FAILED ||
				 (full && lit->ret == RET_FULL)) &&
				gc_site_holds_result(s, lit->key);
		}
		if (!this)
			return 0;
	}
	return g && g->nalt;
}

static int failed(const struct gc_guard *g, struct gc_site *s)
{
	return says(g, s, 0);
}

static int settled(const struct gc_guard *g, struct gc_site *s)
{
	return says(g, s, 1);
}

static int releases(const struct gc_event *ev, struct gc_site *s)
{
	return ev->type == EV_RELEASE && ev->obj == s->obj;
}

/*
 * Does f return s's result only where shut says, as it holds it (if (r <
 * 0) goto out; ... out: return r;: only where it failed)?
 */
static int returns_only(struct gc_func *f, struct gc_site *s,
			int (*shut)(const struct gc_guard *, struct gc_site *))
{
	return !reaches(f, s->ev, &(struct search){
		.s = s, .returns = 1, .ends = overwrites, .shut = shut });
}

/*
 * Does f return while it holds s's pages, for its caller to release,
 * not only once it let them go or failed?
 */
static int hands_back(struct gc_func *f, struct gc_site *s)
{
	return reaches(f, s->ev, &(struct search){
		.s = s, .exits = 1, .ends = releases, .shut = failed });
}

/*
 * Does f set the variable holding s's result to 0 once s ran?  Then what
 * it returns says whether it pinned (0) or why not, not how many.
 */
static int zeroed(struct gc_func *f, struct gc_site *s)
{
	for (int n = 0; n < f->nnodes; n++)
		for (int i = 0; i < f->nodes[n]->nev; i++) {
			struct gc_event *ev = f->nodes[n]->ev[i];

			if (ev->type == EV_SET && ev->value == GC_ZERO &&
			    gc_site_holds_result(s, ev->var) &&
			    after(f, s->ev, ev))
				return 1;
		}
	return 0;
}

/*
 * The caller's parameter that a pfn of the pages goes out through
 * (*pfn = page_to_pfn(page)), or -1.
 */
static int pfn_out(const struct gc_event *ev)
{
	return ev->type == EV_STORE && ev->derived && !ev->to->field ?
	       gc_root_param(ev->to->root) : -1;
}

/* The caller's parameter that argument a of call ev reaches, or -1. */
static int arg_param(const struct gc_event *ev, int a)
{
	return ev->roots && a < ev->nargs ? gc_root_param(ev->roots[a]) : -1;
}

/*
 * What f returns of site s: "count", "errno" (0 once it pinned, or an
 * error), "all" (the count asked for, or an error: a short pin given
 * back and made an error, as rds_pin_pages() does), "pages", or NULL.
 */
static const char *site_returns(struct gc_func *f, struct gc_site *s)
{
	if (s->obj && gc_func_has_event(f, EV_RETURN_COUNT, s->obj) &&
	    hands_back(f, s)) {
		if (s->api->returns == RETURNS_ERRNO || zeroed(f, s) ||
		    returns_only(f, s, failed))
			return "errno";
		if (s->api->returns == RETURNS_ALL ||
		    returns_only(f, s, settled))
			return "all";
		return "count";
	}
	if (s->obj && gc_func_has_event(f, EV_RETURN, s->obj))
		return "pages";
	return NULL;
}

/* The GUP call under a site made through the unit's helpers. */
static const struct gc_site *innermost(const struct gc_site *s)
{
	while (s->through)
		s = s->through;
	return s;
}

/*
 * Call ev passes the pages of site s (from api) as argument a: to another
 * unit, an edge; to another of the unit's helpers than the one s pins
 * through, what that does to them, as facts of the caller's pages.
 */
static void call_facts(struct summary *sum, struct gc_site *s,
		       struct gc_event *ev, int a, const char *api)
{
	struct gc_func *h = gc_func_find(sum->u, ev->callee);
	int pins = s->through && !strcmp(ev->callee, s->api->name);
	struct gc_fact *x;

	if (!h) {
		x = fact(sum, FACT_CALL, s->obj, ev->callee, ev->pos.line);
		x->arg = a;
		x->source = api;
	} else if (!pins && after(sum->f, s->ev, ev)) {
		sum->source = api;
		effects(sum, h, gc_func_param(h, a), s->obj, h->name, 1);
		sum->source = NULL;
	}
}

/*
 * A site of f: where its pages go, and the calls that take them.  One
 * made through the unit's helper is the helper's GUP call, via it.
 */
static void site_facts(struct summary *sum, struct gc_site *s)
{
	struct gc_func *f = sum->f;
	const char *api = innermost(s)->api->name;
	const char *via = s->through ? s->api->name : NULL;
	struct gc_fact *x = fact(sum, FACT_ACQUIRE, s->obj, api,
				 s->ev->pos.line);

	x->kind = s->api->kind;
	x->rst_case = s->rst_case;
	x->via = via;
	if (s->count_var && s->count_var->storage == GV_PARAM)
		x->count = s->count_var->param;
	x->returns = site_returns(f, s);
	if (!s->obj)
		return;
	for (int n = 0; n < f->nnodes; n++)
		for (int i = 0; i < f->nodes[n]->nev; i++) {
			struct gc_event *ev = f->nodes[n]->ev[i];
			struct gc_obj out = { .param = pfn_out(ev) };

			if (ev->type == EV_STORE && ev->obj == s->obj &&
			    (shared(ev->to) || out.param >= 0) &&
			    !ev->summary && after(f, s->ev, ev)) {
				x = fact(sum, FACT_ACQUIRE,
					 out.param >= 0 ? &out : ev->to,
					 api, s->ev->pos.line);
				x->kind = s->api->kind;
				x->rst_case = s->rst_case;
				x->via = via;
			}
			for (int a = 0; ev->type == EV_CALL && a < ev->nargs; a++)
				if (ev->args[a] == s->obj && !ev->arg_elem[a])
					call_facts(sum, s, ev, a, api);
		}
}

/* The acquirer returns a summary's "count", "errno" or "all" say. */
enum gup_returns gc_returns_of(const char *returns)
{
	if (!strcmp(returns, "errno"))
		return RETURNS_ERRNO;
	return strcmp(returns, "all") ? RETURNS_COUNT : RETURNS_ALL;
}

/* What h returns of its site s, when s pins into its caller's array. */
static const char *pins_for_caller(struct gc_func *h, struct gc_site *s)
{
	const char *returns;

	if (s->func != h || !s->obj || s->obj->param < 0 ||
	    param_pages(h, s->obj->param) != 2)
		return NULL;
	returns = site_returns(h, s);
	return returns && strcmp(returns, "pages") ? returns : NULL;
}

/*
 * The acquire that a call of the unit's function named name stands for,
 * when that function pins pages into its caller's array and returns the
 * count (or 0 and an errno), as another unit's wrapper would; else NULL.
 * *inner is then its site.
 */
const struct gup_acquire *gc_helper_acquire(struct gc_unit *u,
					    const char *name,
					    struct gc_site **inner)
{
	struct gc_func *h = gc_func_find(u, name);
	struct gup_acquire *acq;
	struct gc_site *s;
	const char *returns = NULL;

	for (s = u->sites; h && s; s = s->next) {
		returns = pins_for_caller(h, s);
		if (returns)
			break;
	}
	if (!returns)
		return NULL;
	acq = gc_alloc(sizeof(*acq));
	*acq = (struct gup_acquire){
		h->name, s->api->kind, SHAPE_ARRAY, s->obj->param,
		s->count_var && s->count_var->storage == GV_PARAM ?
		s->count_var->param : -1, -1,
		gc_returns_of(returns) };
	*inner = s;
	return acq;
}

/*
 * The acquire f makes through the unit's helper that ev calls, when the
 * helper pins into its parameter a: what f passes there is filled, and f
 * returns what the helper does when it returns the helper's result.
 * True when the fact is new.
 */
static int helper_acquire(struct summary *sum, struct gc_event *ev, int a)
{
	struct gc_obj *o = ev->args[a], out = { .param = arg_param(ev, a) };
	struct gc_fact *x, *y;
	struct gc_var *v;

	for (x = sum->facts; x; x = x->next)
		if (x->role == FACT_ACQUIRE && x->param == a &&
		    !strcmp(x->func, ev->callee))
			break;
	if (x && !x->pages && out.param >= 0)	/* it gives out a pfn */
		o = &out;
	if (!x || !shared(o) || ev->arg_elem[a] ||
	    find(sum, FACT_ACQUIRE, o, x->api))
		return 0;
	y = fact(sum, FACT_ACQUIRE, o, x->api, ev->pos.line);
	y->kind = x->kind;
	y->rst_case = x->rst_case;
	y->via = ev->callee;
	y->returns = ev->returned ? x->returns : NULL;
	v = x->count >= 0 && x->count < ev->nargs && ev->roots ?
	    ev->roots[x->count].var : NULL;
	if (v && v->storage == GV_PARAM)
		y->count = v->param;
	return 1;
}

/* Those through every helper f calls: one more level each time. */
static int helper_acquires(struct summary *sum)
{
	struct gc_func *f = sum->f;
	int added = 0;

	for (int n = 0; n < f->nnodes; n++)
		for (int i = 0; i < f->nodes[n]->nev; i++) {
			struct gc_event *ev = f->nodes[n]->ev[i];

			if (ev->type != EV_CALL || !gc_func_find(sum->u, ev->callee))
				continue;
			for (int a = 0; a < ev->nargs; a++)
				added |= helper_acquire(sum, ev, a);
		}
	return added;
}

/*
 * What the unit's helpers do to the page a number names (put_pfn(pfn):
 * pfn_to_page(pfn)), as facts of f about its parameter passed there.
 */
static void numbers(struct summary *sum)
{
	struct gc_func *f = sum->f, *h;

	for (int n = 0; n < f->nnodes; n++)
		for (int i = 0; i < f->nodes[n]->nev; i++) {
			struct gc_event *ev = f->nodes[n]->ev[i];

			if (ev->type != EV_CALL)
				continue;
			h = gc_func_find(sum->u, ev->callee);
			for (int a = 0; h && a < ev->nargs; a++) {
				struct gc_obj *p = gc_func_param(h, a);
				struct gc_obj out = { .param = arg_param(ev, a) };

				if (p && !param_pages(h, a) && !ev->args[a] &&
				    out.param >= 0)
					effects(sum, h, p, &out, h->name, 1);
			}
		}
}

struct gc_fact *gc_summarise(struct gc_unit *u)
{
	struct summary sum = { .u = u };

	for (struct gc_func *f = u->funcs; f; f = f->next) {
		sum.f = f;
		for (struct gc_site *s = u->sites; s; s = s->next)
			if (s->func == f)
				site_facts(&sum, s);
		for (struct gc_obj *o = f->objs; o; o = o->next)
			if (shared(o) && !owns(u, o))
				effects(&sum, f, o, o, NULL, 0);
		numbers(&sum);
		release_args(&sum);
	}
	for (int depth = 0, added = 1; added && depth < MAX_DEPTH; depth++) {
		added = 0;
		for (sum.f = u->funcs; sum.f; sum.f = sum.f->next)
			added |= helper_acquires(&sum);
	}
	return sum.facts;
}
