// SPDX-License-Identifier: GPL-2.0
/*
 * Lowering control flow: labels, edges, branches, returns and loops.
 */
#include <stdlib.h>
#include <string.h>
#include "lowering.h"

static struct gc_label *label(struct gc_lower *l, const void *key,
			      const char *name)
{
	struct gc_label *lab;

	for (lab = l->labels; (key || name) && lab; lab = lab->next)
		if (key ? lab->key == key : lab->name && !strcmp(lab->name, name))
			return lab;
	lab = gc_alloc(sizeof(*lab));
	*lab = (struct gc_label){ key, name ? gc_strdup(name) : NULL,
				  gc_node_new(l->f), l->labels };
	l->labels = lab;
	return lab;
}

struct gc_label *gc_lower_label(struct gc_lower *l, const void *key)
{
	return label(l, key, NULL);
}

struct gc_label *gc_lower_label_named(struct gc_lower *l, const char *name)
{
	return label(l, NULL, name);
}

void gc_lower_edge(struct gc_lower *l, struct gc_label *to)
{
	if (l->cur && to)
		gc_edge(l->cur, to->node, NULL);
}

void gc_lower_jump(struct gc_lower *l, struct gc_label *to)
{
	gc_lower_edge(l, to);
	l->cur = NULL;
}

/*
 * The id of case value k in f's list, added if new; 0 when the list is
 * full.
 */
static int case_id(struct gc_func *f, long long k)
{
	for (int i = 0; i < f->ncases; i++)
		if (f->case_value[i] == k)
			return i + 1;
	if (f->ncases == GC_CASES)
		return 0;
	f->case_value[f->ncases++] = k;
	return f->ncases;
}

/*
 * A parameter the function never assigns takes the same case each time
 * its switch runs: the edges of the function's first such switch say
 * which case they take (id, GC_CASE_NONE for none), so that no path
 * takes two (a pin under one case of a loop's switch, then the default
 * on the next turn).
 */
static void case_edge(struct gc_lower *l, struct gc_expr *value, int id,
		      struct gc_label *to)
{
	struct gc_func *f = l->f;

	if (!l->cur || !to)
		return;
	if (value)
		l->cur->branch_line = value->pos.line;
	if (id && var(value) && var(value)->storage == GV_PARAM &&
	    (!f->case_switch || f->case_switch == value)) {
		f->case_switch = value;
		f->case_var = var(value);
		gc_edge(l->cur, to->node, case_guard(var(value), id));
	} else {
		gc_edge(l->cur, to->node, NULL);
	}
}

void gc_lower_case(struct gc_lower *l, struct gc_expr *value,
		   struct gc_expr *k, struct gc_label *to)
{
	int id = 0;

	if (k && k->kind == GX_CONST)
		id = case_id(l->f, k->value);
	case_edge(l, value, id, to);
}

void gc_lower_no_case(struct gc_lower *l, struct gc_expr *value,
		      struct gc_label *to)
{
	case_edge(l, value, GC_CASE_NONE, to);
	l->cur = NULL;
}

void gc_lower_place(struct gc_lower *l, struct gc_label *label)
{
	gc_lower_edge(l, label);
	l->cur = label->node;
}

void gc_lower_branch(struct gc_lower *l, struct gc_expr *cond,
		     struct gc_label *yes, struct gc_label *no)
{
	here(l);
	if (cond)
		l->cur->branch_line = cond->pos.line;
	gc_edge(l->cur, yes->node, guard_of(l, cond, 1));
	if (!knows_result(l->cur->guard[l->cur->nsucc - 1]))
		maybe_pin_edge(l, cond, 1);
	gc_edge(l->cur, no->node, guard_of(l, cond, 0));
	if (!knows_result(l->cur->guard[l->cur->nsucc - 1]))
		maybe_pin_edge(l, cond, 0);
	l->cur = NULL;
}

/* The calls of callee whose result the function returns. */
static void returned_calls(struct gc_lower *l, const char *callee)
{
	if (!callee)
		return;
	for (int n = 0; n < l->f->nnodes; n++)
		for (int i = 0; i < l->f->nodes[n]->nev; i++) {
			struct gc_event *ev = l->f->nodes[n]->ev[i];

			if (ev->type == EV_CALL && !strcmp(ev->callee, callee))
				ev->returned = 1;
		}
}

void gc_lower_return(struct gc_lower *l, struct gc_pos pos,
		     struct gc_expr *value)
{
	struct gc_node *n = here(l);
	struct gc_site *site = result_site(l, value);
	struct gc_root r = root_of(value, 0);
	int elem;

	if (r.var && !r.own)	/* the caller decides how long it lives */
		r.var->returned = 1;
	if (value && value->kind == GX_CALL)
		returned_calls(l, value->name);
	else if (var(value))
		returned_calls(l, var(value)->result_of);
	if (holds_pages(value)) {
		struct gc_obj *o = resolve(l, value, &elem);

		if (o)
			gc_event_add(n, EV_RETURN, pos)->obj = o;
	} else if (site && site->obj &&
		   (site->obj->param >= 0 || site->obj->field)) {
		gc_event_add(n, EV_RETURN_COUNT, pos)->obj = site->obj;
	}
	n->is_exit = 1;
	n->exit_pos = pos;
	l->cur = NULL;
}

void gc_lower_loop_begin(struct gc_lower *l)
{
	struct loop *loop = gc_alloc(sizeof(*loop));

	loop->id = gc_loop_new(l->f, l->loop ? l->loop->id : 0);
	loop->preheader = here(l);
	loop->first_node = l->f->nnodes;
	loop->outer = l->loop;
	l->loop = loop;
}

/* What a loop condition counts against: the n of i < n, n--, n > 0. */
static struct gc_expr *loop_bound(struct gc_expr *e)
{
	if (!e || var(e))
		return e;
	if (e->kind == GX_UNARY)
		return e->op == GO_NOT ? NULL : loop_bound(e->a);
	if (!is_compare(e))
		return NULL;
	if (e->b->kind == GX_CONST && e->op != GO_LT && e->op != GO_LE)
		return loop_bound(e->a);
	return e->b;
}

/*
 * Where a loop counting i up from 0 starts in the array its body indexes
 * at: pages[i] from pages[0], pages[n + i] from pages[n]; else unknown.
 */
static struct gc_elem loop_start(struct gc_elem at, struct gc_expr *cond)
{
	const struct gc_var *i = cond && is_compare(cond) ? var(cond->a) : NULL;
	struct gc_elem from = { .offset = at.offset, .known = 1 };

	if (!i)
		return (struct gc_elem){ 0 };
	if (at.index == i && !at.plus)
		return from;
	if (at.index == i || at.plus == i) {
		from.index = at.index == i ? at.plus : at.index;
		return from;
	}
	return (struct gc_elem){ 0 };
}

/* Calls name their callee; stores and returns have none. */
static int same_callee(const char *a, const char *b)
{
	return a == b || (a && b && !strcmp(a, b));
}

/*
 * The loop as a whole does what its body does to elements of an array:
 * add one summary event a kind and object to the pre-header, so that a
 * release loop releases on every path, also when it runs zero times.
 */
void gc_lower_loop_end(struct gc_lower *l, struct gc_expr *cond)
{
	struct loop *loop = l->loop;
	struct gc_node *pre = loop->preheader;
	struct gc_expr *bound = loop_bound(cond);
	int first = pre->nev;

	l->loop = loop->outer;
	for (int n = loop->first_node; n < l->f->nnodes; n++) {
		struct gc_node *node = l->f->nodes[n];

		for (int i = 0; i < node->nev; i++) {
			struct gc_event *ev = node->ev[i], *sum;
			int dup = 0;

			if (ev->loop != loop->id || !ev->elem ||
			    ev->type == EV_ACQUIRE)
				continue;
			for (int j = first; j < pre->nev; j++)
				if (pre->ev[j]->obj == ev->obj &&
				    pre->ev[j]->type == ev->type &&
				    same_callee(pre->ev[j]->callee, ev->callee))
					dup = 1;
			if (dup)
				continue;
			sum = gc_event_add(pre, ev->type, ev->pos);
			*sum = *ev;
			sum->at = loop_start(ev->at, cond);
			if (!sum->count_site)	/* i < pinned: that pin's pages */
				sum->count_site = result_site(l, bound);
			sum->summary = 1;
			sum->loop = loop->outer ? loop->outer->id : 0;
			if (!sum->bound)
				sum->bound = bound_of(l, ev->obj, bound);
		}
	}
}

