// SPDX-License-Identifier: GPL-2.0
/*
 * Lowering: the expressions and control flow a front end hands over
 * (see lower.h) become the model of src/gup.h, a control flow graph whose
 * nodes hold acquire, release, dirty, free, hand-off, store and call
 * events on the objects that hold pages.  This file: expressions,
 * objects, calls, assignments, units and functions.
 */
#include <stdlib.h>
#include <string.h>
#include "lowering.h"
#include "summary.h"

static const struct gc_type no_type;

/* ---- expressions --------------------------------------------------- */

static struct gc_expr *expr(struct gc_pos pos, enum gc_xkind kind,
			    struct gc_type type)
{
	struct gc_expr *e = gc_alloc(sizeof(*e));

	e->pos = pos;
	e->kind = kind;
	e->type = type;
	return e;
}

struct gc_expr *gc_x_other(struct gc_lower *l, struct gc_pos pos,
			   struct gc_type type)
{
	return expr(pos, GX_OTHER, type);
}

struct gc_expr *gc_x_const(struct gc_lower *l, struct gc_pos pos,
			   long long value)
{
	struct gc_expr *e = expr(pos, GX_CONST, no_type);

	e->value = value;
	return e;
}

struct gc_expr *gc_x_var(struct gc_lower *l, struct gc_pos pos,
			 struct gc_var *var)
{
	struct gc_expr *e = expr(pos, GX_VAR, var->type);

	e->var = var;
	return e;
}

struct gc_expr *gc_x_unary(struct gc_lower *l, struct gc_pos pos,
			   enum gc_xkind kind, enum gc_op op,
			   struct gc_type type, struct gc_expr *a)
{
	struct gc_expr *e = expr(pos, kind, type);

	e->op = op;
	e->a = a;
	if (kind == GX_UNARY && (op == GO_INC || op == GO_DEC)) {
		step(l, pos, a);
		if (var(a))
			var(a)->set_other = 1;
	}
	if (kind == GX_ADDR && var(a))
		var(a)->set_other = var(a)->assigned = 1;
	return e;
}

struct gc_expr *gc_x_binary(struct gc_lower *l, struct gc_pos pos,
			    enum gc_xkind kind, enum gc_op op,
			    struct gc_type type, struct gc_expr *a,
			    struct gc_expr *b)
{
	struct gc_expr *e = gc_x_unary(l, pos, kind, op, type, a);

	e->b = b;
	return e;
}

struct gc_expr *gc_x_cond(struct gc_lower *l, struct gc_pos pos,
			  struct gc_type type, struct gc_expr *a,
			  struct gc_expr *b, struct gc_expr *c)
{
	struct gc_expr *e = gc_x_binary(l, pos, GX_COND, GO_OTHER, type, a, b);

	e->c = c;
	return e;
}

struct gc_expr *gc_x_member(struct gc_lower *l, struct gc_pos pos,
			    struct gc_type type, struct gc_expr *base,
			    const char *member, int arrow)
{
	struct gc_expr *e = gc_x_unary(l, pos, GX_MEMBER, GO_OTHER, type, base);

	e->member = gc_strdup(member);
	e->arrow = arrow;
	return e;
}

/* Pointer levels above struct page, or else above struct folio. */
static int page_level(const struct gc_type *t)
{
	return t->pages ? t->pages : t->folios;
}

int holds_pages(struct gc_expr *e)
{
	return e && page_level(&e->type) >= 1 && page_level(&e->type) <= 3;
}

int is_const(struct gc_expr *e, long long v)
{
	return e && e->kind == GX_CONST && e->value == v;
}

/* ---- objects: what holds the pages an expression names ------------- */

struct gc_expr *arg(struct gc_expr *call, int n)
{
	return n >= 0 && n < call->nargs ? call->args[n] : NULL;
}

static struct gc_obj *var_obj(struct gc_lower *l, struct gc_var *v)
{
	struct gc_obj *o = gc_obj_get(l->f, v->name, v->name);

	if (v->storage == GV_PARAM)
		o->param = v->param;
	if (v->storage == GV_GLOBAL) {	/* shared by the unit */
		o->field = 1;
		o->member = o->key;
		o->root = (struct gc_root){ v, 1 };
	}
	return o;
}

/* The access path of a pointer, "q->kernel_if", or NULL. */
const char *path_of(struct gc_expr *e, char *buf, size_t size)
{
	char base[200];

	if (var(e)) {
		snprintf(buf, size, "%s", var(e)->name);
		return buf;
	}
	if (e && e->kind == GX_ADDR)	/* &p->embedded_struct */
		return path_of(e->a, buf, size);
	if (!e || e->kind != GX_MEMBER || !path_of(e->a, base, sizeof(base)))
		return NULL;
	if (snprintf(buf, size, "%s%s%s", base, e->arrow ? "->" : ".",
		     e->member) >= (int)size)
		return NULL;
	return buf;
}

/*
 * The variable an object is reached from.  e names the object itself
 * when lvalue is set (d, p->q, *p), else it is a pointer to it (p, &d,
 * p->next, p + 1); the object is the variable's own storage when no
 * pointer lies between them.
 */
struct gc_root root_of(struct gc_expr *e, int lvalue)
{
	struct gc_root r = { NULL, 0 };

	if (!e)
		return r;
	switch (e->kind) {
	case GX_VAR:
		return (struct gc_root){ e->var, lvalue };
	case GX_ADDR:
		return lvalue ? r : root_of(e->a, 1);
	case GX_MEMBER:
		r = root_of(e->a, !e->arrow);
		r.own &= lvalue;	/* a pointer kept in a member leads away */
		return r;
	case GX_DEREF:
	case GX_INDEX:
		r = root_of(e->a, 0);
		r.own &= lvalue;
		return r;
	case GX_BINARY:
		return e->op == GO_ADD || e->op == GO_SUB ?
		       root_of(e->a, lvalue) : r;
	default:
		return r;
	}
}

/*
 * A member access p->m.  Within a function its object is named by the
 * access path (q->kernel_if->header_page), so two structs of one type
 * stay apart; across functions the unit pairs it by "struct type.m".
 */
static struct gc_obj *member_obj(struct gc_lower *l, struct gc_expr *e)
{
	struct gc_expr *base = e->a;
	char key[256], path[256], where[200];
	struct gc_obj *o;

	snprintf(key, sizeof(key), "struct %s.%s",
		 base && base->type.tag ? base->type.tag : "?", e->member);
	if (!e->arrow && var(base) && var(base)->storage != GV_GLOBAL) {
		/*
		 * A member of a struct on the stack lives no longer than it;
		 * the code it is passed to reaches it by its type's member.
		 */
		snprintf(path, sizeof(path), "%s.%s", var(base)->name,
			 e->member);
		o = gc_obj_get(l->f, path, path);
		if (base->type.tag)
			o->member = gc_strdup(key);
		o->root = root_of(base, 1);
		return o;
	}
	if (!path_of(base, where, sizeof(where)) ||
	    snprintf(path, sizeof(path), "%s%s%s", where, e->arrow ? "->" : ".",
		     e->member) >= (int)sizeof(path))
		snprintf(path, sizeof(path), "%s", key);
	o = gc_obj_get(l->f, path, e->member);
	o->field = 1;
	o->member = gc_strdup(key);
	o->root = root_of(base, !e->arrow);
	return o;
}

/* The member whose pages an accessor call returns (GUP_ACCESS). */
static struct gc_obj *accessed(struct gc_lower *l, struct gc_expr *e)
{
	const struct gup_access *row = e->name ? gup_find_access(e->name) : NULL;
	struct gc_expr m = { .kind = GX_MEMBER, .pos = e->pos, .arrow = 1 };

	if (!row || !(m.a = arg(e, row->arg)))
		return NULL;
	m.member = row->member;
	return member_obj(l, &m);
}

/*
 * pfn_to_page(pfn) is the memory map plus the number (vmemmap + pfn,
 * mem_map + (pfn - offset)): a global page pointer plus a parameter that
 * holds no pages names the page the caller's number stands for.
 */
static struct gc_obj *numbered(struct gc_lower *l, struct gc_expr *e)
{
	struct gc_expr *n = e->b && e->b->kind == GX_BINARY ? e->b->a : e->b;
	struct gc_obj *map;
	int elem;

	if (page_level(&e->type) != 1 || !var(n) ||
	    var(n)->storage != GV_PARAM || holds_pages(n))
		return NULL;
	map = resolve(l, e->a, &elem);
	if (!map || !map->root.var || map->root.var->storage != GV_GLOBAL)
		return NULL;
	return var_obj(l, var(n));
}

/* Can node to be reached from the function's entry without going through n? */
static int around(struct gc_func *f, struct gc_node *n, struct gc_node *to)
{
	struct gc_node **todo = calloc(f->nnodes, sizeof(*todo));
	char *seen = calloc(f->nnodes, 1);
	int ntodo = 0, found = 0;

	if (f->nodes[0] != n) {
		todo[ntodo++] = f->nodes[0];
		seen[0] = 1;
	}
	while (ntodo && !found) {
		struct gc_node *m = todo[--ntodo];

		found = m == to;
		for (int k = 0; k < m->nsucc; k++)
			if (m->succ[k] != n && !seen[m->succ[k]->id]) {
				seen[m->succ[k]->id] = 1;
				todo[ntodo++] = m->succ[k];
			}
	}
	free(todo);
	free(seen);
	return found;
}

/* Does node n release, store or hand off o's pages? */
static int lets_go(const struct gc_node *n, const struct gc_obj *o)
{
	for (int i = 0; i < n->nev; i++)
		if (n->ev[i]->obj == o && (n->ev[i]->type == EV_RELEASE ||
					   n->ev[i]->type == EV_STORE ||
					   n->ev[i]->type == EV_HANDOFF))
			return 1;
	return 0;
}

/*
 * What a local held before alias a, where a was set on a branch that
 * let those pages go first and that the current point is also reached
 * without (put_page(page); page = wpage; inside an if): the pages it may
 * still hold here, or NULL.  A branch that re-points it without letting
 * them go loses them: that stays a leak.
 */
static struct gc_obj *before(struct gc_lower *l, const struct alias *a)
{
	struct gc_obj *old = NULL;

	for (struct alias *b = a->next; b && !old; b = b->next)
		if (b->var == a->var)
			old = b->obj;
	for (struct gc_obj *o = l->f->objs; o && !old; o = o->next)
		if (!strcmp(o->key, a->var->name))
			old = o;
	if (!old || !a->node || !lets_go(a->node, old) ||
	    !around(l->f, a->node, here(l)))
		return NULL;
	return old;
}

/*
 * Which object holds the pages an expression names, and is it one
 * element of it: pages, pages[i], *pages, pages + i, &page, p->pages[i],
 * or a local earlier assigned one of those (what it held before, if
 * it may still hold it, in l->shadowed).
 */
struct gc_obj *resolve(struct gc_lower *l, struct gc_expr *e, int *elem)
{
	struct gc_obj *o;

	*elem = 0;
	if (!e)
		return NULL;
	if (var(e)) {
		for (struct alias *a = l->aliases; a; a = a->next)
			if (a->var == var(e)) {
				*elem = a->elem;
				l->shadowed = before(l, a);
				return a->obj;
			}
		return var_obj(l, var(e));
	}
	switch (e->kind) {
	case GX_ADDR:		/* &a[i] is a + i, even where a[i] is no pointer */
		o = resolve(l, e->a && e->a->kind == GX_INDEX ? e->a->a : e->a,
			    elem);
		*elem = 0;
		return o;
	case GX_MEMBER:
		return member_obj(l, e);
	case GX_DEREF:
	case GX_INDEX:
		if (page_level(&e->type) == 2)	/* *pagesp: the caller's array */
			return resolve(l, e->a, elem);
		if (page_level(&e->type) != 1)
			return NULL;
		o = resolve(l, e->a, elem);
		*elem = 1;
		return o;
	case GX_BINARY:
		o = e->op == GO_ADD ? numbered(l, e) : NULL;
		if (o)
			return o;
		return e->op == GO_ADD || e->op == GO_SUB ?
		       resolve(l, e->a, elem) : NULL;
	case GX_UNARY:		/* *pages++ */
		return e->op == GO_INC || e->op == GO_DEC ?
		       resolve(l, e->a, elem) : NULL;
	case GX_CALL:		/* page_folio(page), frame_vector_pages(vec) */
		return e->name && gup_find_same(e->name) ?
		       resolve(l, arg(e, gup_find_same(e->name)->arg), elem) :
		       accessed(l, e);
	default:
		return NULL;
	}
}

/* The pages a value is computed from: page_to_pfn(page), page - base. */
static struct gc_obj *derived_from(struct gc_lower *l, struct gc_expr *e,
				   int *elem)
{
	struct gc_obj *o = NULL;

	if (!e)
		return NULL;
	if (holds_pages(e) && (o = resolve(l, e, elem)))
		return o;
	for (struct alias *a = l->derived; var(e) && a; a = a->next)
		if (a->var == var(e)) {
			*elem = a->elem;
			return a->obj;
		}
	switch (e->kind) {
	case GX_CALL:
		for (int i = 0; i < e->nargs; i++)
			if ((o = derived_from(l, e->args[i], elem)))
				return o;
		return NULL;
	case GX_BINARY:
		o = derived_from(l, e->a, elem);
		return o ? o : derived_from(l, e->b, elem);
	case GX_UNARY:
	case GX_ADDR:
		return derived_from(l, e->a, elem);
	default:
		return NULL;
	}
}

static struct gc_obj *somewhere(struct gc_lower *l)
{
	struct gc_obj *to = gc_obj_get(l->f, "?", "?");

	to->field = 1;
	return to;
}

/*
 * Where *out = page_to_pfn(page) puts the pfn: the object out points to,
 * which lives as long as what the callers pass for out (lifetime.c).
 */
static struct gc_obj *pointee(struct gc_lower *l, struct gc_expr *left)
{
	char key[200];
	struct gc_obj *o;

	if (left->kind != GX_DEREF || !var(left->a) ||
	    snprintf(key, sizeof(key), "*%s", var(left->a)->name) >=
	    (int)sizeof(key))
		return somewhere(l);
	o = gc_obj_get(l->f, key, key);
	o->root = root_of(left, 1);
	return o;
}

static struct gc_event *store(struct gc_lower *l, struct gc_pos pos,
			      struct gc_obj *from, int elem, struct gc_obj *to)
{
	struct gc_event *ev = gc_event_add(here(l), EV_STORE, pos);

	ev->obj = from;
	ev->elem = elem;
	ev->to = to;
	if (elem && l->loop)	/* one page a turn: the loop stores them all */
		ev->loop = l->loop->id;
	return ev;
}

/*
 * The store ev of what a local holds stores what it may still hold
 * from before a branch re-pointed it too (page = wpage inside an if,
 * then *pfn = page_to_pfn(page)).  Stores only: a release there would
 * release again what the branch released before re-pointing it.
 */
static void store_shadowed(struct gc_lower *l, struct gc_obj *old,
			   struct gc_event *ev)
{
	struct gc_event *twin;

	if (!old || old == ev->obj)
		return;
	twin = store(l, ev->pos, old, ev->elem, ev->to);
	twin->derived = ev->derived;
	twin->loop = ev->loop;
}

/* ---- calls --------------------------------------------------------- */

/* The last site of this function whose pages obj holds. */
static struct gc_site *site_of(struct gc_lower *l, struct gc_obj *obj)
{
	struct gc_site *s, *last = NULL;

	for (s = l->first_site; s; s = s->next)	/* the function's, in order */
		if (s->obj == obj)
			last = s;
	return last;
}

/* Do a and b read the same variable or member path? */
int same_place(struct gc_expr *a, struct gc_expr *b)
{
	if (!a || !b || a->kind != b->kind)
		return 0;
	if (a->kind == GX_VAR)
		return a->var == b->var;
	return a->kind == GX_MEMBER && a->arrow == b->arrow &&
	       !strcmp(a->member, b->member) && same_place(a->a, b->a);
}

/* The site whose result an expression is: the call, or a variable. */
struct gc_site *result_site(struct gc_lower *l, struct gc_expr *e)
{
	if (!e)
		return NULL;
	if (e->kind == GX_CALL)
		return e->site;
	for (struct result *r = l->results; var(e) && r; r = r->next)
		if (r->var == var(e))
			return r->site;
	return NULL;
}

/* What bounds a release of obj: the requested count, the result, other. */
enum gc_count bound_of(struct gc_lower *l, struct gc_obj *obj,
			      struct gc_expr *e)
{
	struct gc_site *s = site_of(l, obj);

	if (!e || !s)
		return e ? BOUND_OTHER : BOUND_NONE;
	if (result_site(l, e) == s)
		return BOUND_RETURNED;
	if ((s->count_var && var(e) == s->count_var) ||
	    (!s->count_var && is_const(e, s->count_value)))
		return BOUND_REQUESTED;
	return BOUND_OTHER;
}

/*
 * Argument positions from the prototype the unit declares, falling back
 * to the table's (see rules/gup-api.h).
 */
static void prototype_positions(const struct gc_proto *proto,
				const struct gup_acquire *api,
				int *pages, int *count, int *flags)
{
	int levels = api->shape == SHAPE_ALLOC ? 3 : 2;
	int p = -1, c = -1, f = -1;

	/* a frame vector or bio holds the pages: the table says where */
	if (api->shape == SHAPE_FRAMES || api->shape == SHAPE_BIO)
		levels = -1;
	*pages = api->pages, *count = api->count, *flags = api->flags;
	for (int i = 0; proto && i < proto->nparams; i++) {
		const struct gc_param *param = &proto->params[i];
		int level = api->shape == SHAPE_FOLIOS ? param->type.folios :
			    param->type.pages;

		if (p < 0 && level == levels)
			p = i;
		if (c < 0 && param->name && gup_param_role(param->name, ROLE_COUNT))
			c = i;
		if (f < 0 && param->name && gup_param_role(param->name, ROLE_FLAGS))
			f = i;
	}
	if (p >= 0 && api->pages >= 0)
		*pages = p;
	if (c >= 0 && api->count >= 0)
		*count = c;
	if (f >= 0 && api->flags >= 0)
		*flags = f;
}

/*
 * Which element of its array an expression names, by index variable and
 * offset: pages[i], &pages[i + 1], pages + 2, pages (the first).  Of
 * pages[n + i], it keeps both variables but knows no element: the loop
 * over i knows where it starts (gc_lower_loop_end()).
 */
static void element(struct gc_lower *l, struct gc_expr *e,
		    struct gc_elem *at)
{
	struct gc_expr *k;

	*at = (struct gc_elem){ 0 };
	while (e && (e->kind == GX_ADDR || e->kind == GX_DEREF))
		e = e->a;
	if (!e)
		return;
	for (struct alias *a = l->aliases; var(e) && a; a = a->next)
		if (a->var == var(e)) {		/* a = pages + n: from n */
			*at = a->at;
			return;
		}
	if (e->kind == GX_VAR || e->kind == GX_MEMBER) {
		at->known = 1;
		return;
	}
	if (e->kind != GX_INDEX && !(e->kind == GX_BINARY && e->op == GO_ADD))
		return;
	k = e->b;
	if (k->kind == GX_BINARY && k->op == GO_ADD && k->b->kind == GX_CONST) {
		at->offset = k->b->value;
		k = k->a;
	}
	if (k->kind == GX_BINARY && k->op == GO_ADD && var(k->a) && var(k->b)) {
		at->index = var(k->a);
		at->plus = var(k->b);
		return;
	}
	if (var(k))
		at->index = var(k);
	else if (k->kind == GX_CONST)
		at->offset += k->value;
	else
		return;
	at->known = 1;
}

static struct gc_event *event(struct gc_lower *l, enum gc_ev_type type,
			      struct gc_expr *call, struct gc_expr *pages)
{
	struct gc_event *ev = gc_event_add(here(l), type, call->pos);

	ev->callee = call->name;
	element(l, pages, &ev->at);
	if (pages)
		ev->obj = resolve(l, pages, &ev->elem);
	if (ev->elem && l->loop)
		ev->loop = l->loop->id;
	return ev;
}

/* The bits a flags argument has for sure; *known: all of them known. */
static long flag_bits(struct gc_expr *e, int *known)
{
	if (e && e->kind == GX_CONST)
		return e->value;
	if (e && e->kind == GX_BINARY && e->op == GO_BITOR)
		return flag_bits(e->a, known) | flag_bits(e->b, known);
	*known = 0;
	return 0;
}

/* The bits constant flags e may have (a ? FOLL_WRITE : 0), or -1. */
static long maybe_bits(struct gc_expr *e)
{
	long a, b;

	if (!e)
		return -1;
	if (e->kind == GX_CONST)
		return e->value;
	if (e->kind == GX_BINARY && e->op == GO_BITOR) {
		a = maybe_bits(e->a);
		b = maybe_bits(e->b);
	} else if (e->kind == GX_COND) {
		a = maybe_bits(e->b);
		b = maybe_bits(e->c);
	} else {
		return -1;
	}
	return a < 0 || b < 0 ? -1 : a | b;
}

/* Flag bits in the tree's FOLL_* values, as rules/' values. */
static long rules_flags(struct gc_lower *l, long bits)
{
	const struct gup_flag *flag;
	long out = 0;

	for (int i = 0; (flag = gup_flag_row(i)); i++)
		if (bits & l->flag_value[i])
			out |= flag->value;
	return out;
}

/* The iterator argument of an ITER acquire (GUP_PIN_TEST's tag). */
static struct gc_expr *iterator_arg(struct gc_expr *call)
{
	for (int i = 0; i < call->nargs; i++)
		if (gup_is_iterator(call->args[i]->type.tag))
			return call->args[i];
	return NULL;
}

static void acquire_call(struct gc_lower *l, struct gc_expr *call,
			 const struct gc_proto *proto,
			 const struct gup_acquire *api)
{
	struct gc_event *ev = event(l, EV_ACQUIRE, call, NULL);
	struct gc_site *s = gc_site_new(l->u, l->f, ev);
	struct gc_expr *pages_arg, *count_arg, *flags_arg;
	int pages, count, flags;

	if (!l->first_site)
		l->first_site = s;

	s->api = api;
	call->site = s;
	prototype_positions(proto, api, &pages, &count, &flags);
	pages_arg = arg(call, pages);
	element(l, pages_arg, &ev->at);
	if (pages_arg) {
		s->obj = resolve(l, pages_arg, &ev->elem);
		/* &page, &p->page: one page, not an array */
		s->single = api->shape == SHAPE_ARRAY &&
			    pages_arg->kind == GX_ADDR &&
			    pages_arg->a->kind != GX_INDEX &&	/* &pages[i] */
			    pages_arg->a->type.pages == 1;
	}
	ev->obj = s->obj;
	ev->elem = 0;
	ev->loop = l->loop ? l->loop->id : 0;
	gc_site_texts(s, call->pos, api->name, pages, count, flags);
	count_arg = arg(call, count);
	s->count_value = 1;
	if (var(count_arg))
		s->count_var = var(count_arg);
	else if (count_arg && count_arg->kind == GX_MEMBER)
		s->count_expr = count_arg;
	if (!var(count_arg) && count_arg)
		s->count_value = count_arg->kind == GX_CONST ?
				 count_arg->value : -1;
	flags_arg = arg(call, flags);
	s->flags_known = flags_arg != NULL;
	s->flag_bits = rules_flags(l, flag_bits(flags_arg, &s->flags_known));
	if (var(flags_arg) && var(flags_arg)->storage == GV_LOCAL)
		s->flags_var = var(flags_arg);	/* decided at the end */
	else if (maybe_bits(flags_arg) >= 0)
		s->flags_no_pin = !(rules_flags(l, maybe_bits(flags_arg)) &
				    gup_flag("FOLL_PIN"));
	gc_site_key(s, s);
	if (s->obj)
		gc_site_key(s, s->obj);
	if (api->kind == KIND_ITER && iterator_arg(call)) {
		int elem;
		struct gc_obj *iter = resolve(l, iterator_arg(call), &elem);

		if (iter)	/* GUP_PIN_TEST(iter) edges say if it pinned */
			gc_site_key(s, iter);
	}
	if (gup_move(api->name) && l->declares(gup_move(api->name), l->ctx))
		s->move = gup_move(api->name);
}

static void release_call(struct gc_lower *l, struct gc_expr *call,
			 const struct gup_release *rel)
{
	struct gc_event *ev = event(l, EV_RELEASE, call, arg(call, rel->page));
	struct gc_expr *dirty;

	ev->rel = rel;
	ev->dirty = DIRTY_NO;
	if (rel->dirty == DIRTY_ALWAYS) {
		ev->dirty = DIRTY_YES;
	} else if (rel->dirty >= 0) {
		dirty = arg(call, rel->dirty);
		if (!dirty)
			ev->dirty = DIRTY_YES;	/* the early 2-argument form */
		else if (dirty->kind == GX_CONST)
			ev->dirty = dirty->value ? DIRTY_YES : DIRTY_NO;
		else
			ev->dirty = DIRTY_MAYBE;
	}
	if (rel->count >= 0) {
		ev->bound = bound_of(l, ev->obj, arg(call, rel->count));
		ev->count = var(arg(call, rel->count));
		ev->count_site = result_site(l, arg(call, rel->count));
	}
}

static int defined(struct gc_lower *l, const char *func)
{
	for (struct gc_func *f = l->u->funcs; f; f = f->next)
		if (f != l->f && !strcmp(f->name, func))
			return 1;
	return 0;
}

/*
 * Is func a static function of the unit?  No kernel API is: one named
 * like an API of rules/ is the unit's own (goldfish_pipe.c's
 * pin_user_pages() of 4.19, around get_user_pages_fast()).
 */
static int own_static(struct gc_lower *l, const char *func)
{
	for (struct gc_func *f = l->u->funcs; f; f = f->next)
		if (f != l->f && f->is_static && !strcmp(f->name, func))
			return 1;
	return 0;
}

/* The parameter object of a function the unit defined already, or NULL. */
static struct gc_obj *param_of(struct gc_lower *l, const char *func, int i)
{
	for (struct gc_func *f = l->u->funcs; f; f = f->next)
		if (f != l->f && !strcmp(f->name, func))
			for (struct gc_obj *o = f->objs; o; o = o->next)
				if (o->param == i)
					return o;
	return NULL;
}

/*
 * What the arguments of a call reach, for helpers' members and for the
 * callers lifetime.c counts (so every call is listed); the call when
 * one of them points into something, else NULL.
 */
static struct gc_call *record_call(struct gc_lower *l, struct gc_expr *e)
{
	struct gc_call *c = gc_alloc(sizeof(*c));
	int reaches = 0;

	c->callee = e->name;
	c->nargs = e->nargs;
	c->args = gc_alloc((e->nargs + 1) * sizeof(*c->args));
	c->next = l->f->calls;
	l->f->calls = c;
	for (int i = 0; i < e->nargs; i++) {
		c->args[i] = root_of(e->args[i], 0);
		reaches |= c->args[i].var != NULL;
	}
	return reaches ? c : NULL;
}

static struct gc_event *call_event(struct gc_lower *l, struct gc_expr *call)
{
	struct gc_event *ev = event(l, EV_CALL, call, NULL);

	ev->args = gc_alloc(call->nargs * sizeof(*ev->args));
	ev->arg_elem = gc_alloc(call->nargs * sizeof(int));
	ev->nargs = call->nargs;
	return ev;
}

/*
 * A call to anything else: which arguments hold pages, for helpers, and
 * what the others point into, for the members a helper reaches.  A
 * helper passed allocated pages frees its own pages.
 */
static void other_call(struct gc_lower *l, struct gc_expr *call)
{
	struct gc_event *ev = NULL;
	struct gc_obj *param;
	struct gc_call *c = record_call(l, call);

	for (int i = 0; i < call->nargs; i++) {
		int elem;
		struct gc_obj *o = holds_pages(call->args[i]) ?
				   resolve(l, call->args[i], &elem) : NULL;

		if (!o && defined(l, call->name) &&
		    (o = derived_from(l, call->args[i], &elem))) {
			/* a pfn handed to the unit's own code: kept there */
			store(l, call->pos, o, elem, somewhere(l))->derived = 1;
			continue;
		}
		if (!o)
			continue;
		if (o->allocated && (param = param_of(l, call->name, i)))
			param->allocated = 1;
		if (!ev)
			ev = call_event(l, call);
		ev->args[i] = o;
		ev->arg_elem[i] = elem;
		if (elem && l->loop) {	/* one page a turn */
			ev->elem = 1;
			ev->loop = l->loop->id;
		}
	}
	if (c && defined(l, call->name)) {	/* helper(umem): umem->pgs */
		if (!ev)
			ev = call_event(l, call);
		ev->roots = c->args;
	}
}

/* The pages a hand-off takes: a page, pages, or a pfn computed from one. */
static void handoff(struct gc_lower *l, struct gc_expr *call,
		    struct gc_expr *x)
{
	struct gc_event *ev;

	if (!x || holds_pages(x)) {
		event(l, EV_HANDOFF, call, x);
		return;
	}
	ev = event(l, EV_HANDOFF, call, NULL);
	ev->obj = derived_from(l, x, &ev->elem);
	if (ev->elem && l->loop)
		ev->loop = l->loop->id;
}

/*
 * A call of the unit's own function; when that pins pages into the
 * caller's array for it (a static wrapper), it is also the acquire the
 * caller pairs with its releases.
 */
static void own_call(struct gc_lower *l, struct gc_expr *call,
		     const struct gc_proto *proto)
{
	struct gc_site *inner;
	const struct gup_acquire *acq = gc_helper_acquire(l->u, call->name,
							  &inner);

	other_call(l, call);
	if (!acq)
		return;
	acquire_call(l, call, proto, acq);
	call->site->through = inner;
}

struct gc_expr *gc_x_call(struct gc_lower *l, struct gc_pos pos,
			  struct gc_type type, const char *name,
			  const struct gc_proto *proto,
			  struct gc_expr **args, int nargs)
{
	struct gc_expr *e = expr(pos, GX_CALL, type);
	const struct gup_acquire *acq;
	const struct gup_release *rel;
	const struct gup_dirty *dirty;
	const struct gup_call *c;
	const struct gup_handoff *ho;
	const struct gup_use *use;
	struct gc_obj *o;
	int elem;

	e->name = name ? gc_strdup(name) : NULL;
	e->nargs = nargs;
	e->args = gc_alloc((nargs + 1) * sizeof(*args));
	if (nargs)
		memcpy(e->args, args, nargs * sizeof(*args));
	if (!name)
		return e;
	if (own_static(l, name))
		own_call(l, e, proto);
	else if ((acq = gup_find_acquire(name)))
		acquire_call(l, e, proto, acq);
	else if ((rel = gup_find_release(name)))
		release_call(l, e, rel);
	else if ((dirty = gup_find_dirty(name)))
		event(l, EV_DIRTY, e, arg(e, dirty->page))->dirtier = dirty;
	else if ((c = gup_find_free(name)))
		event(l, EV_FREE, e, arg(e, c->arg));
	else if ((ho = gup_find_handoff(name)))
		handoff(l, e, arg(e, ho->arg));
	else if ((use = gup_find_use(name)))
		event(l, EV_USE, e, arg(e, use->arg))->use = use;
	else if (gup_is_notifier(name))
		l->u->notifier = 1;
	else if (gup_is_warning(name))
		event(l, EV_WARN, e, NULL);
	else if ((c = gup_find_alloc(name)) && (o = resolve(l, arg(e, c->arg), &elem)))
		o->allocated = 1;
	else if ((c = gup_find_unmap(name)) && (o = resolve(l, arg(e, c->arg), &elem)))
		o->unmapped = 1;
	else
		other_call(l, e);
	return e;
}

/* ---- assignments --------------------------------------------------- */

/*
 * The local or member e names, as a holder: a member by its unit-wide
 * name, so that a test in one function sees an assignment in another.
 */
int holder_of(struct gc_expr *e, struct holder *h)
{
	char key[256];
	struct gc_expr *base;

	if (!e)
		return 0;
	*h = (struct holder){ var(e), NULL, NULL };
	if (var(e))
		return 1;
	if (e->kind != GX_MEMBER)
		return 0;
	base = e->a;
	snprintf(key, sizeof(key), "struct %s.%s",
		 base && base->type.tag ? base->type.tag : "?", e->member);
	h->member = gc_strdup(key);
	return 1;
}

struct holder *find_holder(struct gc_lower *l, const struct holder *h)
{
	for (struct holder *k = l->holders; k; k = k->next)
		if (h->var ? k->var == h->var :
		    k->member && !strcmp(k->member, h->member))
			return k;
	return NULL;
}

/*
 * x = iov_iter_extract_will_pin(iter), or x = a local or member holding
 * that: x holds whether pages are pinned.
 */
static int pin_test_assign(struct gc_lower *l, struct gc_expr *left,
			   struct gc_expr *right)
{
	struct holder h, *k;
	int test = right && right->kind == GX_CALL && right->name &&
		   gup_find_pin_test(right->name);

	if (!left || !right)	/* an operand sparse could not make out */
		return 0;
	if (!test && !(holder_of(right, &h) && find_holder(l, &h)))
		return 0;
	if (!holder_of(left, &h))
		return 0;
	if (!find_holder(l, &h)) {
		k = gc_alloc(sizeof(*k));
		*k = h;
		k->next = l->holders;
		l->holders = k;
	}
	return 1;
}

/*
 * holder = NULL: the holder itself (not a local pointing to other pages
 * than its own) names no pages from here; flow.c follows it once they
 * went back.
 */
static int cleared(struct gc_lower *l, struct gc_expr *e)
{
	struct gc_expr *left = e->a;
	struct gc_obj *o;
	int elem;

	if (!is_const(e->b, 0) || !holds_pages(left))
		return 0;
	for (struct alias *a = l->aliases; var(left) && a; a = a->next)
		if (a->var == var(left))
			return 0;
	o = resolve(l, left, &elem);
	if (!o || elem)
		return 0;
	gc_event_add(here(l), EV_CLEAR, e->pos)->obj = o;
	return 1;
}

static void assign(struct gc_lower *l, struct gc_expr *e)
{
	struct gc_expr *left = e->a, *right = e->b;
	struct gc_site *s = result_site(l, right);
	struct gc_obj *from, *to, *shadowed;
	struct gc_event *ev;
	int elem, to_elem;

	l->shadowed = NULL;
	if (pin_test_assign(l, left, right) || cleared(l, e))
		return;
	if (s && var(left)) {
		struct result *r = gc_alloc(sizeof(*r));

		*r = (struct result){ var(left), s, l->results };
		l->results = r;
		gc_site_key(s, var(left));
		if (s->api->shape == SHAPE_RETURN && !s->obj)
			s->ev->obj = s->obj = resolve(l, left, &elem);
		return;
	}
	if (var(left) && right->kind == GX_CALL)
		var(left)->result_of = right->name;
	if (!holds_pages(left)) {
		if (var(left) && !var(left)->root.var) {
			var(left)->root = root_of(right, 0);
			if (var(left)->root.var == var(left))
				var(left)->root.var = NULL;
		}
		/*
		 * *pfn = page_to_pfn(page), d->ppn[i] = page_to_pfn(pages[i]):
		 * what the page becomes is kept outside the function, and
		 * the page with it; pfn = page_to_pfn(page) names it.
		 */
		if (var(left) && (from = derived_from(l, right, &elem))) {
			struct alias *a = gc_alloc(sizeof(*a));

			*a = (struct alias){ .var = var(left), .obj = from,
					     .elem = elem, .next = l->derived };
			l->derived = a;
		} else if (!var(left) && (from = derived_from(l, right, &elem))) {
			shadowed = l->shadowed;
			ev = store(l, right->pos, from, elem, pointee(l, left));
			ev->derived = 1;
			store_shadowed(l, shadowed, ev);
		}
		return;
	}
	if (right->kind == GX_CALL && !s &&	/* = alloc_page(), = kmalloc() */
	    !(right->name && (gup_find_same(right->name) ||
			      gup_find_access(right->name)))) {
		to = resolve(l, left, &to_elem);
		if (to && left->type.pages == 1)
			to->allocated = 1;
		return;
	}
	if (!(from = resolve(l, right, &elem)))
		return;
	shadowed = l->shadowed;
	to = resolve(l, left, &to_elem);
	if (!to)	/* *out = pages, a->b.c = page: somewhere we lose it */
		to = somewhere(l);
	to->allocated |= from->allocated;
	if (var(left) && !to->field) {
		struct alias *a = gc_alloc(sizeof(*a));

		*a = (struct alias){ .var = var(left), .obj = from,
				     .elem = elem, .next = l->aliases,
				     .node = here(l) };
		element(l, right, &a->at);
		l->aliases = a;
	} else if ((to->field || to->param >= 0 || to->member) && to != from) {
		store_shadowed(l, shadowed, store(l, e->pos, from, elem, to));
	}
}

struct gc_expr *gc_x_assign(struct gc_lower *l, struct gc_pos pos,
			    enum gc_op op, struct gc_expr *left,
			    struct gc_expr *right)
{
	struct gc_expr *e = gc_x_binary(l, pos, GX_ASSIGN, op, left->type,
					left, right);

	if (var(left))
		var(left)->assigned = 1;
	if (var(left) && maybe_bits(right) >= 0 &&
	    (op == GO_SET || op == GO_BITOR || op == GO_BITAND))
		var(left)->set_bits |= op == GO_BITAND ? 0 : maybe_bits(right);
	else if (var(left))
		var(left)->set_other = 1;
	if (op == GO_SET)
		set_value(l, pos, left, value_of(l, right));
	else
		step(l, pos, left);
	if (op == GO_SET && var(left) && is_condition(right)) {
		struct cond_alias *c = gc_alloc(sizeof(*c));

		*c = (struct cond_alias){ var(left), right, l->conds };
		var(left)->valued = 1;	/* 0 or 1: its tests agree */
		l->conds = c;
	}
	if (op == GO_SET)
		assign(l, e);
	return e;
}

struct gc_expr *gc_x_initializer(struct gc_lower *l, struct gc_pos pos,
				 struct gc_type type, struct gc_expr **elems,
				 int n)
{
	struct gc_obj *o;
	int elem;

	for (int i = 0; i < n; i++) {
		o = holds_pages(elems[i]) ? resolve(l, elems[i], &elem) : NULL;
		if (o)
			store(l, elems[i]->pos, o, elem, somewhere(l));
	}
	return expr(pos, GX_OTHER, type);
}

/* ---- units and functions ------------------------------------------- */

struct gc_var *gc_lower_var(struct gc_lower *l, const char *name,
			    struct gc_pos pos, enum gc_storage storage,
			    int param, struct gc_type type)
{
	unsigned int h = pos.line * 31u + pos.col;
	struct gc_var *v, **bucket;

	for (const char *c = name; *c; c++)
		h = h * 33 + (unsigned char)*c;
	bucket = &l->var_hash[h % VAR_BUCKETS];
	for (v = *bucket; v; v = v->same_hash)
		if (v->pos.line == pos.line && v->pos.col == pos.col &&
		    !strcmp(v->name, name) && v->pos.file == pos.file)
			return v;
	v = gc_alloc(sizeof(*v));
	*v = (struct gc_var){ .name = gc_strdup(name), .pos = pos,
			      .storage = storage, .param = param, .type = type,
			      .slot = -1, .next = l->f->vars,
			      .same_hash = *bucket };
	if (type.tag)
		v->type.tag = gc_strdup(type.tag);
	l->f->vars = v;
	*bucket = v;
	return v;
}

void gc_lower_func(struct gc_lower *l, const char *name, struct gc_pos pos,
		   int is_static)
{
	l->f = gc_func_new(l->u, name, pos, is_static);
	l->cur = gc_node_new(l->f);
	l->loop = NULL;
	l->labels = NULL;
	l->aliases = NULL;
	l->derived = NULL;
	l->conds = NULL;
	l->first_site = NULL;
	memset(l->var_hash, 0, sizeof(l->var_hash));
	l->results = NULL;
}

void gc_lower_func_end(struct gc_lower *l, struct gc_pos last)
{
	if (l->cur) {
		l->cur->is_exit = 1;
		l->cur->exit_pos = last;
	}
	l->cur = NULL;
	assign_slots(l->f);
	/* flags from a local only ever set to constants: their bits */
	for (struct gc_site *s = l->u->sites; s; s = s->next)
		if (s->func == l->f && s->flags_var && !s->flags_var->set_other)
			s->flags_no_pin = !(rules_flags(l, s->flags_var->set_bits) &
					    gup_flag("FOLL_PIN"));
	if (l->f->case_var &&
	    (l->f->case_var->assigned || l->f->case_var->stepped))
		l->f->case_var = NULL;	/* its edges' guards say nothing */
}

/* The release family the unit declares. */
static enum gup_family declared_family(int (*declares)(const char *, void *),
				       void *ctx)
{
	enum gup_family family = FAMILY_NONE;
	const struct gup_release *rel;

	for (int i = 0; (rel = gup_release_row(i)); i++)
		if (rel->family > family && declares(rel->name, ctx))
			family = rel->family;
	return family == FAMILY_LEGACY ? FAMILY_NONE : family;
}

struct gc_lower *gc_lower_new(const char *file,
			      int (*declares)(const char *name, void *ctx),
			      void *ctx)
{
	struct gc_lower *l = gc_alloc(sizeof(*l));
	int n = 0;

	l->u = gc_unit_new(file);
	l->u->family = declared_family(declares, ctx);
	l->declares = declares;
	l->ctx = ctx;
	while (gup_flag_row(n))
		n++;
	l->flag_value = gc_alloc(n * sizeof(*l->flag_value));
	for (int i = 0; i < n; i++)
		l->flag_value[i] = gup_flag_row(i)->value;
	return l;
}

void gc_lower_constants(struct gc_lower *l,
			int (*value)(const char *name, long long *v, void *ctx),
			void *ctx)
{
	const struct gup_flag *flag;
	long long v;

	for (int i = 0; (flag = gup_flag_row(i)); i++)
		if (value(flag->name, &v, ctx) && v)
			l->flag_value[i] = v;
}

struct gc_unit *gc_lower_done(struct gc_lower *l)
{
	pin_edges_done(l);
	return l->u;
}
