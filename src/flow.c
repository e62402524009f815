// SPDX-License-Identifier: GPL-2.0
/*
 * The pin state of one site's pages along the paths of its function: a
 * forward data flow over the graph.  A node holds the set of states the
 * paths reaching it can be in (each state a combination of ST_* bits,
 * so paths in different states stay apart), and the acquire's result
 * tests on the edges refine them.  Once the sets are stable, a second
 * walk shows each event and each exit to the checks, once per state.
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

static int merge(struct states *to, const struct states *from)
{
	int changed = 0;

	for (int i = 0; i < NR_STATES / 64; i++) {
		changed |= (to->w[i] | from->w[i]) != to->w[i];
		to->w[i] |= from->w[i];
	}
	return changed;
}

static unsigned int acquired(struct gc_site *s)
{
	unsigned int st = ST_PINNED;
	enum gup_returns r = s->api->returns;

	if (r == RETURNS_COUNT || r == RETURNS_BYTES)
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

static int tests(struct gc_site *s, const void *key)
{
	for (int i = 0; key && i < s->nkeys; i++)
		if (s->keys[i] == key)
			return 1;
	return 0;
}

/* One path state through a node; report to the checks if given. */
static unsigned int walk_node(struct gc_unit *u, struct gc_site *s,
			      struct gc_node *n, unsigned int st,
			      const struct gc_check *const *checks, int nchecks)
{
	for (int i = 0; i < n->nev; i++) {
		struct gc_effect e = gc_effect_of(u, s, n->ev[i]);

		if (e.fx == FX_NONE)
			continue;
		for (int c = 0; c < nchecks; c++)
			if (checks[c]->event)
				checks[c]->event(s, &e, st);
		st = apply(&e, s, st);
	}
	if (n->is_exit)
		for (int c = 0; c < nchecks; c++)
			if (checks[c]->exit)
				checks[c]->exit(s, n, st);
	return st;
}

void gc_flow(struct gc_unit *u, struct gc_site *s,
	     const struct gc_check *const *checks, int nchecks)
{
	struct gc_func *f = s->func;
	struct states *in = calloc(f->nnodes, sizeof(*in));
	int changed = 1;

	add(&in[0], ST_NONE);
	while (changed) {
		changed = 0;
		for (int i = 0; i < f->nnodes; i++) {
			struct gc_node *n = f->nodes[i];

			for (unsigned int st = 0; st < NR_STATES; st++) {
				unsigned int out;

				if (!has(&in[i], st))
					continue;
				out = walk_node(u, s, n, st, NULL, 0);
				for (int k = 0; k < n->nsucc; k++) {
					struct states one = { { 0 } };

					add(&one, tests(s, n->cond_key[k]) ?
						  edge(n->cond[k], out) : out);
					changed |= merge(&in[n->succ[k]->id], &one);
				}
			}
		}
	}
	for (int i = 0; i < f->nnodes; i++)
		for (unsigned int st = 0; st < NR_STATES; st++)
			if (has(&in[i], st))
				walk_node(u, s, f->nodes[i], st, checks, nchecks);
	free(in);
}
