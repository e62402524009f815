// SPDX-License-Identifier: GPL-2.0
/*
 * Lowering: the expressions and control flow a front end hands over
 * (see lower.h) become the model of src/gup.h, a control flow graph whose
 * nodes hold acquire, release, dirty, free, hand-off, store and call
 * events on the objects that hold pages.
 */
#include <stdlib.h>
#include <string.h>
#include "lower.h"

struct gc_label {
	const void *key;
	const char *name;
	struct gc_node *node;
	struct gc_label *next;
};

struct alias {			/* a local that holds (an element of) obj */
	struct gc_var *var;
	struct gc_obj *obj;
	int elem;
	struct alias *next;
};
/* ... or a value computed from it (a pfn): a "derived" alias */

struct result {			/* a variable holding an acquire's result */
	struct gc_var *var;
	struct gc_site *site;
	struct result *next;
};

/* Where the answer of a GUP_PIN_TEST is kept: a local, or a member. */
struct holder {
	struct gc_var *var;
	const char *member;	/* "struct dio.is_pinned" */
	struct holder *next;
};

/* An edge on a local or member that may hold a GUP_PIN_TEST's answer. */
struct pin_edge {
	struct gc_func *f;
	struct gc_node *node;
	int succ;
	struct holder what;	/* the local or member tested */
	const char *path;	/* the member's access path, "dio->is_pinned" */
	int truth;
	struct pin_edge *next;
};

struct loop {
	int id;
	int first_node;
	struct gc_node *preheader;
	struct loop *outer;
};

struct gc_lower {
	struct gc_unit *u;
	struct gc_func *f;
	struct gc_node *cur;
	struct loop *loop;
	struct gc_label *labels;
	struct alias *aliases;
	struct alias *derived;
	struct result *results;
	int (*declares)(const char *name, void *ctx);
	void *ctx;
	long *flag_value;	/* per GUP_FLAG row: the tree's value */
	struct holder *holders;	/* unit-wide */
	struct pin_edge *pin_edges;
};

static const struct gc_type no_type;

static struct gc_node *here(struct gc_lower *l)
{
	if (!l->cur)
		l->cur = gc_node_new(l->f);	/* unreachable code */
	return l->cur;
}

static void set_value(struct gc_lower *l, struct gc_pos pos,
		      struct gc_expr *x, enum gc_value value);
static void step(struct gc_lower *l, struct gc_pos pos, struct gc_expr *x);
static enum gc_value value_of(struct gc_lower *l, struct gc_expr *e);

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
	if (kind == GX_UNARY && (op == GO_INC || op == GO_DEC))
		step(l, pos, a);
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

/* The variable an expression reads, or NULL. */
static struct gc_var *var(struct gc_expr *e)
{
	return e && e->kind == GX_VAR ? e->var : NULL;
}

/* Pointer levels above struct page, or else above struct folio. */
static int page_level(const struct gc_type *t)
{
	return t->pages ? t->pages : t->folios;
}

static int holds_pages(struct gc_expr *e)
{
	return e && page_level(&e->type) >= 1 && page_level(&e->type) <= 3;
}

static int is_const(struct gc_expr *e, long long v)
{
	return e && e->kind == GX_CONST && e->value == v;
}

/* ---- objects: what holds the pages an expression names ------------- */

static struct gc_expr *arg(struct gc_expr *call, int n)
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
	}
	return o;
}

/* The access path of a pointer, "q->kernel_if", or NULL. */
static const char *path_of(struct gc_expr *e, char *buf, size_t size)
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
 * A member access p->m.  Within a function its object is named by the
 * access path (q->kernel_if->header_page), so two structs of one type
 * stay apart; across functions the unit pairs it by "struct type.m".
 */
static struct gc_obj *member_obj(struct gc_lower *l, struct gc_expr *e)
{
	struct gc_expr *base = e->a;
	char key[256], path[256], where[200];
	struct gc_obj *o;

	if (!e->arrow && var(base) && var(base)->storage != GV_GLOBAL) {
		/* a member of a local struct lives no longer than it */
		snprintf(key, sizeof(key), "%s.%s", var(base)->name, e->member);
		return gc_obj_get(l->f, key, key);
	}
	snprintf(key, sizeof(key), "struct %s.%s",
		 base && base->type.tag ? base->type.tag : "?", e->member);
	if (!path_of(base, where, sizeof(where)) ||
	    snprintf(path, sizeof(path), "%s%s%s", where, e->arrow ? "->" : ".",
		     e->member) >= (int)sizeof(path))
		snprintf(path, sizeof(path), "%s", key);
	o = gc_obj_get(l->f, path, e->member);
	o->field = 1;
	o->member = gc_strdup(key);
	return o;
}

/*
 * Which object holds the pages an expression names, and is it one
 * element of it: pages, pages[i], *pages, pages + i, &page, p->pages[i],
 * or a local earlier assigned one of those.
 */
static struct gc_obj *resolve(struct gc_lower *l, struct gc_expr *e, int *elem)
{
	struct gc_obj *o;

	*elem = 0;
	if (!e)
		return NULL;
	if (var(e)) {
		for (struct alias *a = l->aliases; a; a = a->next)
			if (a->var == var(e)) {
				*elem = a->elem;
				return a->obj;
			}
		return var_obj(l, var(e));
	}
	switch (e->kind) {
	case GX_ADDR:
		o = resolve(l, e->a, elem);
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
		return e->op == GO_ADD || e->op == GO_SUB ?
		       resolve(l, e->a, elem) : NULL;
	case GX_CALL:		/* page_folio(page) */
		return e->name && gup_find_same(e->name) ?
		       resolve(l, arg(e, gup_find_same(e->name)->arg), elem) :
		       NULL;
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

static struct gc_event *store(struct gc_lower *l, struct gc_pos pos,
			      struct gc_obj *from, int elem, struct gc_obj *to)
{
	struct gc_event *ev = gc_event_add(here(l), EV_STORE, pos);

	ev->obj = from;
	ev->elem = elem;
	ev->to = to;
	return ev;
}

/* ---- calls --------------------------------------------------------- */

/* The last site of this function whose pages obj holds. */
static struct gc_site *site_of(struct gc_lower *l, struct gc_obj *obj)
{
	struct gc_site *s, *last = NULL;

	for (s = l->u->sites; s; s = s->next)
		if (s->func == l->f && s->obj == obj)
			last = s;
	return last;
}

/* The site whose result an expression is: the call, or a variable. */
static struct gc_site *result_site(struct gc_lower *l, struct gc_expr *e)
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
static enum gc_count bound_of(struct gc_lower *l, struct gc_obj *obj,
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
 * offset: pages[i], &pages[i + 1], pages + 2, pages (the first).
 */
static void element(struct gc_expr *e, struct gc_elem *at)
{
	struct gc_expr *k;

	*at = (struct gc_elem){ NULL, 0, 0, 0 };
	while (e && (e->kind == GX_ADDR || e->kind == GX_DEREF))
		e = e->a;
	if (!e)
		return;
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
	element(pages, &ev->at);
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

	s->api = api;
	call->site = s;
	prototype_positions(proto, api, &pages, &count, &flags);
	pages_arg = arg(call, pages);
	element(pages_arg, &ev->at);
	if (pages_arg) {
		s->obj = resolve(l, pages_arg, &ev->elem);
		/* &page, &p->page: one page, not an array */
		s->single = api->shape == SHAPE_ARRAY &&
			    pages_arg->kind == GX_ADDR &&
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
	else if (count_arg)
		s->count_value = count_arg->kind == GX_CONST ?
				 count_arg->value : -1;
	flags_arg = arg(call, flags);
	s->flags_known = flags_arg != NULL;
	s->flag_bits = rules_flags(l, flag_bits(flags_arg, &s->flags_known));
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
	}
}

static int defined(struct gc_lower *l, const char *func)
{
	for (struct gc_func *f = l->u->funcs; f; f = f->next)
		if (f != l->f && !strcmp(f->name, func))
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
 * A call to anything else: which arguments hold pages, for helpers.  A
 * helper passed allocated pages frees its own pages.
 */
static void other_call(struct gc_lower *l, struct gc_expr *call)
{
	struct gc_event *ev = NULL;
	struct gc_obj *param;

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
		if (!ev) {
			ev = event(l, EV_CALL, call, NULL);
			ev->args = gc_alloc(call->nargs * sizeof(*ev->args));
			ev->arg_elem = gc_alloc(call->nargs * sizeof(int));
			ev->nargs = call->nargs;
		}
		ev->args[i] = o;
		ev->arg_elem[i] = elem;
		if (elem && l->loop) {	/* one page a turn */
			ev->elem = 1;
			ev->loop = l->loop->id;
		}
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
	if ((acq = gup_find_acquire(name)))
		acquire_call(l, e, proto, acq);
	else if ((rel = gup_find_release(name)))
		release_call(l, e, rel);
	else if ((dirty = gup_find_dirty(name)))
		event(l, EV_DIRTY, e, arg(e, dirty->page))->dirtier = dirty;
	else if ((c = gup_find_free(name)))
		event(l, EV_FREE, e, arg(e, c->arg));
	else if ((c = gup_find_handoff(name)))
		handoff(l, e, arg(e, c->arg));
	else if ((use = gup_find_use(name)))
		event(l, EV_USE, e, arg(e, use->arg))->use = use;
	else if (gup_is_notifier(name))
		l->u->notifier = 1;
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
static int holder_of(struct gc_expr *e, struct holder *h)
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

static struct holder *find_holder(struct gc_lower *l, const struct holder *h)
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
	int test = right->kind == GX_CALL && right->name &&
		   gup_find_pin_test(right->name);

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

static void assign(struct gc_lower *l, struct gc_expr *e)
{
	struct gc_expr *left = e->a, *right = e->b;
	struct gc_site *s = result_site(l, right);
	struct gc_obj *from, *to;
	struct gc_event *ev;
	int elem, to_elem;

	if (pin_test_assign(l, left, right))
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
	if (!holds_pages(left)) {
		/*
		 * *pfn = page_to_pfn(page), d->ppn[i] = page_to_pfn(pages[i]):
		 * what the page becomes is kept outside the function, and
		 * the page with it; pfn = page_to_pfn(page) names it.
		 */
		if (var(left) && (from = derived_from(l, right, &elem))) {
			struct alias *a = gc_alloc(sizeof(*a));

			*a = (struct alias){ var(left), from, elem, l->derived };
			l->derived = a;
		} else if (!var(left) && (from = derived_from(l, right, &elem))) {
			ev = store(l, right->pos, from, elem, somewhere(l));
			ev->derived = 1;
			if (elem && l->loop)
				ev->loop = l->loop->id;
		}
		return;
	}
	if (right->kind == GX_CALL && !s &&	/* = alloc_page(), = kmalloc() */
	    !(right->name && gup_find_same(right->name))) {
		to = resolve(l, left, &to_elem);
		if (to && left->type.pages == 1)
			to->allocated = 1;
		return;
	}
	if (!(from = resolve(l, right, &elem)))
		return;
	to = resolve(l, left, &to_elem);
	if (!to)	/* *out = pages, a->b.c = page: somewhere we lose it */
		to = somewhere(l);
	to->allocated |= from->allocated;
	if (var(left) && !to->field) {
		struct alias *a = gc_alloc(sizeof(*a));

		*a = (struct alias){ var(left), from, elem, l->aliases };
		l->aliases = a;
	} else if ((to->field || to->param >= 0) && to != from) {
		store(l, e->pos, from, elem, to);
	}
}

struct gc_expr *gc_x_assign(struct gc_lower *l, struct gc_pos pos,
			    enum gc_op op, struct gc_expr *left,
			    struct gc_expr *right)
{
	struct gc_expr *e = gc_x_binary(l, pos, GX_ASSIGN, op, left->type,
					left, right);

	if (op == GO_SET)
		set_value(l, pos, left, value_of(l, right));
	else
		step(l, pos, left);
	if (op == GO_SET)
		assign(l, e);
	return e;
}

struct gc_expr *gc_x_initializer(struct gc_lower *l, struct gc_pos pos,
				 struct gc_type type, struct gc_expr **elems,
				 int n)
{
	struct gc_event *ev;
	struct gc_obj *o;
	int elem;

	for (int i = 0; i < n; i++) {
		if (!holds_pages(elems[i]) || !(o = resolve(l, elems[i], &elem)))
			continue;
		ev = store(l, elems[i]->pos, o, elem, somewhere(l));
		if (elem && l->loop)
			ev->loop = l->loop->id;
	}
	return expr(pos, GX_OTHER, type);
}

/* ---- conditions ---------------------------------------------------- */

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

static int is_compare(struct gc_expr *e)
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
	if (site->api->returns == RETURNS_ERRNO)
		return is_const(other, 0) ? errno_fact(op, truth) : RET_ANY;
	if ((site->count_var && var(other) == site->count_var) ||
	    (!site->count_var && site->count_value != 0 &&
	     is_const(other, site->count_value)))
		return against_count(site, op, truth);
	if (!is_const(other, 0) && !is_const(other, 1))
		return RET_ANY;
	return against_value(op, other->value, truth);
}

/*
 * x, !x, x == 0, x != 0: the x tested against zero (or NULL) and whether
 * it is non-zero when the test is (not) true; NULL for other tests.
 */
static struct gc_expr *zero_test(struct gc_expr *e, int truth, int *nonzero)
{
	if (!is_compare(e)) {
		*nonzero = truth;
		return e;
	}
	if ((e->op != GO_EQ && e->op != GO_NE) ||
	    (!is_const(e->a, 0) && !is_const(e->b, 0)))
		return NULL;
	*nonzero = (e->op == GO_NE) == truth;
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
		add_lit(c, (struct gc_lit){ LIT_RESULT, key, r, -1, 0 });
	x = zero_test(e, truth, &nonzero);
	if (!x)
		return;
	if (holds_pages(x) && (o = resolve(l, x, &elem)) && !elem)
		add_lit(c, (struct gc_lit){ LIT_NULL, o, RET_ANY, -1, nonzero });
	else if (var(x) && !holds_pages(x) && var(x)->storage != GV_GLOBAL)
		add_lit(c, (struct gc_lit){ LIT_VALUE, var(x), RET_ANY, -1,
					    nonzero });
}

static struct gc_guard *guard_of(struct gc_lower *l, struct gc_expr *e,
				 int truth);

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
static struct gc_guard *guard_of(struct gc_lower *l, struct gc_expr *e,
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
	g = gc_alloc(sizeof(*g));
	g->alt = gc_alloc(sizeof(*g->alt));
	g->alt->lit = gc_alloc(GC_LITS * sizeof(*g->alt->lit));
	g->nalt = 1;
	leaf(l, e, truth, g->alt);
	return g->alt->nlit ? g : NULL;
}

/* ---- values of variables ------------------------------------------- */

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
static enum gc_value value_of(struct gc_lower *l, struct gc_expr *e)
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
static void set_value(struct gc_lower *l, struct gc_pos pos,
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
static void step(struct gc_lower *l, struct gc_pos pos, struct gc_expr *x)
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
 * The variables the function's conditions test and its code sets to a
 * known value (or an acquire's result) get a slot in its path states
 * (GC_SLOTS at most); tests of the others say nothing, and their sets
 * go.  A test of a slotted variable for a result holds where it holds it.
 */
static void assign_slots(struct gc_func *f)
{
	int n = 0;

	for (int i = 0; i < f->nnodes; i++)
		for (int k = 0; k < f->nodes[i]->nsucc; k++) {
			struct gc_guard *g = f->nodes[i]->guard[k];

			for (int a = 0; g && a < g->nalt; a++)
				for (int j = 0; j < g->alt[a].nlit; j++) {
					struct gc_lit *lit = &g->alt[a].lit[j];
					struct gc_var *v = (struct gc_var *)lit->key;

					if (lit->kind == LIT_RESULT)
						lit->slot = is_var(f, lit->key) ?
							    v->slot : -1;
					if (lit->kind != LIT_VALUE)
						continue;
					if (v->slot < 0 && n < GC_SLOTS &&
					    v->valued)
						v->slot = n++;
					lit->slot = v->slot;
				}
		}
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

/* ---- control flow -------------------------------------------------- */

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

void gc_lower_place(struct gc_lower *l, struct gc_label *label)
{
	gc_lower_edge(l, label);
	l->cur = label->node;
}

/*
 * if (x), if (!dio->is_pinned): x may hold a GUP_PIN_TEST's answer,
 * assigned here or, for a member, anywhere in the unit; decided at the
 * end of the unit (see pin_edges_done()).
 */
static void maybe_pin_edge(struct gc_lower *l, struct gc_expr *e, int truth)
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
static int knows_result(const struct gc_guard *g)
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
	add_lit(one->alt, (struct gc_lit){ LIT_RESULT, key, r, -1, 0 });
	return both(g, one);
}

/* The edges that test a holder say whether ITER acquires pinned. */
static void pin_edges_done(struct gc_lower *l)
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

void gc_lower_branch(struct gc_lower *l, struct gc_expr *cond,
		     struct gc_label *yes, struct gc_label *no)
{
	here(l);
	gc_edge(l->cur, yes->node, guard_of(l, cond, 1));
	if (!knows_result(l->cur->guard[l->cur->nsucc - 1]))
		maybe_pin_edge(l, cond, 1);
	gc_edge(l->cur, no->node, guard_of(l, cond, 0));
	if (!knows_result(l->cur->guard[l->cur->nsucc - 1]))
		maybe_pin_edge(l, cond, 0);
	l->cur = NULL;
}

void gc_lower_return(struct gc_lower *l, struct gc_pos pos,
		     struct gc_expr *value)
{
	struct gc_node *n = here(l);
	struct gc_site *site = result_site(l, value);
	int elem;

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
				    !strcmp(pre->ev[j]->callee, ev->callee))
					dup = 1;
			if (dup)
				continue;
			sum = gc_event_add(pre, ev->type, ev->pos);
			*sum = *ev;
			sum->summary = 1;
			sum->loop = loop->outer ? loop->outer->id : 0;
			if (!sum->bound)
				sum->bound = bound_of(l, ev->obj, bound);
		}
	}
}

/* ---- units and functions ------------------------------------------- */

struct gc_var *gc_lower_var(struct gc_lower *l, const char *name,
			    struct gc_pos pos, enum gc_storage storage,
			    int param, struct gc_type type)
{
	struct gc_var *v;

	for (v = l->f->vars; v; v = v->next)
		if (v->pos.line == pos.line && v->pos.col == pos.col &&
		    !strcmp(v->name, name) && v->pos.file == pos.file)
			return v;
	v = gc_alloc(sizeof(*v));
	*v = (struct gc_var){ .name = gc_strdup(name), .pos = pos,
			      .storage = storage, .param = param, .type = type,
			      .slot = -1, .next = l->f->vars };
	if (type.tag)
		v->type.tag = gc_strdup(type.tag);
	l->f->vars = v;
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
