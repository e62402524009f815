// SPDX-License-Identifier: GPL-2.0
/*
 * The pin state of one site's pages along the paths of its function: a
 * forward data flow over the graph.  A node holds the set of states the
 * paths reaching it can be in (each state a combination of ST_* bits,
 * so paths in different states stay apart), and the acquire's result
 * tests on the edges refine them.  Once the sets are stable, a second
 * walk shows each event and each exit to the checks, once per state.
 *
 * A work list carries only the states new at a node, so a node passes
 * each of its states on once: the walk of one site costs at most
 * NR_STATES steps (a state through a node) per node, and in practice a
 * few.  A function's sites share a budget of GC_FLOW_STEPS steps; past
 * it, the walk stops and the checks see the states found so far (each
 * of them is a real path's).
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include "analysis.h"

#define NR_STATES	512	/* every combination of the ST_* bits */

struct states {
	uint64_t w[NR_STATES / 64];
};

static void add(struct states *set, unsigned int st)
{
	set->w[st / 64] |= 1ull << (st % 64);
}

static int has(const struct states *set, unsigned int st)
{
	return set->w[st / 64] >> (st % 64) & 1;
}

/* Move the states of set into list, emptying it; return how many. */
static int take(struct states *set, unsigned int *list)
{
	int n = 0;

	for (int i = 0; i < NR_STATES / 64; i++)
		for (; set->w[i]; set->w[i] &= set->w[i] - 1)
			list[n++] = i * 64 + __builtin_ctzll(set->w[i]);
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
	unsigned int sts[NR_STATES];
};

static struct node_states *nodes;	/* reused from walk to walk */
static int *lists;
static int nodes_size;

static unsigned int acquired(struct gc_site *s)
{
	unsigned int st = ST_PINNED;
	enum gup_returns r = s->api->returns;

	if (r == RETURNS_COUNT || r == RETURNS_BYTES)
		st |= ST_MAYNEG;
	if (r == RETURNS_COUNT && !s->single &&
	    !(s->count && !strcmp(s->count, "1")))
		st |= ST_SHORT;
	return st;
}

static unsigned int apply(const struct gc_effect *e, struct gc_site *s,
			  unsigned int st)
{
	switch (e->fx) {
	case FX_ACQUIRE:
		return acquired(s) | (st & ST_STORED);
	case FX_REFILL:
		return ST_NONE | (st & ST_STORED);
	case FX_RELEASE:
		return st & ST_PINNED ? (st & ~ST_PINNED) | ST_RELEASED : st;
	case FX_GONE:
		if (e->ev->type == EV_STORE || e->ev->type == EV_RETURN)
			st |= ST_STORED;
		/* fall through */
	case FX_FREE:
		return st & ST_PINNED ? (st & ~ST_PINNED) | ST_GONE : st;
	default:
		return st;
	}
}

static unsigned int edge(enum gc_ret r, unsigned int st)
{
	switch (r) {
	case RET_FAILED:
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

static int tests(struct gc_site *s, const void *key)
{
	for (int i = 0; key && i < s->nkeys; i++)
		if (s->keys[i] == key)
			return 1;
	return 0;
}

static struct node_states *states_of(struct walk *w, int i)
{
	struct node_states *ns = &nodes[i];

	if (ns->walk != w->id) {
		memset(ns, 0, sizeof(*ns));
		ns->walk = w->id;
		w->touched[w->ntouched++] = i;
	}
	return ns;
}

static void reach(struct walk *w, int i, unsigned int st)
{
	struct node_states *ns = states_of(w, i);

	if (has(&ns->in, st))
		return;
	add(&ns->in, st);
	add(&ns->todo, st);
	if (!ns->queued) {
		ns->queued = 1;
		w->list[w->nlist++] = i;
	}
}

/*
 * The n states in w->sts through node n, event by event; with checks,
 * each event and exit is shown to them once per state.
 */
static void walk_node(struct walk *w, struct gc_node *n, int nst,
		      const struct gc_check *const *checks, int nchecks)
{
	for (int i = 0; i < n->nev; i++) {
		struct gc_effect e = gc_effect_of(w->u, w->s, n->ev[i]);

		if (e.fx == FX_NONE)
			continue;
		for (int k = 0; k < nst; k++) {
			for (int c = 0; c < nchecks; c++)
				if (checks[c]->event)
					checks[c]->event(w->s, &e, w->sts[k]);
			w->sts[k] = apply(&e, w->s, w->sts[k]);
		}
	}
	for (int k = 0; n->is_exit && k < nst; k++)
		for (int c = 0; c < nchecks; c++)
			if (checks[c]->exit)
				checks[c]->exit(w->s, n, w->sts[k]);
}

static void grow_nodes(int nnodes)
{
	if (nnodes <= nodes_size)
		return;
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
	reach(w, 0, ST_NONE);
	while (w->nlist) {
		int i = w->list[--w->nlist], nst;
		struct gc_node *n = w->f->nodes[i];

		nodes[i].queued = 0;
		nst = take(&nodes[i].todo, w->sts);
		*budget -= nst;
		if (*budget < 0) {
			over = 1;
			break;
		}
		walk_node(w, n, nst, NULL, 0);
		for (int k = 0; k < n->nsucc; k++) {
			int to = n->succ[k]->id;

			if (!tests(s, n->cond_key[k])) {
				for (int j = 0; j < nst; j++)
					reach(w, to, w->sts[j]);
				continue;
			}
			for (int j = 0; j < nst; j++)
				reach(w, to, edge(n->cond[k], w->sts[j]));
		}
	}
	for (int t = 0; t < w->ntouched; t++) {
		int i = w->touched[t];
		struct states in = nodes[i].in;

		walk_node(w, w->f->nodes[i], take(&in, w->sts), checks, nchecks);
	}
	return over ? -1 : 0;
}
