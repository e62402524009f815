// SPDX-License-Identifier: GPL-2.0
/*
 * Lowering values: what a path knows of a few variables (0, not 0, an
 * acquire's result), set by assignments and kept in its state.
 */
#include <stdlib.h>
#include <string.h>
#include "lowering.h"

static enum gc_op negated(enum gc_op op)
{
	switch (op) {
	case GO_LT: return GO_GE;
	case GO_GE: return GO_LT;
	case GO_LE: return GO_GT;
	case GO_GT: return GO_LE;
	case GO_EQ: return GO_NE;
	case GO_NE: return GO_EQ;
	default: return GO_OTHER;
	}
}

/* x where cond is (not) true: known when cond compares x with 0. */
static enum gc_value value_where(struct gc_lower *l, struct gc_expr *x,
				 struct gc_expr *cond, int truth)
{
	struct gc_expr *t;
	int nonzero;

	if (!var(x))
		return value_of(l, x);
	t = zero_test(cond, truth, &nonzero);
	if (t && var(t) == var(x))
		return nonzero ? GC_NONZERO : GC_ZERO;
	if (is_compare(cond) && var(cond->a) == var(x) && is_const(cond->b, 0)) {
		enum gc_op op = truth ? cond->op : negated(cond->op);

		if (op == GO_LT || op == GO_GT || op == GO_NE)
			return GC_NONZERO;
	}
	return value_of(l, x);
}

/*
 * What e is: zero, not zero (0, -EFAULT, x < 0 ? x : -ENOMEM), an
 * acquire's result (as a count, a result or 0 will do: pinned < 0 ? 0 :
 * pinned), or unknown.
 */
enum gc_value value_of(struct gc_lower *l, struct gc_expr *e)
{
	enum gc_value t, f;

	if (!e)
		return GC_UNKNOWN;
	if (e->kind == GX_CONST)
		return e->value ? GC_NONZERO : GC_ZERO;
	if (result_site(l, e))
		return GC_RESULT;
	if (e->kind != GX_COND)
		return GC_UNKNOWN;
	t = value_where(l, e->b, e->a, 1);
	f = value_where(l, e->c, e->a, 0);
	if (t == f)
		return t;
	if ((t == GC_RESULT && f == GC_ZERO) || (t == GC_ZERO && f == GC_RESULT))
		return GC_RESULT;
	return GC_UNKNOWN;
}

/* A local scalar x gets a value; conditions on it may follow. */
void set_value(struct gc_lower *l, struct gc_pos pos,
		      struct gc_expr *x, enum gc_value value)
{
	struct gc_event *ev;

	if (!var(x) || holds_pages(x) || var(x)->storage == GV_GLOBAL)
		return;
	ev = gc_event_add(here(l), EV_SET, pos);
	ev->var = var(x);
	ev->value = value;
	ev->slot = -1;
	var(x)->valued |= value != GC_UNKNOWN;
}

/* g without the literals on variables no slot keeps; NULL if then empty. */
static struct gc_guard *known(struct gc_guard *g)
{
	for (int a = 0; g && a < g->nalt; a++) {
		struct gc_conj *c = &g->alt[a];
		int kept = 0;

		for (int i = 0; i < c->nlit; i++)
			if (c->lit[i].kind != LIT_VALUE || c->lit[i].slot >= 0)
				c->lit[kept++] = c->lit[i];
		c->nlit = kept;
		if (!kept)	/* this alternative says nothing: nor does g */
			return NULL;
	}
	return g;
}

/* x++, x--, x += n: x's value is no longer known, nor stable. */
void step(struct gc_lower *l, struct gc_pos pos, struct gc_expr *x)
{
	if (var(x))
		var(x)->stepped = 1;
	set_value(l, pos, x, GC_UNKNOWN);
}

static int is_var(struct gc_func *f, const void *key)
{
	for (struct gc_var *v = f->vars; v; v = v->next)
		if (v == key)
			return 1;
	return 0;
}

/*
 * Each literal of f's guards on a variable gets the variable's slot; with
 * make, a variable the code sets and tests for a value gets one first,
 * while there are some.
 */
static void slot_lits(struct gc_func *f, int make, int *n)
{
	for (int i = 0; i < f->nnodes; i++)
		for (int k = 0; k < f->nodes[i]->nsucc; k++) {
			struct gc_guard *g = f->nodes[i]->guard[k];

			for (int a = 0; g && a < g->nalt; a++)
				for (int j = 0; j < g->alt[a].nlit; j++) {
					struct gc_lit *lit = &g->alt[a].lit[j];
					struct gc_var *v = (struct gc_var *)lit->key;

					if (lit->kind != LIT_VALUE &&
					    (lit->kind != LIT_RESULT ||
					     !is_var(f, lit->key)))
						continue;
					if (make && lit->kind == LIT_VALUE &&
					    v->slot < 0 && *n < GC_SLOTS &&
					    v->valued)
						v->slot = (*n)++;
					lit->slot = v->slot;
				}
		}
}

/*
 * The variables the function's conditions test and its code sets to a
 * known value (or an acquire's result) get a slot in its path states
 * (GC_SLOTS at most); tests of the others say nothing, and their sets
 * go.  A test of a slotted variable for a result holds where it holds it.
 */
void assign_slots(struct gc_func *f)
{
	int n = 0;

	slot_lits(f, 1, &n);
	slot_lits(f, 0, &n);
	for (int i = 0; i < f->nnodes; i++)
		for (int k = 0; k < f->nodes[i]->nsucc; k++)
			f->nodes[i]->guard[k] = known(f->nodes[i]->guard[k]);
	for (int i = 0; i < f->nnodes; i++)	/* counts set as results */
		for (int j = 0; j < f->nodes[i]->nev; j++) {
			struct gc_event *ev = f->nodes[i]->ev[j];
			struct gc_var *v = (struct gc_var *)ev->count;

			if (v && v->slot < 0 && n < GC_SLOTS && v->valued)
				v->slot = n++;
			ev->count_slot = v ? v->slot : -1;
			ev->at.stable = ev->at.index &&
				!((struct gc_var *)ev->at.index)->stepped;
		}
	for (int i = 0; i < f->nnodes; i++) {
		struct gc_node *node = f->nodes[i];
		int kept = 0;

		for (int j = 0; j < node->nev; j++) {
			struct gc_event *ev = node->ev[j];

			if (ev->type == EV_SET && (ev->slot = ev->var->slot) < 0)
				continue;
			node->ev[kept++] = ev;
		}
		node->nev = kept;
	}
}

