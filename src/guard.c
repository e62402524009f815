// SPDX-License-Identifier: GPL-2.0
/*
 * Lowering conditions: what each edge out of a test says (src/gup.h
 * struct gc_guard), and the edges that test a pin test's holder.
 */
#include <stdlib.h>
#include <string.h>
#include "lowering.h"

/* What a test of e tests: the variable holding results, or the call. */
static const void *result_key(struct gc_site *s, struct gc_expr *e)
{
	return var(e) ? (const void *)var(e) : (const void *)s;
}

static enum gc_op swapped(enum gc_op op)
{
	switch (op) {
	case GO_LT: return GO_GT;
	case GO_GT: return GO_LT;
	case GO_LE: return GO_GE;
	case GO_GE: return GO_LE;
	default: return op;
	}
}

/* result op count, when it is (not) true. */
static enum gc_ret against_count(struct gc_site *s, enum gc_op op, int truth)
{
	enum gc_ret r;

	switch (op) {
	case GO_NE: case GO_LT:
		r = truth ? RET_SHORT : RET_FULL;
		break;
	case GO_EQ: case GO_GE:
		r = truth ? RET_FULL : RET_SHORT;
		break;
	default:
		return RET_ANY;
	}
	return !s->count_var && s->count_value == 1 && r == RET_SHORT ?
	       RET_FAILED : r;
}

/* result op v (0 or 1), when it is (not) true. */
static enum gc_ret against_value(enum gc_op op, long long v, int truth)
{
	if (v == 1) {		/* ret < 1, ret >= 1 */
		if (op == GO_LT)
			return truth ? RET_FAILED : RET_SOME;
		if (op == GO_GE)
			return truth ? RET_SOME : RET_FAILED;
		return RET_ANY;
	}
	switch (op) {
	case GO_LT:
		return truth ? RET_FAILED : RET_NONNEG;
	case GO_LE:
		return truth ? RET_FAILED : RET_SOME;
	case GO_EQ:
		return truth ? RET_FAILED : RET_ANY;
	case GO_NE:
		return truth ? RET_ANY : RET_FAILED;
	case GO_GT:
		return truth ? RET_SOME : RET_FAILED;
	case GO_GE:
		return truth ? RET_NONNEG : RET_FAILED;
	default:
		return RET_ANY;
	}
}

/* What r says of a result that is the count asked for, or an error. */
static enum gc_ret all_or_nothing(enum gc_ret r)
{
	if (r == RET_SOME || r == RET_NONNEG)
		return RET_FULL;
	return r == RET_SHORT ? RET_FAILED : r;
}

/* err op 0, when it is (not) true, for a 0-or-errno result. */
static enum gc_ret errno_fact(enum gc_op op, int truth)
{
	switch (op) {
	case GO_NE: case GO_LT:
		return truth ? RET_FAILED : RET_FULL;
	case GO_EQ: case GO_GE:
		return truth ? RET_FULL : RET_FAILED;
	default:
		return RET_ANY;
	}
}

/* iov_iter_extract_will_pin(iter): do ITER acquires on iter pin? */
static enum gc_ret pin_test_fact(struct gc_lower *l, struct gc_expr *e,
				 int truth, const void **key)
{
	int elem;

	*key = resolve(l, arg(e, gup_find_pin_test(e->name)->arg), &elem);
	return truth ? RET_PINS : RET_NOPIN;
}

/* IS_ERR(page): did the acquire that returned page fail? */
static enum gc_ret err_test_fact(struct gc_lower *l, struct gc_expr *e,
				 int truth, const void **key)
{
	struct gc_expr *page = arg(e, gup_find_err_test(e->name)->arg);
	struct gc_site *site = result_site(l, page);

	if (!site || site->api->returns != RETURNS_PAGE)
		return RET_ANY;
	*key = result_key(site, page);
	return truth ? RET_FAILED : RET_SOME;
}

/* A test: a comparison, && || !, or a likely()/unlikely() of one. */
int is_condition(struct gc_expr *e)
{
	if (!e)
		return 0;
	if (e->kind == GX_CALL && e->name && !strcmp(e->name, "__builtin_expect"))
		return is_condition(arg(e, 0));
	return is_compare(e) ||
	       (e->kind == GX_UNARY && e->op == GO_NOT) ||
	       (e->kind == GX_BINARY && (e->op == GO_LAND || e->op == GO_LOR));
}

int is_compare(struct gc_expr *e)
{
	return e->kind == GX_BINARY && e->op >= GO_EQ && e->op <= GO_GE;
}

/* What a test of e (a leaf of a condition) says of an acquire's result. */
static enum gc_ret result_fact(struct gc_lower *l, struct gc_expr *e,
			       int truth, const void **key)
{
	struct gc_site *site;
	struct gc_expr *other;
	enum gc_op op;
	enum gc_ret r;

	*key = NULL;
	if (e->kind == GX_CALL && e->name && gup_find_pin_test(e->name))
		return pin_test_fact(l, e, truth, key);
	if (e->kind == GX_CALL && e->name && gup_find_err_test(e->name))
		return err_test_fact(l, e, truth, key);
	if (!is_compare(e)) {
		site = result_site(l, e);
		if (!site)
			return RET_ANY;
		*key = result_key(site, e);
		if (site->api->returns == RETURNS_ERRNO)	/* if (err) */
			return errno_fact(GO_NE, truth);
		if (truth)
			return site->api->returns == RETURNS_BOOL ? RET_SOME : RET_ANY;
		return RET_FAILED;
	}
	op = e->op;
	other = e->b;
	site = result_site(l, e->a);
	if (site) {
		*key = result_key(site, e->a);
	} else {
		site = result_site(l, e->b);
		if (!site)
			return RET_ANY;
		*key = result_key(site, e->b);
		other = e->a;
		op = swapped(op);
	}
	/* ret == -EOPNOTSUPP: an error, so nothing pinned */
	if (other->kind == GX_CONST && other->value < 0 &&
	    site->api->returns != RETURNS_PAGE &&
	    ((op == GO_EQ && truth) || (op == GO_NE && !truth)))
		return RET_FAILED;
	if (site->api->returns == RETURNS_ERRNO)
		return is_const(other, 0) ? errno_fact(op, truth) : RET_ANY;
	if ((site->count_var && var(other) == site->count_var) ||
	    same_place(site->count_expr, other) ||
	    (!site->count_var && site->count_value != 0 &&
	     is_const(other, site->count_value)))
		r = against_count(site, op, truth);
	else if (is_const(other, 0) || is_const(other, 1))
		r = against_value(op, other->value, truth);
	else
		return RET_ANY;
	return site->api->returns == RETURNS_ALL ? all_or_nothing(r) : r;
}

/*
 * x, !x, x == 0, x != 0, x < 0, x > 0: the x tested against zero (or
 * NULL) and whether it is non-zero when the test is (not) true; NULL
 * when that says nothing (x >= 0 true) and for other tests.
 */
struct gc_expr *zero_test(struct gc_expr *e, int truth, int *nonzero)
{
	if (!is_compare(e)) {
		*nonzero = truth;
		return e;
	}
	if (!is_const(e->a, 0) && !is_const(e->b, 0))
		return NULL;
	if (e->op == GO_EQ || e->op == GO_NE)
		*nonzero = (e->op == GO_NE) == truth;
	else if ((e->op == GO_LT || e->op == GO_GT) == truth)
		*nonzero = 1;	/* x < 0, 0 < x, !(x >= 0), !(x <= 0) */
	else
		return NULL;
	return is_const(e->b, 0) ? e->a : e->b;
}

static void add_lit(struct gc_conj *c, struct gc_lit lit)
{
	if (c->nlit < GC_LITS)
		c->lit[c->nlit++] = lit;
}

/* The literals a test that is not && || ! says when it is (not) true. */
static void leaf(struct gc_lower *l, struct gc_expr *e, int truth,
		 struct gc_conj *c)
{
	struct gc_expr *x;
	const void *key;
	int nonzero, elem;
	struct gc_obj *o;
	enum gc_ret r = result_fact(l, e, truth, &key);

	if (key && r != RET_ANY)
		add_lit(c, (struct gc_lit){ .kind = LIT_RESULT, .key = key,
					    .ret = r, .slot = -1 });
	x = zero_test(e, truth, &nonzero);
	if (!x)
		return;
	if (holds_pages(x) && (o = resolve(l, x, &elem)) && !elem)
		add_lit(c, (struct gc_lit){ .kind = LIT_NULL, .key = o,
					    .ret = RET_ANY, .slot = -1, .nonzero = nonzero });
	else if (var(x) && !holds_pages(x) && var(x)->storage != GV_GLOBAL)
		add_lit(c, (struct gc_lit){ .kind = LIT_VALUE,
					    .key = var(x), .ret = RET_ANY,
					    .slot = -1,
					    .nonzero = nonzero });
}

/* Either of a and b (b and a may be NULL: nothing known). */
static struct gc_guard *either(struct gc_guard *a, struct gc_guard *b)
{
	struct gc_guard *g;

	if (!a || !b || a->nalt + b->nalt > GC_ALTS)
		return NULL;
	g = gc_alloc(sizeof(*g));
	g->alt = gc_alloc((a->nalt + b->nalt) * sizeof(*g->alt));
	memcpy(g->alt, a->alt, a->nalt * sizeof(*g->alt));
	memcpy(g->alt + a->nalt, b->alt, b->nalt * sizeof(*g->alt));
	g->nalt = a->nalt + b->nalt;
	return g;
}

/* Both a and b: each alternative of a with each of b. */
static struct gc_guard *both(struct gc_guard *a, struct gc_guard *b)
{
	struct gc_guard *g;

	if (!a || !b)
		return a ? a : b;
	if (a->nalt * b->nalt > GC_ALTS)
		return a->nalt <= b->nalt ? a : b;
	g = gc_alloc(sizeof(*g));
	g->alt = gc_alloc(a->nalt * b->nalt * sizeof(*g->alt));
	for (int i = 0; i < a->nalt; i++)
		for (int j = 0; j < b->nalt; j++) {
			struct gc_conj *c = &g->alt[g->nalt++];

			c->lit = gc_alloc(GC_LITS * sizeof(*c->lit));
			for (int k = 0; k < a->alt[i].nlit; k++)
				add_lit(c, a->alt[i].lit[k]);
			for (int k = 0; k < b->alt[j].nlit; k++)
				add_lit(c, b->alt[j].lit[k]);
		}
	return g;
}

/* What a condition says when it is (not) true; NULL: nothing. */
struct gc_guard *guard_of(struct gc_lower *l, struct gc_expr *e,
				 int truth)
{
	struct gc_guard *g;

	if (!e)
		return NULL;
	if (e->kind == GX_UNARY && e->op == GO_NOT)
		return guard_of(l, e->a, !truth);
	if (e->kind == GX_CALL && e->name &&
	    !strcmp(e->name, "__builtin_expect"))
		return guard_of(l, arg(e, 0), truth);
	if (e->kind == GX_BINARY && (e->op == GO_LAND || e->op == GO_LOR)) {
		struct gc_guard *a = guard_of(l, e->a, truth);
		struct gc_guard *b = guard_of(l, e->b, truth);

		return (e->op == GO_LAND) == truth ? both(a, b) : either(a, b);
	}
	for (struct cond_alias *c = l->conds; var(e) && c; c = c->next)
		if (c->var == var(e) && l->substituting < 4) {
			l->substituting++;
			g = guard_of(l, c->cond, truth);
			l->substituting--;
			if (g)
				return g;
			break;	/* then what the variable itself says */
		}
	g = gc_alloc(sizeof(*g));
	g->alt = gc_alloc(sizeof(*g->alt));
	g->alt->lit = gc_alloc(GC_LITS * sizeof(*g->alt->lit));
	g->nalt = 1;
	leaf(l, e, truth, g->alt);
	return g->alt->nlit ? g : NULL;
}

/* The guard of a switch's edge to case id of v. */
struct gc_guard *case_guard(struct gc_var *v, int id)
{
	struct gc_guard *g = gc_alloc(sizeof(*g));

	g->alt = gc_alloc(sizeof(*g->alt));
	g->alt->lit = gc_alloc(sizeof(*g->alt->lit));
	g->alt->lit[0] = (struct gc_lit){ .kind = LIT_CASE, .key = v,
					  .ret = RET_ANY, .slot = -1,
					  .id = id };
	g->alt->nlit = 1;
	g->nalt = 1;
	return g;
}

/*
 * if (x), if (!dio->is_pinned): x may hold a GUP_PIN_TEST's answer,
 * assigned here or, for a member, anywhere in the unit; decided at the
 * end of the unit (see pin_edges_done()).
 */
void maybe_pin_edge(struct gc_lower *l, struct gc_expr *e, int truth)
{
	struct pin_edge *p;
	struct holder h;
	char path[256];

	while (e && ((e->kind == GX_UNARY && e->op == GO_NOT) ||
		     (e->kind == GX_CALL && e->name &&
		      !strcmp(e->name, "__builtin_expect")))) {
		truth ^= e->kind == GX_UNARY;
		e = e->kind == GX_UNARY ? e->a : arg(e, 0);
	}
	if (!holder_of(e, &h))
		return;
	p = gc_alloc(sizeof(*p));
	*p = (struct pin_edge){ l->f, l->cur, l->cur->nsucc - 1, h, NULL,
				truth, l->pin_edges };
	if (h.member && path_of(e, path, sizeof(path)))
		p->path = gc_strdup(path);
	l->pin_edges = p;
}

/* Does some alternative of g say something of a result? */
int knows_result(const struct gc_guard *g)
{
	for (int a = 0; g && a < g->nalt; a++)
		for (int i = 0; i < g->alt[a].nlit; i++)
			if (g->alt[a].lit[i].kind == LIT_RESULT)
				return 1;
	return 0;
}

/* g, and key holds a result that says r. */
static struct gc_guard *with_result(struct gc_guard *g, const void *key,
				    enum gc_ret r)
{
	struct gc_guard *one = gc_alloc(sizeof(*one));

	one->alt = gc_alloc(sizeof(*one->alt));
	one->alt->lit = gc_alloc(GC_LITS * sizeof(*one->alt->lit));
	one->nalt = 1;
	add_lit(one->alt, (struct gc_lit){ .kind = LIT_RESULT, .key = key,
					    .ret = r, .slot = -1 });
	return both(g, one);
}

/* The edges that test a holder say whether ITER acquires pinned. */
void pin_edges_done(struct gc_lower *l)
{
	for (struct pin_edge *p = l->pin_edges; p; p = p->next) {
		struct holder *k = find_holder(l, &p->what);
		const void *key = p->what.var;

		if (!k)
			continue;
		if (!key)	/* a member: its object in that function */
			key = gc_obj_get(p->f, p->path ? p->path : k->member,
					 k->member);
		p->node->guard[p->succ] = with_result(p->node->guard[p->succ], key,
						      p->truth ? RET_PINS : RET_NOPIN);
		for (struct gc_site *s = l->u->sites; s; s = s->next)
			if (s->func == p->f && s->api->kind == KIND_ITER)
				gc_site_key(s, key);
	}
}
