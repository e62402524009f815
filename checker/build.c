// SPDX-License-Identifier: GPL-2.0
/*
 * sparse front end: turn the evaluated AST of each function defined in
 * the checked file into the core's model (src/gup.h): a control flow
 * graph whose nodes hold acquire, release, dirty, free, hand-off, store
 * and call events on the objects that hold pages.
 */
#include <string.h>
#include "lib.h"
#include "symbol.h"
#include "evaluate.h"
#include "expression.h"
#include "parse.h"
#include "token.h"
#include "scope.h"
#include "gup.h"
#include "frontend.h"

struct label {
	struct symbol *sym;
	struct gc_node *node;
};

struct alias {			/* a local that holds (an element of) obj */
	struct symbol *sym;
	struct gc_obj *obj;
	int elem;
};

struct result {			/* a variable holding an acquire's result */
	struct symbol *sym;
	struct gc_site *site;
};

struct site_count {		/* the count an acquire asked for */
	struct gc_site *site;
	struct symbol *sym;
	long long value;
};

struct loop {
	int id;
	struct expression *bound;
	int first_node;
	struct gc_node *preheader;
	struct loop *outer;
};

#define VEC(type, name) struct { type *v; int n, a; } name
#define PUSH(vec, item)							\
	do {								\
		if ((vec).n == (vec).a) {				\
			(vec).a = (vec).a ? 2 * (vec).a : 16;		\
			(vec).v = realloc((vec).v, (vec).a * sizeof(*(vec).v)); \
		}							\
		(vec).v[(vec).n++] = (item);				\
	} while (0)

struct builder {
	struct gc_unit *u;
	struct gc_func *f;
	struct symbol *fn;
	struct gc_node *cur;
	struct loop *loop;
	struct gc_site *last_site;	/* of the last acquire call walked */
	struct position last;		/* of the last statement walked */
	VEC(struct label, labels);
	VEC(struct alias, aliases);
	VEC(struct result, results);
	VEC(struct site_count, counts);
};

static void walk_stmt(struct builder *b, struct statement *s);
static void walk_expr(struct builder *b, struct expression *e);

static struct gc_pos gpos(struct position p)
{
	return (struct gc_pos){ stream_name(p.stream), p.line, p.pos };
}

static struct gc_node *here(struct builder *b)
{
	if (!b->cur)
		b->cur = gc_node_new(b->f);	/* unreachable code */
	return b->cur;
}

static struct gc_node *label_node(struct builder *b, struct symbol *sym)
{
	struct label l = { sym, NULL };

	for (int i = 0; i < b->labels.n; i++)
		if (b->labels.v[i].sym == sym)
			return b->labels.v[i].node;
	l.node = gc_node_new(b->f);
	PUSH(b->labels, l);
	return l.node;
}

static void jump(struct builder *b, struct gc_node *to)
{
	if (b->cur)
		gc_edge(b->cur, to, NULL, RET_ANY);
}

static struct expression *strip(struct expression *e)
{
	while (e && (e->type == EXPR_CAST || e->type == EXPR_IMPLIED_CAST ||
		     e->type == EXPR_FORCE_CAST))
		e = e->cast_expression;
	return e;
}

/* The variable an expression reads: sparse evaluates x as *(&x). */
static struct symbol *var(struct expression *e)
{
	e = strip(e);
	if (e && e->type == EXPR_PREOP && e->op == '*' && e->unop &&
	    e->unop->type == EXPR_SYMBOL)
		return e->unop->symbol;
	return e && e->type == EXPR_SYMBOL ? e->symbol : NULL;
}

static struct symbol *base_type(struct symbol *t)
{
	while (t && t->type == SYM_NODE)
		t = t->ctype.base_type;
	return t;
}

/* Is t a struct page with levels of pointers on top? */
static int is_page_type(struct symbol *t, int levels)
{
	t = base_type(t);
	while (levels-- > 0) {
		if (!t || t->type != SYM_PTR)
			return 0;
		t = base_type(t->ctype.base_type);
	}
	return t && t->type == SYM_STRUCT && t->ident &&
	       !strcmp(t->ident->name, "page");
}

static int holds_pages(struct expression *e)
{
	return e && (is_page_type(e->ctype, 1) || is_page_type(e->ctype, 2) ||
		     is_page_type(e->ctype, 3));
}

static const char *ident_name(struct ident *id)
{
	return id ? id->name : "?";
}

static struct gc_obj *symbol_obj(struct builder *b, struct symbol *sym)
{
	struct gc_obj *o = gc_obj_get(b->f, ident_name(sym->ident),
				      ident_name(sym->ident));
	struct symbol *arg;
	int i = 0;

	FOR_EACH_PTR(base_type(b->fn)->arguments, arg) {
		if (arg == sym)
			o->param = i;
		i++;
	} END_FOR_EACH_PTR(arg);
	return o;
}

/* Is e a member access "p->m", which sparse evaluates to *(p + offset)? */
static struct symbol *member_of(struct expression *e)
{
	struct expression *add = e ? e->unop : NULL;

	if (!e || e->type != EXPR_PREOP || e->op != '*' || !e->ctype ||
	    e->ctype->type != SYM_NODE || !e->ctype->ident || !add ||
	    add->type != EXPR_BINOP || add->op != '+' || !add->right ||
	    add->right->type != EXPR_VALUE)
		return NULL;
	return e->ctype;
}

/* The access path of a pointer, "q->kernel_if", or NULL. */
static const char *path_of(struct expression *e, char *buf, size_t size)
{
	struct symbol *m;
	char base[200];

	e = strip(e);
	if (var(e)) {
		snprintf(buf, size, "%s", ident_name(var(e)->ident));
		return buf;
	}
	if (e && e->type == EXPR_BINOP && e->op == '+' && e->right &&
	    e->right->type == EXPR_VALUE)	/* &p->embedded_struct */
		return path_of(e->left, buf, size);
	m = member_of(e);
	if (!m || !path_of(e->unop->left, base, sizeof(base)))
		return NULL;
	if (snprintf(buf, size, "%s->%s", base, m->ident->name) >= (int)size)
		return NULL;
	return buf;
}

/*
 * A member access p->m.  Within a function its object is named by the
 * access path (q->kernel_if->header_page), so two structs of one type
 * stay apart; across functions the unit pairs it by "struct type.m".
 */
static struct gc_obj *member_obj(struct builder *b, struct expression *e)
{
	struct symbol *member = member_of(e), *st;
	struct expression *base = member ? e->unop->left : NULL;
	char key[256], path[256], where[200];
	struct gc_obj *o;

	if (!member)
		return NULL;
	if (base && base->type == EXPR_SYMBOL && base->symbol &&
	    !(base->symbol->ctype.modifiers & (MOD_TOPLEVEL | MOD_EXTERN))) {
		/* a member of a local struct lives no longer than it */
		snprintf(key, sizeof(key), "%s.%s",
			 ident_name(base->symbol->ident), member->ident->name);
		return gc_obj_get(b->f, key, key);
	}
	st = base_type(base ? base->ctype : NULL);
	if (st && st->type == SYM_PTR)
		st = base_type(st->ctype.base_type);
	snprintf(key, sizeof(key), "struct %s.%s",
		 st && st->type == SYM_STRUCT && st->ident ? st->ident->name : "?",
		 member->ident->name);
	if (!path_of(base, where, sizeof(where)) ||
	    snprintf(path, sizeof(path), "%s->%s", where,
		     member->ident->name) >= (int)sizeof(path))
		snprintf(path, sizeof(path), "%s", key);
	o = gc_obj_get(b->f, path, member->ident->name);
	o->field = 1;
	o->member = gc_strdup(key);
	return o;
}

/* The address of a member, p->pages or &p->page: p + offsetof(member). */
static struct gc_obj *member_address_obj(struct builder *b, struct expression *e)
{
	struct symbol *st = base_type(e->left ? e->left->ctype : NULL), *m;
	struct gc_obj *o;
	char key[256];

	if (e->op != '+' || !e->right || e->right->type != EXPR_VALUE ||
	    !st || st->type != SYM_PTR)
		return NULL;
	st = base_type(st->ctype.base_type);
	if (!st || st->type != SYM_STRUCT || !st->ident)
		return NULL;
	FOR_EACH_PTR(st->symbol_list, m) {
		struct symbol *t = base_type(m);

		if (m->ident && m->offset == (int)e->right->value &&
		    (is_page_type(t, 1) || (t->type == SYM_ARRAY &&
					    is_page_type(t->ctype.base_type, 1)))) {
			snprintf(key, sizeof(key), "struct %s.%s",
				 st->ident->name, m->ident->name);
			o = gc_obj_get(b->f, key, m->ident->name);
			o->field = 1;
			o->member = o->key;
			return o;
		}
	} END_FOR_EACH_PTR(m);
	return NULL;
}

/*
 * Which object holds the pages an expression names, and is it one
 * element of it: pages, pages[i], *pages, pages + i, &page, p->pages[i],
 * or a local earlier assigned one of those.
 */
static struct gc_obj *resolve(struct builder *b, struct expression *e,
			      int *elem)
{
	struct symbol *sym;
	struct gc_obj *o;

	*elem = 0;
	e = strip(e);
	if (!e)
		return NULL;
	sym = var(e);
	if (sym) {
		for (int i = b->aliases.n - 1; i >= 0; i--)
			if (b->aliases.v[i].sym == sym) {
				*elem = b->aliases.v[i].elem;
				return b->aliases.v[i].obj;
			}
		if (!sym->ident)
			return NULL;
		if (!(sym->ctype.modifiers & (MOD_TOPLEVEL | MOD_EXTERN)))
			return symbol_obj(b, sym);
		o = gc_obj_get(b->f, sym->ident->name, sym->ident->name);
		o->field = 1;	/* a global: shared by the unit */
		o->member = o->key;
		return o;
	}
	switch (e->type) {
	case EXPR_PREOP:
		if (e->op == '&') {
			o = resolve(b, e->unop, elem);
			*elem = 0;
			return o;
		}
		if (e->op != '*')
			return NULL;
		o = member_obj(b, e);
		if (o)
			return o;
		if (is_page_type(e->ctype, 2))	/* *pagesp: the caller's array */
			return resolve(b, e->unop, elem);
		if (!is_page_type(e->ctype, 1))
			return NULL;
		o = resolve(b, e->unop, elem);
		*elem = 1;
		return o;
	case EXPR_BINOP:
		if (e->op != '+' && e->op != '-')
			return NULL;
		o = member_address_obj(b, e);
		return o ? o : resolve(b, e->left, elem);
	default:
		return NULL;
	}
}

static const char *callee_name(struct expression *call, struct symbol **sym)
{
	struct expression *fn = strip(call->fn);

	if (fn && fn->type == EXPR_PREOP && fn->op == '*')
		fn = fn->unop;
	if (!fn || fn->type != EXPR_SYMBOL || !fn->symbol || !fn->symbol->ident)
		return NULL;
	*sym = fn->symbol;
	return fn->symbol->ident->name;
}

static struct gc_site *result_site(struct builder *b, struct expression *e)
{
	e = strip(e);
	if (!e)
		return NULL;
	if (e->type == EXPR_CALL) {
		struct symbol *sym;
		const char *name = callee_name(e, &sym);

		return name && gup_find_acquire(name) ? b->last_site : NULL;
	}
	for (int i = b->results.n - 1; i >= 0; i--)
		if (var(e) && b->results.v[i].sym == var(e))
			return b->results.v[i].site;
	return NULL;
}

static struct site_count *site_count(struct builder *b, struct gc_site *s)
{
	for (int i = 0; i < b->counts.n; i++)
		if (b->counts.v[i].site == s)
			return &b->counts.v[i];
	return NULL;
}

static struct gc_site *site_of(struct builder *b, struct gc_obj *obj)
{
	struct gc_site *s, *last = NULL;

	for (s = b->u->sites; s; s = s->next)
		if (s->func == b->f && s->obj == obj)
			last = s;
	return last;
}

/* What bounds a release of obj: the requested count, the result, other. */
static enum gc_count bound_of(struct builder *b, struct gc_obj *obj,
			      struct expression *e)
{
	struct gc_site *s = site_of(b, obj);
	struct site_count *c;

	e = strip(e);
	if (!e || !s)
		return e ? BOUND_OTHER : BOUND_NONE;
	if (result_site(b, e) == s)
		return BOUND_RETURNED;
	c = site_count(b, s);
	if (c && ((c->sym && var(e) == c->sym) ||
		  (!c->sym && e->type == EXPR_VALUE && e->value == c->value)))
		return BOUND_REQUESTED;
	return BOUND_OTHER;
}

static struct expression *nth_arg(struct expression *call, int n)
{
	struct expression *arg;
	int i = 0;

	FOR_EACH_PTR(call->args, arg) {
		if (i++ == n)
			return arg;
	} END_FOR_EACH_PTR(arg);
	return NULL;
}

/*
 * Argument positions from the prototype the unit declares, falling back
 * to the table's (see rules/gup-api.h).
 */
static void prototype_positions(struct symbol *fn, const struct gup_acquire *api,
				int *pages, int *count, int *flags)
{
	struct symbol *arg, *t = base_type(fn);
	int i = 0, levels = api->shape == SHAPE_ALLOC ? 3 : 2;
	int p = -1, c = -1, f = -1;

	*pages = api->pages, *count = api->count, *flags = api->flags;
	if (!t || t->type != SYM_FN)
		return;
	FOR_EACH_PTR(t->arguments, arg) {
		const char *name = ident_name(arg->ident);

		if (p < 0 && is_page_type(arg->ctype.base_type, levels))
			p = i;
		if (c < 0 && gup_param_role(name, ROLE_COUNT))
			c = i;
		if (f < 0 && gup_param_role(name, ROLE_FLAGS))
			f = i;
		i++;
	} END_FOR_EACH_PTR(arg);
	if (p >= 0 && api->pages >= 0)
		*pages = p;
	if (c >= 0 && api->count >= 0)
		*count = c;
	if (f >= 0 && api->flags >= 0)
		*flags = f;
}

static struct gc_event *event(struct builder *b, enum gc_ev_type type,
			      struct expression *call, const char *name,
			      struct expression *arg)
{
	struct gc_event *ev = gc_event_add(here(b), type, gpos(call->pos));

	ev->callee = name;
	if (arg)
		ev->obj = resolve(b, arg, &ev->elem);
	if (ev->elem && b->loop)
		ev->loop = b->loop->id;
	return ev;
}

static void acquire_call(struct builder *b, struct expression *call,
			 struct symbol *fn, const struct gup_acquire *api)
{
	struct gc_event *ev = event(b, EV_ACQUIRE, call, api->name, NULL);
	struct gc_site *s = gc_site_new(b->u, b->f, ev);
	struct expression *count_arg;
	struct site_count c = { s, NULL, 1 };
	int pages, count, flags;

	s->api = api;
	prototype_positions(fn, api, &pages, &count, &flags);
	if (pages >= 0) {
		struct expression *arg = strip(nth_arg(call, pages));

		s->obj = resolve(b, arg, &ev->elem);
		s->single = api->shape == SHAPE_ARRAY && arg &&
			    ((arg->type == EXPR_PREOP && arg->op == '&' &&
			      is_page_type(arg->unop->ctype, 1)) ||
			     (arg->type == EXPR_SYMBOL && arg->symbol &&	/* &var */
			      is_page_type(arg->symbol->ctype.base_type, 1)) ||
			     (arg->type == EXPR_BINOP && s->obj && s->obj->field &&
			      is_page_type(arg->ctype, 2)));	/* &p->page */
	}
	ev->obj = s->obj;
	ev->elem = 0;
	ev->loop = b->loop ? b->loop->id : 0;
	gc_site_texts(s, call->pos, api->name, pages, count, flags);
	count_arg = strip(count >= 0 ? nth_arg(call, count) : NULL);
	if (var(count_arg))
		c.sym = var(count_arg);
	else if (count_arg && count_arg->type == EXPR_VALUE)
		c.value = count_arg->value;
	else if (count_arg)
		c.value = -1;
	PUSH(b->counts, c);
	gc_site_key(s, s);
	if (s->obj)
		gc_site_key(s, s->obj);
	b->last_site = s;
}

static void release_call(struct builder *b, struct expression *call,
			 const struct gup_release *rel)
{
	struct gc_event *ev = event(b, EV_RELEASE, call, rel->name,
				    nth_arg(call, rel->page));
	struct expression *dirty;

	ev->rel = rel;
	ev->dirty = DIRTY_NO;
	if (rel->dirty == DIRTY_ALWAYS)
		ev->dirty = DIRTY_YES;
	else if (rel->dirty >= 0) {
		dirty = strip(nth_arg(call, rel->dirty));
		if (!dirty)
			ev->dirty = DIRTY_YES;	/* the early 2-argument form */
		else if (dirty->type == EXPR_VALUE)
			ev->dirty = dirty->value ? DIRTY_YES : DIRTY_NO;
		else
			ev->dirty = DIRTY_MAYBE;
	}
	if (rel->count >= 0)
		ev->bound = bound_of(b, ev->obj, nth_arg(call, rel->count));
}

static void other_call(struct builder *b, struct expression *call,
		       const char *name)
{
	struct expression *arg;
	struct gc_event *ev = NULL;
	int i = 0, n = 0;

	FOR_EACH_PTR(call->args, arg) {
		n++;
	} END_FOR_EACH_PTR(arg);
	FOR_EACH_PTR(call->args, arg) {
		int elem;
		struct gc_obj *o = holds_pages(arg) ? resolve(b, arg, &elem) : NULL;

		if (o) {
			if (!ev) {
				ev = event(b, EV_CALL, call, name, NULL);
				ev->args = gc_alloc(n * sizeof(*ev->args));
				ev->arg_elem = gc_alloc(n * sizeof(int));
				ev->nargs = n;
			}
			ev->args[i] = o;
			ev->arg_elem[i] = elem;
			if (elem && b->loop) {	/* one page a turn */
				ev->elem = 1;
				ev->loop = b->loop->id;
			}
		}
		i++;
	} END_FOR_EACH_PTR(arg);
}

static void walk_call(struct builder *b, struct expression *call)
{
	struct symbol *fn;
	const char *name = callee_name(call, &fn);
	const struct gup_acquire *acq;
	const struct gup_release *rel;
	const struct gup_dirty *dirty;
	const struct gup_call *c;

	if (!name)
		return;
	if ((acq = gup_find_acquire(name)))
		acquire_call(b, call, fn, acq);
	else if ((rel = gup_find_release(name)))
		release_call(b, call, rel);
	else if ((dirty = gup_find_dirty(name)))
		event(b, EV_DIRTY, call, name,
		      nth_arg(call, dirty->page))->dirtier = dirty;
	else if ((c = gup_find_free(name)))
		event(b, EV_FREE, call, name, nth_arg(call, c->arg));
	else if ((c = gup_find_handoff(name)))
		event(b, EV_HANDOFF, call, name, nth_arg(call, c->arg));
	else
		other_call(b, call, name);
}

/* The pages a value is computed from: page_to_pfn(page), page - base. */
static struct gc_obj *derived_from(struct builder *b, struct expression *e,
				   int *elem)
{
	struct expression *arg;
	struct gc_obj *o = NULL;

	e = strip(e);
	if (!e)
		return NULL;
	if (holds_pages(e) && (o = resolve(b, e, elem)))
		return o;
	switch (e->type) {
	case EXPR_CALL:
		FOR_EACH_PTR(e->args, arg) {
			if ((o = derived_from(b, arg, elem)))
				return o;
		} END_FOR_EACH_PTR(arg);
		return NULL;
	case EXPR_BINOP:
		o = derived_from(b, e->left, elem);
		return o ? o : derived_from(b, e->right, elem);
	case EXPR_PREOP:
		return e->op == '*' ? NULL : derived_from(b, e->unop, elem);
	default:
		return NULL;
	}
}

/*
 * *pfn = page_to_pfn(page), d->ppn[i] = page_to_pfn(pages[i]): what the
 * page becomes is kept outside the function, and the page with it.
 */
static void store_derived(struct builder *b, struct expression *left,
			  struct expression *right)
{
	struct gc_event *ev;
	struct gc_obj *from;
	int elem;

	if (var(left) || !(from = derived_from(b, right, &elem)))
		return;
	ev = gc_event_add(here(b), EV_STORE, gpos(right->pos));
	ev->obj = from;
	ev->elem = elem;
	if (elem && b->loop)
		ev->loop = b->loop->id;
	ev->to = gc_obj_get(b->f, "?", "?");
	ev->to->field = 1;
}

static void walk_assign(struct builder *b, struct expression *e)
{
	struct expression *left = strip(e->left), *right = strip(e->right);
	struct gc_site *s = result_site(b, right);
	struct gc_obj *from, *to;
	int elem, to_elem;

	if (e->op != '=' || !left)
		return;
	if (s && var(left)) {
		struct result r = { var(left), s };

		PUSH(b->results, r);
		gc_site_key(s, var(left));
		if (s->api->shape == SHAPE_RETURN && !s->obj)
			s->ev->obj = s->obj = resolve(b, left, &elem);
		return;
	}
	if (!holds_pages(left)) {
		store_derived(b, left, right);
		return;
	}
	if (right && right->type == EXPR_CALL && !s) {	/* = alloc_page() */
		to = resolve(b, left, &to_elem);
		if (to)
			to->allocated = 1;
		return;
	}
	if (!(from = resolve(b, right, &elem)))
		return;
	to = resolve(b, left, &to_elem);
	if (!to) {	/* *out = pages, a->b.c = page: somewhere we lose it */
		to = gc_obj_get(b->f, "?", "?");
		to->field = 1;
	}
	if (var(left) && !to->field) {
		struct alias a = { var(left), from, elem };

		PUSH(b->aliases, a);
	} else if ((to->field || to->param >= 0) && to != from) {
		struct gc_event *ev = gc_event_add(here(b), EV_STORE,
						   gpos(e->pos));

		ev->obj = from;
		ev->elem = elem;
		ev->to = to;
	}
}

static void walk_expr_list(struct builder *b, struct expression_list *list)
{
	struct expression *e;

	FOR_EACH_PTR(list, e) {
		walk_expr(b, e);
	} END_FOR_EACH_PTR(e);
}

static void walk_expr(struct builder *b, struct expression *e)
{
	if (!e)
		return;
	switch (e->type) {
	case EXPR_CALL:
		walk_expr_list(b, e->args);
		walk_call(b, e);
		break;
	case EXPR_ASSIGNMENT:
		walk_expr(b, e->right);
		walk_expr(b, e->left);
		walk_assign(b, e);
		break;
	case EXPR_PREOP:
	case EXPR_POSTOP:
		walk_expr(b, e->unop);
		break;
	case EXPR_BINOP:
	case EXPR_COMPARE:
	case EXPR_LOGICAL:
	case EXPR_COMMA:
		walk_expr(b, e->left);
		walk_expr(b, e->right);
		break;
	case EXPR_CONDITIONAL:
	case EXPR_SELECT:
		walk_expr(b, e->conditional);
		walk_expr(b, e->cond_true);
		walk_expr(b, e->cond_false);
		break;
	case EXPR_CAST:
	case EXPR_IMPLIED_CAST:
	case EXPR_FORCE_CAST:
		walk_expr(b, e->cast_expression);
		break;
	case EXPR_STATEMENT:
		walk_stmt(b, e->statement);
		break;
	case EXPR_INITIALIZER:
		walk_expr_list(b, e->expr_list);
		break;
	case EXPR_POS:
		walk_expr(b, e->init_expr);
		break;
	case EXPR_IDENTIFIER:
		walk_expr(b, e->ident_expression);
		break;
	case EXPR_INDEX:
		walk_expr(b, e->idx_expression);
		break;
	default:
		break;
	}
}

/* The site of this function whose result or pages key stands for. */
static struct gc_site *key_site(struct builder *b, const void *key)
{
	struct gc_site *s, *last = NULL;

	for (s = b->u->sites; key && s; s = s->next)
		for (int i = 0; s->func == b->f && i < s->nkeys; i++)
			if (s->keys[i] == key)
				last = s;
	return last;
}

/* What a test of e tests: the variable holding results, or the call. */
static const void *result_key(struct gc_site *s, struct expression *e)
{
	return var(e) ? (const void *)var(e) : (const void *)s;
}

/* What a condition, when it is (not) true, says of an acquire's result. */
static enum gc_ret cond_fact(struct builder *b, struct expression *e,
			     int truth, const void **key)
{
	struct gc_site *site;
	struct symbol *fn;
	enum gc_ret r;
	struct expression *other;
	struct site_count *c;
	int op, against_count;
	long long v = 0;

	e = strip(e);
	*key = NULL;
	if (!e)
		return RET_ANY;
	if (e->type == EXPR_PREOP && e->op == '!')
		return cond_fact(b, e->unop, !truth, key);
	if (e->type == EXPR_CALL && callee_name(e, &fn) &&
	    !strcmp(fn->ident->name, "__builtin_expect"))
		return cond_fact(b, nth_arg(e, 0), truth, key);
	if (e->type == EXPR_LOGICAL) {
		int and = e->op == SPECIAL_LOGICAL_AND;
		const void *right_key;
		enum gc_ret right;

		r = cond_fact(b, e->left, truth, key);
		right = cond_fact(b, e->right, truth, &right_key);
		if (and == truth) {	/* both sides hold */
			if (r != RET_ANY)
				return r;
			*key = right_key;
			return right;
		}
		/* one side holds: what both say of one site */
		if (r == right && key_site(b, *key) &&
		    key_site(b, *key) == key_site(b, right_key))
			return r;
		*key = NULL;
		return RET_ANY;
	}
	if (e->type != EXPR_COMPARE && holds_pages(e) && var(e)) {
		/* if (pages): a NULL array holds no pins */
		int elem;

		*key = resolve(b, e, &elem);
		return truth || elem ? RET_ANY : RET_FAILED;
	}
	if (e->type != EXPR_COMPARE) {
		site = result_site(b, e);
		if (!site)
			return RET_ANY;
		*key = result_key(site, e);
		if (truth)
			return site->api->returns == RETURNS_BOOL ? RET_SOME : RET_ANY;
		return RET_FAILED;
	}
	op = e->op;
	other = strip(e->right);
	site = result_site(b, e->left);
	*key = result_key(site, e->left);
	if (!site) {
		static const int swapped[][2] = {
			{ '<', '>' }, { '>', '<' },
			{ SPECIAL_LTE, SPECIAL_GTE }, { SPECIAL_GTE, SPECIAL_LTE },
			{ SPECIAL_UNSIGNED_LT, SPECIAL_UNSIGNED_GT },
			{ SPECIAL_UNSIGNED_GT, SPECIAL_UNSIGNED_LT },
			{ SPECIAL_UNSIGNED_LTE, SPECIAL_UNSIGNED_GTE },
			{ SPECIAL_UNSIGNED_GTE, SPECIAL_UNSIGNED_LTE },
		};
		site = result_site(b, e->right);
		if (!site)
			return RET_ANY;
		*key = result_key(site, e->right);
		other = strip(e->left);
		for (unsigned i = 0; i < sizeof(swapped) / sizeof(swapped[0]); i++)
			if (op == swapped[i][0]) {
				op = swapped[i][1];
				break;
			}
	}
	c = site_count(b, site);
	against_count = c && other &&
		((c->sym && var(other) == c->sym) ||
		 (!c->sym && other->type == EXPR_VALUE && other->value == c->value &&
		  c->value != 0));
	if (other && other->type == EXPR_VALUE)
		v = other->value;
	if (against_count) {
		int one = !c->sym && c->value == 1;

		switch (op) {
		case SPECIAL_NOTEQUAL: case '<': case SPECIAL_UNSIGNED_LT:
			r = truth ? RET_SHORT : RET_FULL;
			break;
		case SPECIAL_EQUAL: case SPECIAL_GTE: case SPECIAL_UNSIGNED_GTE:
			r = truth ? RET_FULL : RET_SHORT;
			break;
		default:
			return RET_ANY;
		}
		return one && r == RET_SHORT ? RET_FAILED : r;
	}
	if (!other || other->type != EXPR_VALUE || (v != 0 && v != 1))
		return RET_ANY;
	if (v == 1) {		/* ret < 1, ret >= 1 */
		if (op == '<')
			return truth ? RET_FAILED : RET_SOME;
		if (op == SPECIAL_GTE)
			return truth ? RET_SOME : RET_FAILED;
		return RET_ANY;
	}
	switch (op) {
	case '<':
		return truth ? RET_FAILED : RET_NONNEG;
	case SPECIAL_LTE:
		return truth ? RET_FAILED : RET_SOME;
	case SPECIAL_EQUAL:
		return truth ? RET_FAILED : RET_ANY;
	case SPECIAL_NOTEQUAL:
		return truth ? RET_ANY : RET_FAILED;
	case '>':
		return truth ? RET_SOME : RET_FAILED;
	case SPECIAL_GTE:
		return truth ? RET_NONNEG : RET_FAILED;
	default:
		return RET_ANY;
	}
}

static void branch(struct builder *b, struct expression *cond,
		   struct gc_node *yes, struct gc_node *no)
{
	const void *key;
	enum gc_ret r;

	walk_expr(b, cond);
	here(b);
	r = cond_fact(b, cond, 1, &key);
	gc_edge(b->cur, yes, key, r);
	r = cond_fact(b, cond, 0, &key);
	gc_edge(b->cur, no, key, r);
	b->cur = NULL;
}

/* What a loop condition counts against: the n of i < n, n--, n > 0. */
static struct expression *loop_bound(struct expression *e)
{
	e = strip(e);
	if (!e || var(e))
		return e;
	if (e->type == EXPR_PREOP || e->type == EXPR_POSTOP)
		return e->op == '!' ? NULL : loop_bound(e->unop);
	if (e->type != EXPR_COMPARE)
		return NULL;
	if (strip(e->right) && strip(e->right)->type == EXPR_VALUE)
		return loop_bound(e->left);
	return strip(e->right);
}

/*
 * The loop as a whole does what its body does to elements of an array:
 * add one summary event a kind and object to the pre-header, so that a
 * release loop releases on every path, also when it runs zero times.
 */
static void summarise_loop(struct builder *b, struct loop *l)
{
	struct gc_node *pre = l->preheader;
	int first = pre->nev;

	for (int n = l->first_node; n < b->f->nnodes; n++) {
		struct gc_node *node = b->f->nodes[n];

		for (int i = 0; i < node->nev; i++) {
			struct gc_event *ev = node->ev[i], *sum;
			int dup = 0;

			if (ev->loop != l->id || !ev->elem ||
			    ev->type == EV_ACQUIRE)
				continue;
			for (int j = first; j < pre->nev; j++)
				if (pre->ev[j]->obj == ev->obj &&
				    pre->ev[j]->type == ev->type &&
				    pre->ev[j]->callee == ev->callee)
					dup = 1;
			if (dup)
				continue;
			sum = gc_event_add(pre, ev->type, ev->pos);
			*sum = *ev;
			sum->summary = 1;
			sum->loop = l->outer ? l->outer->id : 0;
			if (!sum->bound)
				sum->bound = bound_of(b, ev->obj, l->bound);
		}
	}
}

static void walk_loop(struct builder *b, struct statement *s)
{
	struct loop l = { gc_loop_new(b->f, b->loop ? b->loop->id : 0),
			  NULL, 0, NULL, b->loop };
	struct gc_node *cond, *body, *brk, *cont;

	walk_stmt(b, s->iterator_pre_statement);
	l.preheader = here(b);
	l.first_node = b->f->nnodes;
	l.bound = loop_bound(s->iterator_pre_condition ?
			     s->iterator_pre_condition :
			     s->iterator_post_condition);
	cond = gc_node_new(b->f);
	body = gc_node_new(b->f);
	brk = label_node(b, s->iterator_break);
	cont = label_node(b, s->iterator_continue);
	jump(b, cond);
	b->cur = cond;
	b->loop = &l;
	if (s->iterator_pre_condition)
		branch(b, s->iterator_pre_condition, body, brk);
	else
		jump(b, body);
	b->cur = body;
	walk_stmt(b, s->iterator_statement);
	jump(b, cont);
	b->cur = cont;
	walk_stmt(b, s->iterator_post_statement);
	if (s->iterator_post_condition)
		branch(b, s->iterator_post_condition, cond, brk);
	else
		jump(b, cond);
	b->loop = l.outer;
	summarise_loop(b, &l);
	b->cur = brk;
}

static void walk_switch(struct builder *b, struct statement *s)
{
	struct gc_node *brk = label_node(b, s->switch_break), *sw;
	struct symbol *c;
	int has_default = 0;

	walk_expr(b, s->switch_expression);
	sw = here(b);
	FOR_EACH_PTR(s->switch_case->symbol_list, c) {
		gc_edge(sw, label_node(b, c), NULL, RET_ANY);
		if (c->stmt && !c->stmt->case_expression)
			has_default = 1;
	} END_FOR_EACH_PTR(c);
	if (!has_default)
		gc_edge(sw, brk, NULL, RET_ANY);
	b->cur = NULL;
	walk_stmt(b, s->switch_statement);
	jump(b, brk);
	b->cur = brk;
}

static void walk_return(struct builder *b, struct statement *s)
{
	struct gc_site *site;
	struct gc_node *n;
	int elem;

	walk_expr(b, s->ret_value);
	n = here(b);
	site = result_site(b, s->ret_value);
	if (s->ret_value && holds_pages(s->ret_value)) {
		struct gc_obj *o = resolve(b, s->ret_value, &elem);

		if (o)
			gc_event_add(n, EV_RETURN, gpos(s->pos))->obj = o;
	} else if (site && site->obj &&
		   (site->obj->param >= 0 || site->obj->field)) {
		gc_event_add(n, EV_RETURN_COUNT, gpos(s->pos))->obj = site->obj;
	}
	n->is_exit = 1;
	n->exit_pos = gpos(s->pos);
	b->cur = NULL;
}

static void walk_stmt(struct builder *b, struct statement *s)
{
	struct statement *child;
	struct symbol *sym;
	struct gc_node *yes, *no, *join;

	if (!s)
		return;
	if (s->pos.line > b->last.line)
		b->last = s->pos;
	switch (s->type) {
	case STMT_DECLARATION:
		FOR_EACH_PTR(s->declaration, sym) {
			if (sym->initializer) {
				struct expression assign = {
					.type = EXPR_ASSIGNMENT, .op = '=',
					.pos = sym->pos, .ctype = sym,
					.left = &(struct expression){
						.type = EXPR_SYMBOL, .symbol = sym,
						.ctype = sym, .pos = sym->pos },
					.right = sym->initializer,
				};
				walk_expr(b, &assign);
			}
		} END_FOR_EACH_PTR(sym);
		break;
	case STMT_EXPRESSION:
		walk_expr(b, s->expression);
		break;
	case STMT_COMPOUND:
		FOR_EACH_PTR(s->stmts, child) {
			walk_stmt(b, child);
		} END_FOR_EACH_PTR(child);
		break;
	case STMT_IF:
		yes = gc_node_new(b->f);
		no = gc_node_new(b->f);
		join = gc_node_new(b->f);
		branch(b, s->if_conditional, yes, no);
		b->cur = yes;
		walk_stmt(b, s->if_true);
		jump(b, join);
		b->cur = no;
		walk_stmt(b, s->if_false);
		jump(b, join);
		b->cur = join;
		break;
	case STMT_RETURN:
		walk_return(b, s);
		break;
	case STMT_ITERATOR:
		walk_loop(b, s);
		break;
	case STMT_SWITCH:
		walk_switch(b, s);
		break;
	case STMT_CASE:
		join = label_node(b, s->case_label);
		jump(b, join);
		b->cur = join;
		walk_stmt(b, s->case_statement);
		break;
	case STMT_LABEL:
		join = label_node(b, s->label_identifier);
		jump(b, join);
		b->cur = join;
		walk_stmt(b, s->label_statement);
		break;
	case STMT_GOTO:
		if (s->goto_label)
			jump(b, label_node(b, s->goto_label));
		b->cur = NULL;
		break;
	default:
		break;
	}
}

static void build_function(struct gc_unit *u, struct symbol *sym)
{
	struct symbol *fn = base_type(sym);
	struct builder b = { .u = u };
	struct gc_node *end;

	b.f = gc_func_new(u, sym->ident->name, gpos(sym->pos),
			  !!(sym->ctype.modifiers & MOD_STATIC));
	b.fn = sym;
	b.cur = gc_node_new(b.f);
	walk_stmt(&b, fn->stmt);
	if (b.cur) {
		end = b.cur;
		end->is_exit = 1;
		end->exit_pos = gpos(b.last);
	}
	free(b.labels.v);
	free(b.aliases.v);
	free(b.results.v);
	free(b.counts.v);
}

/* The release family the unit's headers declare (file scope is open). */
static enum gup_family declared_family(void)
{
	enum gup_family family = FAMILY_NONE;
	const struct gup_release *rel;

	for (int i = 0; (rel = gup_release_row(i)); i++)
		if (rel->family > family &&
		    lookup_symbol(built_in_ident(rel->name), NS_SYMBOL))
			family = rel->family;
	return family == FAMILY_LEGACY ? FAMILY_NONE : family;
}

/* A function is bound in both scopes when a header declared it. */
static int listed(struct symbol_list *fns, struct symbol *sym)
{
	struct symbol *f;

	FOR_EACH_PTR(fns, f) {
		if (f == sym || base_type(f) == base_type(sym))
			return 1;
	} END_FOR_EACH_PTR(f);
	return 0;
}

/*
 * The functions the file defines, from its scopes (sparse keeps the file
 * scope open until the next file): its symbol list leaves out static inline
 * functions, which sparse evaluates only when it inlines them.
 */
static struct symbol_list *defined_functions(const char *file)
{
	struct scope *scopes[] = { file_scope, global_scope };
	struct symbol_list *fns = NULL;
	struct symbol *sym, *fn;

	for (int i = 0; i < 2; i++) {
		FOR_EACH_PTR(scopes[i]->symbols, sym) {
			fn = base_type(sym);
			if (sym->ident && fn && fn->type == SYM_FN &&
			    (fn->stmt || fn->inline_stmt) &&
			    !strcmp(stream_name(sym->pos.stream), file) &&
			    !listed(fns, sym))
				add_symbol(&fns, sym);
		} END_FOR_EACH_PTR(sym);
	}
	evaluate_symbol_list(fns);
	return fns;
}

struct gc_unit *gc_build_unit(const char *file)
{
	struct gc_unit *u = gc_unit_new(file);
	struct symbol_list *fns = defined_functions(file);
	struct symbol *sym;

	u->family = declared_family();
	FOR_EACH_PTR(fns, sym) {
		if (base_type(sym)->stmt)
			build_function(u, sym);
	} END_FOR_EACH_PTR(sym);
	free_ptr_list(&fns);
	return u;
}
