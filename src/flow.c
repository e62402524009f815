// SPDX-License-Identifier: GPL-2.0
/*
 * The pin state of one site's pages along the paths of its function: a
 * forward data flow over the graph, with a set of states per node, that
 * the acquire's result tests on the edges refine.  Once it is stable, a
 * second walk shows each event and each exit to the checks.
 */
#include <stdlib.h>
#include <string.h>
#include "analysis.h"

static unsigned int acquired(struct gc_site *s)
{
	unsigned int st = ST_PINNED;
	enum gup_returns r = s->api->returns;

	if (r == RETURNS_COUNT || r == RETURNS_BYTES)
		st |= ST_MAYNEG;
	if (r == RETURNS_COUNT && !(s->count && !strcmp(s->count, "1")))
		st |= ST_SHORT;
	return st;
}

static unsigned int apply(const struct gc_effect *e, struct gc_site *s,
			  unsigned int st)
{
	switch (e->fx) {
	case FX_ACQUIRE:
		return acquired(s);
	case FX_RELEASE:
		return st & ST_PINNED ? (st & ~ST_PINNED) | ST_RELEASED : st;
	case FX_FREE:
	case FX_GONE:
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
	unsigned int *in = calloc(f->nnodes, sizeof(*in));
	int changed = 1;

	in[0] = ST_NONE;
	while (changed) {
		changed = 0;
		for (int i = 0; i < f->nnodes; i++) {
			struct gc_node *n = f->nodes[i];
			unsigned int out;

			if (!in[i])
				continue;
			out = walk_node(u, s, n, in[i], NULL, 0);
			for (int k = 0; k < n->nsucc; k++) {
				unsigned int st = tests(s, n->cond_key[k]) ?
					edge(n->cond[k], out) : out;
				unsigned int *to = &in[n->succ[k]->id];

				if ((*to | st) != *to) {
					*to |= st;
					changed = 1;
				}
			}
		}
	}
	for (int i = 0; i < f->nnodes; i++)
		if (in[i])
			walk_node(u, s, f->nodes[i], in[i], checks, nchecks);
	free(in);
}
