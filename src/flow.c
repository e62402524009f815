// SPDX-License-Identifier: GPL-2.0
/*
 * The pin state of one site's pages along the paths of its function: a
 * forward data flow over the graph.  A node holds the set of states the
 * paths reaching it can be in (each state a combination of ST_* bits,
 * so paths in different states stay apart), and the acquire's result
 * tests on the edges refine them.  Once the sets are stable, a second
 * walk shows each event and each exit to the checks, once per state.
 *
 * The guards on the edges refine them too, and drop a path whose guard
 * contradicts what the path set (ret = -EFAULT, then if (!ret)) or
 * stored; a state keeps the values of a few variables for that.
 *
 * A work list carries only the states new at a node, so a node passes
 * each of its states on once: the walk of one site costs at most one
 * step (a state through a node) per distinct state per node, and in
 * practice a few.  A state is ST_CASE_SHIFT + 4 bits (the ST_* flags,
 * 2 bits per variable kept, the case taken), so a node holds at most
 * 2^(ST_CASE_SHIFT + 4) states of a site, whatever the number of paths
 * reaching it.  A function's sites share a budget of GC_FLOW_STEPS
 * steps; past it, the walk stops and the checks see the states found so
 * far (each of them is a real path's).
 */
#include <stdlib.h>
#include <string.h>
#include "analysis.h"

_Static_assert(ST_CASE_SHIFT + 4 <= 32, "a state is an unsigned int");

struct states {			/* a set of states, in the order found */
	unsigned int *v;
	int *branch;		/* per state: the first path's last branch */
	int n, a;
};

static void add(struct states *set, unsigned int st, int branch)
{
	if (set->n == set->a) {
		set->a = set->a ? 2 * set->a : 4;
		set->v = realloc(set->v, set->a * sizeof(*set->v));
		set->branch = realloc(set->branch,
				      set->a * sizeof(*set->branch));
		if (!set->v || !set->branch) {
			fputs("gupcheck: out of memory\n", stderr);
			exit(2);
		}
	}
	set->branch[set->n] = branch;
	set->v[set->n++] = st;
}

static int has(const struct states *set, unsigned int st)
{
	for (int i = 0; i < set->n; i++)
		if (set->v[i] == st)
			return 1;
	return 0;
}

/* Move the states of set into list (room for them), emptying it. */
static int take(struct states *set, struct states *list)
{
	int n = set->n;

	list->n = 0;
	for (int i = 0; i < n; i++)
		add(list, set->v[i], set->branch[i]);
	set->n = 0;
	return n;
}

struct node_states {
	struct states in;	/* every state found at the entry */
	struct states todo;	/* those not passed on yet */
	unsigned int walk;	/* the walk they belong to */
	int queued;
};

/* One site's walk over its function. */
struct walk {
	struct gc_unit *u;
	struct gc_site *s;
	struct gc_func *f;
	unsigned int id;
	int *list, nlist;	/* nodes holding states: the work list */
	int *touched, ntouched;	/* nodes this walk gave states to */
	struct states sts;	/* the states going through a node */
	struct states out;	/* what one state becomes on an edge */
};

static struct node_states *nodes;	/* reused from walk to walk */
static int *lists;
static int nodes_size;

static unsigned int acquired(struct gc_site *s)
{
	unsigned int st = ST_PINNED;
	enum gup_returns r = s->api->returns;

	if (r == RETURNS_COUNT || r == RETURNS_BYTES || r == RETURNS_ALL)
		st |= ST_MAYNEG;
	if (r == RETURNS_COUNT && !s->single && !gc_site_one_page(s))
		st |= ST_SHORT;
	return st;
}

static unsigned int apply(const struct gc_effect *e, struct gc_site *s,
			  unsigned int st)
{
	switch (e->fx) {
	case FX_ACQUIRE:
		return acquired(s) | (st & (ST_STORED | ST_CASE_MASK));
	case FX_REFILL:
		return ST_NONE | (st & (ST_STORED | ST_CASE_MASK));
	case FX_RELEASE:
		return st & ST_PINNED ? (st & ~ST_PINNED) | ST_RELEASED : st;
	case FX_GONE:
		if (e->ev->type == EV_STORE || e->ev->type == EV_RETURN)
			st |= ST_STORED;
		/* fall through */
	case FX_FREE:
	case FX_LOSE:	/* reported once, where it happens */
		return st & ST_PINNED ? (st & ~ST_PINNED) | ST_GONE : st;
	case FX_USE:
		return st & ST_PINNED ? st | ST_USED : st;
	default:
		return st;
	}
}

/*
 * The site's holder set to NULL once its pages went back: on the holder's
 * non-NULL branch it holds none of them (release(x->pages); x->pages =
 * NULL; ... if (x->pages) release(x->pages)), until the site fills it
 * again (apply() starts a new state).
 */
static unsigned int cleared(unsigned int st)
{
	return st & (ST_RELEASED | ST_GONE | ST_FAILED) ? st | ST_CLEARED : st;
}

static unsigned int edge(enum gc_ret r, unsigned int st)
{
	switch (r) {
	case RET_FAILED:
	case RET_NOPIN:		/* nothing pinned, nothing to release */
		if (st & ST_PINNED)
			st = (st & ~(ST_PINNED | ST_SHORT | ST_MAYNEG |
				     ST_SHORT_TAKEN)) | ST_FAILED;
		return st;
	case RET_SOME:
	case RET_NONNEG:
		return st & ~ST_MAYNEG;
	case RET_FULL:
		return st & ~(ST_SHORT | ST_MAYNEG);
	case RET_SHORT:
		return st & ST_PINNED ? st | ST_SHORT_TAKEN : st;
	default:
		return st;
	}
}

static struct node_states *states_of(struct walk *w, int i)
{
	struct node_states *ns = &nodes[i];

	if (ns->walk != w->id) {
		ns->in.n = ns->todo.n = 0;
		ns->queued = 0;
		ns->walk = w->id;
		w->touched[w->ntouched++] = i;
	}
	return ns;
}

static void reach(struct walk *w, int i, unsigned int st, int branch)
{
	struct node_states *ns = states_of(w, i);

	if (has(&ns->in, st))
		return;
	add(&ns->in, st, branch);
	add(&ns->todo, st, branch);
	if (!ns->queued) {
		ns->queued = 1;
		w->list[w->nlist++] = i;
	}
}

/*
 * The n states in w->sts through node n, event by event; with checks,
 * each event and exit is shown to them once per state.
 */
static unsigned int set_value(unsigned int st, int slot, enum gc_value v)
{
	return (st & ~(3u << ST_VALUE_SHIFT(slot))) |
	       (unsigned int)v << ST_VALUE_SHIFT(slot);
}

static void walk_node(struct walk *w, struct gc_node *n, int nst,
		      const struct gc_check *const *checks, int nchecks)
{
	unsigned int *sts = w->sts.v;
	int *branch = w->sts.branch;

	for (int i = 0; i < n->nev; i++) {
		struct gc_event *ev = n->ev[i];
		struct gc_effect e;

		if (ev->type == EV_WARN) {
			for (int k = 0; k < nst; k++)
				if (sts[k] & ST_PINNED)
					sts[k] |= ST_WARNED;
			continue;
		}
		if (ev->type == EV_SET) {
			for (int k = 0; k < nst; k++)
				sts[k] = set_value(sts[k], ev->slot, ev->value);
			continue;
		}
		if (ev->type == EV_CLEAR) {
			for (int k = 0; ev->obj == w->s->obj && k < nst; k++)
				sts[k] = cleared(sts[k]);
			continue;
		}
		e = gc_effect_of(w->u, w->s, ev);
		if (e.fx == FX_NONE)
			continue;
		for (int k = 0; k < nst; k++) {
			for (int c = 0; c < nchecks; c++)
				if (checks[c]->event)
					checks[c]->event(w->s, &e, sts[k],
							 branch[k]);
			sts[k] = apply(&e, w->s, sts[k]);
			if (e.fx == FX_ACQUIRE)
				branch[k] = 0;
		}
	}
	for (int k = 0; n->is_exit && k < nst; k++)
		for (int c = 0; c < nchecks; c++)
			if (checks[c]->exit)
				checks[c]->exit(w->s, n, sts[k], branch[k]);
}

/* Does the function store the site's pages into obj? */
static int stores_into(struct gc_site *s, const void *obj)
{
	struct gc_func *f = s->func;

	for (int n = 0; n < f->nnodes; n++)
		for (int i = 0; i < f->nodes[n]->nev; i++)
			if (f->nodes[n]->ev[i]->type == EV_STORE &&
			    f->nodes[n]->ev[i]->obj == s->obj &&
			    f->nodes[n]->ev[i]->to == obj)
				return 1;
	return 0;
}

/*
 * st under one literal; 0 when they contradict each other (no state is
 * 0: a path is at least ST_NONE).  A holder the pages are stored into,
 * tested once the pages were taken, is set exactly when they were stored
 * (obj->pages = pages at the end of the success path).
 */
static unsigned int under(struct gc_site *s, const struct gc_lit *lit,
			  unsigned int st)
{
	enum gc_value want = lit->nonzero ? GC_NONZERO : GC_ZERO, have;

	switch (lit->kind) {
	case LIT_RESULT:
		if (!gc_site_holds_result(s, lit->key) ||
		    (lit->slot >= 0 &&
		     ST_VALUE(st, lit->slot) != GC_RESULT))
			return st;	/* the variable holds something else here */
		return edge(lit->ret, st);
	case LIT_VALUE:
		if (lit->slot < 0)
			return st;
		have = ST_VALUE(st, lit->slot);
		if (have == GC_UNKNOWN)
			return set_value(st, lit->slot, want);
		return have == want || have == GC_RESULT ? st : 0;
	case LIT_NULL:
		if (lit->key == s->obj && lit->nonzero)	/* unless set to NULL */
			return st & ST_CLEARED ? 0 : st;
		if (lit->key == s->obj)		/* a NULL array holds no pins */
			return edge(RET_FAILED, st);
		if ((st & ST_NONE) || !stores_into(s, lit->key))
			return st;
		return !(st & ST_STORED) == !lit->nonzero ? st : 0;
	case LIT_CASE:
		if (lit->key != s->func->case_var)
			return st;	/* the variable changes */
		if (!ST_CASE(st))
			return st | (unsigned int)lit->id << ST_CASE_SHIFT;
		return ST_CASE(st) == lit->id ? st : 0;
	}
	return st;
}

/* Into w->out: the states st becomes on an edge with guard g. */
static void through(struct walk *w, const struct gc_guard *g, unsigned int st,
		    int branch)
{
	w->out.n = 0;
	if (!g) {
		add(&w->out, st, branch);
		return;
	}
	for (int a = 0; a < g->nalt; a++) {
		unsigned int t = st;

		for (int i = 0; t && i < g->alt[a].nlit; i++)
			t = under(w->s, &g->alt[a].lit[i], t);
		if (t && !has(&w->out, t))
			add(&w->out, t, branch);
	}
}

static void grow_nodes(int nnodes)
{
	if (nnodes <= nodes_size)
		return;
	for (int i = 0; i < nodes_size; i++) {
		free(nodes[i].in.v);
		free(nodes[i].in.branch);
		free(nodes[i].todo.v);
		free(nodes[i].todo.branch);
	}
	free(nodes);
	free(lists);
	nodes_size = nnodes;
	nodes = calloc(nnodes, sizeof(*nodes));
	lists = malloc(2 * nnodes * sizeof(*lists));
	if (!nodes || !lists) {
		fputs("gupcheck: out of memory\n", stderr);
		exit(2);
	}
}

const char *gc_path_text(int branch)
{
	static char text[64];

	if (!branch)
		return "this path";
	snprintf(text, sizeof(text), "the path through the branch at line %d",
		 branch);
	return text;
}

int gc_flow(struct gc_unit *u, struct gc_site *s,
	    const struct gc_check *const *checks, int nchecks, long *budget)
{
	static unsigned int walks;
	struct walk *w = &(struct walk){ .u = u, .s = s, .f = s->func };
	int over = 0;

	grow_nodes(w->f->nnodes);
	w->id = ++walks;
	w->list = lists;
	w->touched = lists + w->f->nnodes;
	reach(w, 0, ST_NONE, 0);
	while (w->nlist) {
		int i = w->list[--w->nlist], nst;
		struct gc_node *n = w->f->nodes[i];

		nodes[i].queued = 0;
		nst = take(&nodes[i].todo, &w->sts);
		*budget -= nst;
		if (*budget < 0) {
			over = 1;
			break;
		}
		walk_node(w, n, nst, NULL, 0);
		for (int k = 0; k < n->nsucc; k++)
			for (int j = 0; j < nst; j++) {
				int branch = n->nsucc > 1 && n->branch_line ?
					     n->branch_line : w->sts.branch[j];

				through(w, n->guard[k], w->sts.v[j], branch);
				for (int o = 0; o < w->out.n; o++)
					reach(w, n->succ[k]->id, w->out.v[o],
					      w->out.branch[o]);
			}
	}
	for (int t = 0; t < w->ntouched; t++) {
		int i = w->touched[t];

		w->sts.n = 0;
		for (int k = 0; k < nodes[i].in.n; k++)
			add(&w->sts, nodes[i].in.v[k], nodes[i].in.branch[k]);
		walk_node(w, w->f->nodes[i], w->sts.n, checks, nchecks);
	}
	free(w->sts.v);
	free(w->sts.branch);
	free(w->out.v);
	free(w->out.branch);
	return over ? -1 : 0;
}
