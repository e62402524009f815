// SPDX-License-Identifier: GPL-2.0
/*
 * The sparse front end: walk the evaluated syntax tree of each function
 * the checked file defines and hand it to the core's lowering interface
 * (src/lower.h).  Only sparse's shapes are decided here: a variable read
 * is *(&x), a member p->m is *(p + offset), casts are transparent.
 */
#include <string.h>
#include "lib.h"
#include "symbol.h"
#include "evaluate.h"
#include "expression.h"
#include "expand.h"
#include "parse.h"
#include "token.h"
#include "scope.h"
#include "lower.h"
#include "frontend.h"

struct walker {
	struct gc_lower *l;
	struct symbol *fn;
	struct position last;		/* of the last statement walked */
	struct gc_expr *value;		/* of the last, if an expression */
	struct symbol *ret;		/* what the function's returns target */
};

static struct gc_expr *convert(struct walker *w, struct expression *e);
static void walk_stmt(struct walker *w, struct statement *s);

static struct gc_pos gpos(struct position p)
{
	return (struct gc_pos){ stream_name(p.stream), p.line, p.pos };
}

static struct symbol *base_type(struct symbol *t)
{
	while (t && t->type == SYM_NODE)
		t = t->ctype.base_type;
	return t;
}

static const char *struct_tag(struct symbol *t)
{
	t = base_type(t);
	return t && (t->type == SYM_STRUCT || t->type == SYM_UNION) &&
	       t->ident ? t->ident->name : NULL;
}

static struct gc_type gtype(struct symbol *t)
{
	struct gc_type g = { 0, 0, NULL };
	int levels = 0;

	t = base_type(t);
	g.tag = struct_tag(t);
	if (!g.tag && t && t->type == SYM_PTR)
		g.tag = struct_tag(t->ctype.base_type);
	while (t && (t->type == SYM_PTR || t->type == SYM_ARRAY)) {
		levels++;
		t = base_type(t->ctype.base_type);
	}
	if (levels && t && t->type == SYM_STRUCT && t->ident &&
	    !strcmp(t->ident->name, "page"))
		g.pages = levels;
	if (levels && t && t->type == SYM_STRUCT && t->ident &&
	    !strcmp(t->ident->name, "folio"))
		g.folios = levels;
	return g;
}

static struct gc_var *variable(struct walker *w, struct symbol *sym)
{
	struct symbol *arg;
	enum gc_storage storage = GV_LOCAL;
	int i = 0, param = -1;

	/* a static local (WARN_ONCE()'s __warned) outlives the call too */
	if (sym->ctype.modifiers & (MOD_TOPLEVEL | MOD_EXTERN | MOD_STATIC))
		storage = GV_GLOBAL;
	FOR_EACH_PTR(base_type(w->fn)->arguments, arg) {
		if (arg == sym) {
			storage = GV_PARAM;
			param = i;
		}
		i++;
	} END_FOR_EACH_PTR(arg);
	return gc_lower_var(w->l, sym->ident->name, gpos(sym->pos), storage,
			    param, gtype(sym));
}

static struct gc_expr *other(struct walker *w, struct expression *e)
{
	return gc_x_other(w->l, gpos(e->pos), gtype(e->ctype));
}

static const char *callee_name(struct expression *call, struct symbol **sym)
{
	struct expression *fn = call->fn;

	while (fn && (fn->type == EXPR_CAST || fn->type == EXPR_IMPLIED_CAST))
		fn = fn->cast_expression;
	if (fn && fn->type == EXPR_PREOP && fn->op == '*')
		fn = fn->unop;
	if (!fn || fn->type != EXPR_SYMBOL || !fn->symbol || !fn->symbol->ident)
		return NULL;
	*sym = fn->symbol;
	return fn->symbol->ident->name;
}

static struct gc_expr *call(struct walker *w, struct expression *e)
{
	struct gc_expr **args;
	struct gc_param *params = NULL;
	struct gc_proto proto = { NULL, 0 };
	struct expression *arg;
	struct symbol *fn = NULL, *p;
	const char *name = callee_name(e, &fn);
	int n = 0;

	args = gc_alloc((expression_list_size(e->args) + 1) * sizeof(*args));
	FOR_EACH_PTR(e->args, arg) {
		args[n++] = convert(w, arg);
	} END_FOR_EACH_PTR(arg);
	if (fn && base_type(fn) && base_type(fn)->type == SYM_FN) {
		params = gc_alloc((symbol_list_size(base_type(fn)->arguments) + 1) *
				  sizeof(*params));
		FOR_EACH_PTR(base_type(fn)->arguments, p) {
			params[proto.nparams].name = p->ident ? p->ident->name : NULL;
			params[proto.nparams++].type = gtype(p);
		} END_FOR_EACH_PTR(p);
		proto.params = params;
	}
	return gc_x_call(w->l, gpos(e->pos), gtype(e->ctype), name,
			 fn ? &proto : NULL, args, n);
}

static struct symbol *member_added(struct expression *e);

/* The struct (or union) a pointer expression points into, or NULL. */
static struct symbol *pointee_struct(struct expression *e)
{
	struct symbol *t;

	if (e->type == EXPR_SYMBOL) {		/* &s */
		t = e->symbol;
	} else if (!(t = member_added(e))) {
		t = base_type(e->ctype);
		if (!t || t->type != SYM_PTR)
			return NULL;
		t = t->ctype.base_type;
	}
	t = base_type(t);
	return t && (t->type == SYM_STRUCT || t->type == SYM_UNION) ? t : NULL;
}

/*
 * p + offset as sparse builds it for p->m (typed lazily until its
 * address is taken, then as a pointer to the member's type), not pointer
 * arithmetic, which keeps the type of p.  Returns the member, or NULL.
 */
static struct symbol *member_added(struct expression *e)
{
	struct symbol *t = e->ctype, *st, *m;

	if (e->type != EXPR_BINOP || e->op != '+' || !e->right ||
	    e->right->type != EXPR_VALUE || !t)
		return NULL;
	st = pointee_struct(e->left);
	if (!st)
		return NULL;
	t = base_type(t);
	if (t != &lazy_ptr_ctype &&
	    (t->type != SYM_PTR || base_type(t->ctype.base_type) == st))
		return NULL;
	FOR_EACH_PTR(st->symbol_list, m) {
		if (m->ident && m->offset == e->right->value)
			return m;
	} END_FOR_EACH_PTR(m);
	return NULL;
}

/* base->m, or base.m when base is the address of a struct. */
static struct gc_expr *make_member(struct walker *w, struct position pos,
				   struct symbol *m, struct expression *base)
{
	struct gc_expr *b = convert(w, base);
	int arrow = !b || b->kind != GX_ADDR;

	if (!arrow)
		b = b->a;
	return gc_x_member(w->l, gpos(pos), gtype(m), b, m->ident->name,
			   arrow);
}

/* p + offset: the address of a member (an array member: the member). */
static struct gc_expr *member_address(struct walker *w, struct expression *e)
{
	struct symbol *m = member_added(e);
	struct gc_expr *x;

	if (!m)
		return NULL;
	x = make_member(w, e->pos, m, e->left);
	if (base_type(m)->type == SYM_ARRAY)
		return x;
	return gc_x_unary(w->l, gpos(e->pos), GX_ADDR, GO_OTHER,
			  gtype(e->ctype), x);
}

static enum gc_op binary_op(int op)
{
	switch (op) {
	case '+': return GO_ADD;
	case '-': return GO_SUB;
	case '|': return GO_BITOR;
	case '&': return GO_BITAND;
	case SPECIAL_LOGICAL_AND: return GO_LAND;
	case SPECIAL_LOGICAL_OR: return GO_LOR;
	case SPECIAL_EQUAL: return GO_EQ;
	case SPECIAL_NOTEQUAL: return GO_NE;
	case '<': case SPECIAL_UNSIGNED_LT: return GO_LT;
	case SPECIAL_LTE: case SPECIAL_UNSIGNED_LTE: return GO_LE;
	case '>': case SPECIAL_UNSIGNED_GT: return GO_GT;
	case SPECIAL_GTE: case SPECIAL_UNSIGNED_GTE: return GO_GE;
	default: return GO_OTHER;
	}
}

static enum gc_op unary_op(int op)
{
	switch (op) {
	case '!': return GO_NOT;
	case SPECIAL_INCREMENT: return GO_INC;
	case SPECIAL_DECREMENT: return GO_DEC;
	default: return GO_OTHER;
	}
}

static struct gc_expr *preop(struct walker *w, struct expression *e)
{
	struct symbol *m = e->ctype;
	struct expression *add = e->unop;

	if (e->op == '&')
		return gc_x_unary(w->l, gpos(e->pos), GX_ADDR, GO_OTHER,
				  gtype(e->ctype), convert(w, e->unop));
	if (e->op != '*')
		return gc_x_unary(w->l, gpos(e->pos), GX_UNARY, unary_op(e->op),
				  gtype(e->ctype), convert(w, e->unop));
	if (add && add->type == EXPR_SYMBOL && add->symbol &&
	    add->symbol->ident)		/* a read of a variable */
		return gc_x_var(w->l, gpos(e->pos), variable(w, add->symbol));
	if (m && m->type == SYM_NODE && m->ident && add &&
	    add->type == EXPR_BINOP && add->op == '+' && add->right &&
	    add->right->type == EXPR_VALUE)		/* p->m */
		return make_member(w, e->pos, m, add->left);
	return gc_x_unary(w->l, gpos(e->pos), GX_DEREF, GO_OTHER,
			  gtype(e->ctype), convert(w, e->unop));
}

/* p + i: sparse scales i by the size of *p; the core counts elements. */
static struct gc_expr *index_of(struct walker *w, struct expression *e)
{
	struct symbol *t = base_type(e->left->ctype);
	struct expression *k = e->right;
	long long size;

	if (!t || t->type != SYM_PTR || !(t = base_type(t->ctype.base_type)) ||
	    (size = bits_to_bytes(t->bit_size)) <= 0)
		return convert(w, k);
	if (k->type == EXPR_VALUE && k->value % size == 0)
		return gc_x_const(w->l, gpos(k->pos), k->value / size);
	if (k->type == EXPR_BINOP && k->op == '*' && k->right &&
	    k->right->type == EXPR_VALUE && k->right->value == size)
		return convert(w, k->left);
	return convert(w, k);
}

static struct gc_expr *binop(struct walker *w, struct expression *e)
{
	struct gc_expr *a, *x;

	if (e->op == '+' && e->right && e->right->type == EXPR_VALUE &&
	    (x = member_address(w, e)))
		return x;
	a = convert(w, e->left);
	return gc_x_binary(w->l, gpos(e->pos), GX_BINARY, binary_op(e->op),
			   gtype(e->ctype), a,
			   e->op == '+' || e->op == '-' ? index_of(w, e) :
			   convert(w, e->right));
}

static enum gc_op assign_op(int op)
{
	switch (op) {
	case '=': return GO_SET;
	case SPECIAL_ADD_ASSIGN: return GO_ADD;
	case SPECIAL_SUB_ASSIGN: return GO_SUB;
	case SPECIAL_OR_ASSIGN: return GO_BITOR;
	case SPECIAL_AND_ASSIGN: return GO_BITAND;
	default: return GO_OTHER;
	}
}

static struct gc_expr *assignment(struct walker *w, struct expression *e)
{
	struct gc_expr *right = convert(w, e->right);
	struct gc_expr *left = convert(w, e->left);

	if (!left)
		return right;
	return gc_x_assign(w->l, gpos(e->pos), assign_op(e->op), left, right);
}

/* c ? t : f, and the GNU c ?: f, whose true value is c. */
static struct gc_expr *conditional(struct walker *w, struct expression *e)
{
	struct gc_expr *c = convert(w, e->conditional);
	struct gc_expr *t = e->cond_true ? convert(w, e->cond_true) : c;

	return gc_x_cond(w->l, gpos(e->pos), gtype(e->ctype), c, t,
			 convert(w, e->cond_false));
}

/* { .bv_page = page, [2] = x }: the element values, designators aside. */
static struct gc_expr *init_list(struct walker *w, struct expression *e)
{
	struct gc_expr **elems;
	struct expression *x;
	int n = 0;

	elems = gc_alloc((expression_list_size(e->expr_list) + 1) *
			 sizeof(*elems));
	FOR_EACH_PTR(e->expr_list, x) {
		while (x && (x->type == EXPR_POS || x->type == EXPR_IDENTIFIER ||
			     x->type == EXPR_INDEX))
			x = x->type == EXPR_POS ? x->init_expr :
			    x->type == EXPR_IDENTIFIER ? x->ident_expression :
			    x->idx_expression;
		if (x)
			elems[n++] = convert(w, x);
	} END_FOR_EACH_PTR(x);
	return gc_x_initializer(w->l, gpos(e->pos), gtype(e->ctype), elems, n);
}

/* An expression whose value the core needs: constants folded. */
static struct gc_expr *convert(struct walker *w, struct expression *e)
{
	if (!e)
		return NULL;
	if (e->flags & CEF_ICE)
		return gc_x_const(w->l, gpos(e->pos),
				  get_expression_value_silent(e));
	switch (e->type) {
	case EXPR_VALUE:		/* NULL: ((void *)0), no integer constant */
		return gc_x_const(w->l, gpos(e->pos), e->value);
	case EXPR_CAST:
	case EXPR_IMPLIED_CAST:
	case EXPR_FORCE_CAST:
		return convert(w, e->cast_expression);
	case EXPR_SYMBOL:		/* the address of a variable */
		if (!e->symbol || !e->symbol->ident ||
		    base_type(e->symbol)->type == SYM_FN)
			return other(w, e);
		return gc_x_unary(w->l, gpos(e->pos), GX_ADDR, GO_OTHER,
				  gtype(e->ctype),
				  gc_x_var(w->l, gpos(e->pos),
					   variable(w, e->symbol)));
	case EXPR_PREOP:
		return preop(w, e);
	case EXPR_POSTOP:
		return gc_x_unary(w->l, gpos(e->pos), GX_UNARY, unary_op(e->op),
				  gtype(e->ctype), convert(w, e->unop));
	case EXPR_BINOP:
	case EXPR_COMPARE:
	case EXPR_LOGICAL:
		return binop(w, e);
	case EXPR_COMMA:
		convert(w, e->left);
		return convert(w, e->right);
	case EXPR_ASSIGNMENT:
		return assignment(w, e);
	case EXPR_CALL:
		return call(w, e);
	case EXPR_CONDITIONAL:
	case EXPR_SELECT:
		return conditional(w, e);
	case EXPR_STATEMENT:		/* ({ ...; x; }) is x */
		w->value = NULL;
		walk_stmt(w, e->statement);
		if (w->value)
			return w->value;
		break;
	case EXPR_INITIALIZER:
		return init_list(w, e);
	default:
		break;
	}
	return other(w, e);
}

static struct gc_label *label(struct walker *w, struct symbol *sym)
{
	return gc_lower_label(w->l, sym);
}

static void walk_if(struct walker *w, struct statement *s)
{
	struct gc_expr *cond = convert(w, s->if_conditional);
	struct gc_label *yes = label(w, NULL), *no = label(w, NULL);
	struct gc_label *join = label(w, NULL);

	gc_lower_branch(w->l, cond, yes, no);
	gc_lower_place(w->l, yes);
	walk_stmt(w, s->if_true);
	gc_lower_jump(w->l, join);
	gc_lower_place(w->l, no);
	walk_stmt(w, s->if_false);
	gc_lower_place(w->l, join);
}

static void walk_loop(struct walker *w, struct statement *s)
{
	struct gc_label *cond, *body, *brk, *cont;
	struct gc_expr *pre = NULL, *post = NULL;

	walk_stmt(w, s->iterator_pre_statement);
	gc_lower_loop_begin(w->l);
	cond = label(w, NULL);
	body = label(w, NULL);
	brk = label(w, s->iterator_break);
	cont = label(w, s->iterator_continue);
	gc_lower_place(w->l, cond);
	if (s->iterator_pre_condition) {
		pre = convert(w, s->iterator_pre_condition);
		gc_lower_branch(w->l, pre, body, brk);
	}
	gc_lower_place(w->l, body);
	walk_stmt(w, s->iterator_statement);
	gc_lower_place(w->l, cont);
	walk_stmt(w, s->iterator_post_statement);
	if (s->iterator_post_condition) {
		post = convert(w, s->iterator_post_condition);
		gc_lower_branch(w->l, post, cond, brk);
	} else {
		gc_lower_jump(w->l, cond);
	}
	gc_lower_loop_end(w->l, pre ? pre : post);
	gc_lower_place(w->l, brk);
}

static void walk_switch(struct walker *w, struct statement *s)
{
	struct gc_label *brk = label(w, s->switch_break), *deflt = brk;
	struct gc_expr *value = convert(w, s->switch_expression);
	struct symbol *c;

	FOR_EACH_PTR(s->switch_case->symbol_list, c) {
		struct statement *cs = c->stmt;
		struct gc_expr *k = NULL;

		if (cs && !cs->case_expression) {
			deflt = label(w, c);
			continue;
		}
		if (cs && !cs->case_to)		/* not case x ... y: */
			k = convert(w, cs->case_expression);
		gc_lower_case(w->l, value, k, label(w, c));
	} END_FOR_EACH_PTR(c);
	gc_lower_no_case(w->l, value, deflt);
	walk_stmt(w, s->switch_statement);
	gc_lower_place(w->l, brk);
}

static void walk_stmt(struct walker *w, struct statement *s)
{
	struct statement *child;
	struct symbol *sym;

	if (!s)
		return;
	if (s->pos.line > w->last.line)
		w->last = s->pos;
	if (s->type != STMT_COMPOUND)
		w->value = NULL;
	switch (s->type) {
	case STMT_DECLARATION:
		FOR_EACH_PTR(s->declaration, sym) {
			if (sym->initializer && sym->ident) {
				struct gc_expr *init = convert(w, sym->initializer);

				gc_x_assign(w->l, gpos(sym->pos), GO_SET,
					    gc_x_var(w->l, gpos(sym->pos),
						     variable(w, sym)), init);
			}
		} END_FOR_EACH_PTR(sym);
		break;
	case STMT_EXPRESSION:
		w->value = convert(w, s->expression);
		break;
	case STMT_COMPOUND:
		FOR_EACH_PTR(s->stmts, child) {
			walk_stmt(w, child);
		} END_FOR_EACH_PTR(child);
		if (s->inline_fn && s->ret && s->ret != w->ret)	/* its returns end here */
			gc_lower_place(w->l, label(w, s->ret));
		break;
	case STMT_IF:
		walk_if(w, s);
		break;
	case STMT_RETURN:
		if (s->ret_target && s->ret_target != w->ret) {	/* an inlined body's */
			convert(w, s->ret_value);
			gc_lower_jump(w->l, label(w, s->ret_target));
		} else {
			gc_lower_return(w->l, gpos(s->pos), convert(w, s->ret_value));
		}
		break;
	case STMT_ITERATOR:
		walk_loop(w, s);
		break;
	case STMT_SWITCH:
		walk_switch(w, s);
		break;
	case STMT_CASE:
		gc_lower_place(w->l, label(w, s->case_label));
		walk_stmt(w, s->case_statement);
		break;
	case STMT_LABEL:
		gc_lower_place(w->l, label(w, s->label_identifier));
		walk_stmt(w, s->label_statement);
		break;
	case STMT_GOTO:
		gc_lower_jump(w->l, s->goto_label ? label(w, s->goto_label) : NULL);
		break;
	default:
		break;
	}
}

static void walk_function(struct gc_lower *l, struct symbol *sym)
{
	struct walker w = { .l = l, .fn = sym };

	if (base_type(sym)->stmt)
		w.ret = base_type(sym)->stmt->ret;
	gc_lower_func(l, sym->ident->name, gpos(sym->pos),
		      !!(sym->ctype.modifiers & MOD_STATIC));
	walk_stmt(&w, base_type(sym)->stmt);
	gc_lower_func_end(l, gpos(w.last));
}

/* Does the unit declare name (its file scope is still open)? */
static int declares(const char *name, void *ctx)
{
	return lookup_symbol(built_in_ident(name), NS_SYMBOL) != NULL;
}

/*
 * The value of an enum constant (6.3+ FOLL_* flags; before, they were
 * macros with the values rules/ has).
 */
static int constant(const char *name, long long *v, void *ctx)
{
	struct symbol *sym = lookup_symbol(built_in_ident(name), NS_SYMBOL);

	if (!sym || !base_type(sym) || base_type(sym)->type != SYM_ENUM ||
	    !sym->initializer)
		return 0;
	*v = get_expression_value_silent(sym->initializer);
	return 1;
}

/*
 * The functions the file defines, from its scopes (sparse keeps the file
 * scope open until the next file): its symbol list leaves out static inline
 * functions, which sparse evaluates only when it inlines them, so those
 * are evaluated here.  A function a header declared is bound in both
 * scopes: its type's aux (for backends, unused here) marks it taken.
 */
static struct symbol_list *defined_functions(const char *file)
{
	struct scope *scopes[] = { file_scope, global_scope };
	struct symbol_list *fns = NULL, *unevaluated = NULL;
	struct symbol *sym, *fn;

	for (int i = 0; i < 2; i++) {
		FOR_EACH_PTR(scopes[i]->symbols, sym) {
			if (sym->namespace != NS_SYMBOL)	/* a macro's is no type */
				continue;
			fn = base_type(sym);
			if (sym->ident && fn && fn->type == SYM_FN &&
			    (fn->stmt || fn->inline_stmt) &&
			    !strcmp(stream_name(sym->pos.stream), file) &&
			    fn->aux != file) {	/* in both scopes: once */
				fn->aux = (void *)file;
				add_symbol(&fns, sym);
				if (!sym->evaluated)
					add_symbol(&unevaluated, sym);
			}
		} END_FOR_EACH_PTR(sym);
	}
	/* evaluating again would repeat sparse's own warnings */
	evaluate_symbol_list(unevaluated);
	free_ptr_list(&unevaluated);
	return fns;
}

struct gc_unit *gc_build_unit(const char *file)
{
	struct gc_lower *l = gc_lower_new(file, declares, NULL);
	struct symbol_list *fns = defined_functions(file);
	struct symbol *sym;

	gc_lower_constants(l, constant, NULL);
	FOR_EACH_PTR(fns, sym) {
		if (base_type(sym)->stmt)
			walk_function(l, sym);
	} END_FOR_EACH_PTR(sym);
	free_ptr_list(&fns);
	return gc_lower_done(l);
}
