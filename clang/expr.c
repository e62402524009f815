// SPDX-License-Identifier: GPL-2.0
/*
 * Expressions: libclang's cursors as the core's gc_expr, built operands
 * first.  Parentheses and casts are transparent; integer constant
 * expressions are folded (clang_Cursor_Evaluate); a variable is its
 * declaration's name and position; p->m and s.m are members, with
 * (&s)->m taken as s.m as the sparse front end does.
 */
#include <string.h>
#include "clang.h"

struct kids {
	CXCursor *c;
	int n, max, exprs_only;
};

static enum CXChildVisitResult collect(CXCursor c, CXCursor parent,
				       CXClientData data)
{
	struct kids *k = data;

	if (k->exprs_only && !clang_isExpression(c.kind))
		return CXChildVisit_Continue;
	if (k->n < k->max)
		k->c[k->n] = c;
	k->n++;
	return CXChildVisit_Continue;
}

/* The first max children of c (expressions only); how many it has. */
int cl_children(CXCursor c, CXCursor *kids, int max, int exprs_only)
{
	struct kids k = { kids, 0, max, exprs_only };

	clang_visitChildren(c, collect, &k);
	return k.n;
}

static const char *tag_of(CXType t)
{
	CXCursor decl;
	CXString s;
	const char *tag;

	if (t.kind != CXType_Record)
		return NULL;
	decl = clang_getTypeDeclaration(t);
	if (clang_Cursor_isAnonymous(decl))
		return NULL;
	s = clang_getCursorSpelling(decl);
	tag = *clang_getCString(s) ? gc_strdup(clang_getCString(s)) : NULL;
	clang_disposeString(s);
	return tag;
}

static int is_array(CXType t)
{
	return t.kind == CXType_ConstantArray ||
	       t.kind == CXType_IncompleteArray ||
	       t.kind == CXType_VariableArray;
}

struct gc_type cl_type(CXType t)
{
	struct gc_type g = { 0, 0, NULL };
	const char *tag;
	int levels = 0;

	t = clang_getCanonicalType(t);
	g.tag = tag_of(t);
	if (!g.tag && t.kind == CXType_Pointer)
		g.tag = tag_of(clang_getCanonicalType(clang_getPointeeType(t)));
	while (t.kind == CXType_Pointer || is_array(t)) {
		levels++;
		t = clang_getCanonicalType(t.kind == CXType_Pointer ?
					   clang_getPointeeType(t) :
					   clang_getArrayElementType(t));
	}
	tag = levels ? tag_of(t) : NULL;
	if (tag && clang_getTypeDeclaration(t).kind == CXCursor_StructDecl) {
		if (!strcmp(tag, "page"))
			g.pages = levels;
		if (!strcmp(tag, "folio"))
			g.folios = levels;
	}
	return g;
}

static struct gc_type expr_type(CXCursor c)
{
	return cl_type(clang_getCursorType(c));
}

static int same_place(CXCursor a, CXCursor b)
{
	return clang_equalLocations(clang_getCursorLocation(a),
				    clang_getCursorLocation(b));
}

struct gc_var *cl_variable(struct walker *w, CXCursor decl)
{
	enum gc_storage storage = GV_LOCAL;
	enum CX_StorageClass sc = clang_Cursor_getStorageClass(decl);
	int param = -1, n = clang_Cursor_getNumArguments(w->fn);
	CXString name = clang_getCursorSpelling(decl);
	struct gc_var *v;

	if (sc == CX_SC_Extern || sc == CX_SC_Static ||
	    clang_getCursorSemanticParent(decl).kind == CXCursor_TranslationUnit)
		storage = GV_GLOBAL;
	for (int i = 0; decl.kind == CXCursor_ParmDecl && i < n; i++)
		if (same_place(clang_Cursor_getArgument(w->fn, i), decl)) {
			storage = GV_PARAM;
			param = i;
		}
	v = gc_lower_var(w->l, clang_getCString(name),
			 cl_pos(w->src, clang_getCursorLocation(decl)), storage,
			 param, cl_type(clang_getCursorType(decl)));
	clang_disposeString(name);
	return v;
}

static struct gc_expr *other(struct walker *w, CXCursor c)
{
	return gc_x_other(w->l, cl_cursor_pos(w->src, c), expr_type(c));
}

static int is_integer(CXType t)
{
	t = clang_getCanonicalType(t);
	return (t.kind >= CXType_Bool && t.kind <= CXType_Int128) ||
	       t.kind == CXType_Enum;
}

/* Could c be an integer constant expression (calls and reads cannot)? */
static int maybe_constant(CXCursor c)
{
	switch (c.kind) {
	case CXCursor_DeclRefExpr:
		return clang_getCursorReferenced(c).kind ==
		       CXCursor_EnumConstantDecl;
	case CXCursor_IntegerLiteral:
	case CXCursor_CharacterLiteral:
	case CXCursor_ParenExpr:
	case CXCursor_UnaryOperator:
	case CXCursor_BinaryOperator:
	case CXCursor_ConditionalOperator:
	case CXCursor_CStyleCastExpr:
	case CXCursor_UnaryExpr:
	case CXCursor_UnexposedExpr:
		return is_integer(clang_getCursorType(c));
	default:
		return 0;
	}
}

static enum CXChildVisitResult not_ice(CXCursor c, CXCursor parent,
				       CXClientData data)
{
	CXCursor decl;

	switch (c.kind) {
	case CXCursor_UnaryExpr:	/* sizeof x does not read x */
		return CXChildVisit_Continue;
	case CXCursor_StmtExpr:
	case CXCursor_CallExpr:
	case CXCursor_MemberRefExpr:
	case CXCursor_ArraySubscriptExpr:
		*(int *)data = 1;
		return CXChildVisit_Break;
	case CXCursor_DeclRefExpr:
		decl = clang_getCursorReferenced(c);
		if (decl.kind == CXCursor_VarDecl ||
		    decl.kind == CXCursor_ParmDecl) {
			*(int *)data = 1;
			return CXChildVisit_Break;
		}
		return CXChildVisit_Continue;
	default:
		return CXChildVisit_Recurse;
	}
}

/*
 * An integer constant expression as C (and sparse) has it: clang also
 * folds reads of const variables and GNU statement expressions
 * (({ BUILD_BUG(); 0; }) in HPAGE_PMD_NR), whose statements sparse walks.
 */
static int constant(CXCursor c, long long *value)
{
	CXEvalResult r;
	int ok, bad = 0;

	if (!maybe_constant(c))
		return 0;
	if (c.kind != CXCursor_IntegerLiteral &&
	    c.kind != CXCursor_CharacterLiteral &&
	    c.kind != CXCursor_DeclRefExpr && c.kind != CXCursor_UnaryExpr) {
		clang_visitChildren(c, not_ice, &bad);
		if (bad)
			return 0;
	}
	r = clang_Cursor_Evaluate(c);
	if (!r)
		return 0;
	ok = clang_EvalResult_getKind(r) == CXEval_Int;
	if (ok)
		*value = clang_EvalResult_getAsLongLong(r);
	clang_EvalResult_dispose(r);
	return ok;
}

/* The function called, or a null cursor; its name. */
static CXCursor callee(CXCursor call, const char **name)
{
	CXCursor fn = clang_getCursorReferenced(call);
	CXString s;

	*name = NULL;
	if (fn.kind != CXCursor_FunctionDecl && fn.kind != CXCursor_VarDecl &&
	    fn.kind != CXCursor_ParmDecl)
		return clang_getNullCursor();
	s = clang_getCursorSpelling(fn);
	*name = gc_strdup(clang_getCString(s));
	clang_disposeString(s);
	return fn.kind == CXCursor_FunctionDecl ? fn : clang_getNullCursor();
}

static struct gc_expr *call(struct walker *w, CXCursor c)
{
	int n = clang_Cursor_getNumArguments(c), np;
	struct gc_expr **args = gc_alloc((n + 1) * sizeof(*args));
	struct gc_proto proto = { NULL, 0 };
	struct gc_param *params;
	const char *name;
	CXCursor fn = callee(c, &name), first;

	for (int i = 0; i < n; i++)
		args[i] = cl_expr(w, clang_Cursor_getArgument(c, i));
	if (!clang_Cursor_isNull(fn)) {
		np = clang_Cursor_getNumArguments(fn);
		params = gc_alloc((np > 0 ? np : 1) * sizeof(*params));
		for (int i = 0; i < np; i++) {
			CXCursor p = clang_Cursor_getArgument(fn, i);
			CXString s = clang_getCursorSpelling(p);

			params[i].name = *clang_getCString(s) ?
					 gc_strdup(clang_getCString(s)) : NULL;
			params[i].type = cl_type(clang_getCursorType(p));
			clang_disposeString(s);
		}
		proto = (struct gc_proto){ params, np > 0 ? np : 0 };
	}
	cl_children(c, &first, 1, 1);
	return gc_x_call(w->l, cl_call_pos(w->src, c, first), expr_type(c),
			 name, clang_Cursor_isNull(fn) ? NULL : &proto, args, n);
}

/* A read of a variable; the address of an array (as sparse has it). */
static struct gc_expr *reference(struct walker *w, CXCursor c)
{
	CXCursor decl = clang_getCursorReferenced(c);
	struct gc_pos pos = cl_pos(w->src, clang_getCursorLocation(c));
	struct gc_expr *x;

	if (decl.kind != CXCursor_VarDecl && decl.kind != CXCursor_ParmDecl)
		return other(w, c);
	x = gc_x_var(w->l, pos, cl_variable(w, decl));
	if (is_array(clang_getCanonicalType(clang_getCursorType(decl))))
		x = gc_x_unary(w->l, pos, GX_ADDR, GO_OTHER, expr_type(c), x);
	return x;
}

/* A member access to an anonymous struct or union. */
static int anonymous(CXCursor c)
{
	CXString name;
	int none;

	if (c.kind != CXCursor_MemberRefExpr)
		return 0;
	name = clang_getCursorSpelling(c);
	none = !*clang_getCString(name);
	clang_disposeString(name);
	return none;
}

static struct gc_expr *member(struct walker *w, CXCursor c)
{
	CXCursor base;
	CXString name = clang_getCursorSpelling(c);
	struct gc_expr *b, *x;
	int arrow;

	if (cl_children(c, &base, 1, 1) != 1) {
		clang_disposeString(name);
		return other(w, c);
	}
	arrow = clang_getCanonicalType(clang_getCursorType(base)).kind ==
		CXType_Pointer;
	while (anonymous(base) && cl_children(base, &base, 1, 1) == 1)
		arrow = clang_getCanonicalType(clang_getCursorType(base)).kind ==
			CXType_Pointer;		/* p->(union).m is p->m */
	b = cl_expr(w, base);
	if (arrow && b && b->kind == GX_ADDR) {		/* (&s)->m */
		arrow = 0;
		b = b->a;
	}
	x = gc_x_member(w->l, cl_pos(w->src, clang_getCursorLocation(c)),
			expr_type(c), b, clang_getCString(name), arrow);
	clang_disposeString(name);
	return x;
}

static enum gc_op binary_op(const char *op)
{
	static const struct { const char *text; enum gc_op op; } ops[] = {
		{ "+", GO_ADD }, { "-", GO_SUB }, { "|", GO_BITOR },
		{ "&", GO_BITAND }, { "&&", GO_LAND }, { "||", GO_LOR },
		{ "==", GO_EQ }, { "!=", GO_NE }, { "<", GO_LT },
		{ "<=", GO_LE }, { ">", GO_GT }, { ">=", GO_GE },
		{ "=", GO_SET }, { "+=", GO_ADD }, { "-=", GO_SUB },
		{ "|=", GO_BITOR }, { "&=", GO_BITAND },
		{ "!", GO_NOT }, { "++", GO_INC }, { "--", GO_DEC },
	};

	for (size_t i = 0; i < sizeof(ops) / sizeof(ops[0]); i++)
		if (!strcmp(op, ops[i].text))
			return ops[i].op;
	return GO_OTHER;
}

static struct gc_expr *unary(struct walker *w, CXCursor c)
{
	CXCursor a, b;
	struct gc_pos pos;
	const char *op = cl_operator(w->src, c, &a, &b, &pos);
	CXCursor operand = clang_Cursor_isNull(a) ? b : a;

	if (clang_Cursor_isNull(operand))
		return other(w, c);
	if (!strcmp(op, "&"))
		return gc_x_unary(w->l, pos, GX_ADDR, GO_OTHER, expr_type(c),
				  cl_expr(w, operand));
	if (!strcmp(op, "*"))
		return gc_x_unary(w->l, pos, GX_DEREF, GO_OTHER, expr_type(c),
				  cl_expr(w, operand));
	if (!*op)			/* __extension__, __real__, __imag__ */
		return cl_expr(w, operand);
	return gc_x_unary(w->l, pos, GX_UNARY, binary_op(op), expr_type(c),
			  cl_expr(w, operand));
}

/* a op b, a op= b, a = b (the right side first, as sparse does). */
static struct gc_expr *binary(struct walker *w, CXCursor c)
{
	CXCursor k[2];
	struct gc_expr *a, *b;
	struct gc_pos pos;
	const char *op = cl_operator(w->src, c, &k[0], &k[1], &pos);
	int assign = c.kind == CXCursor_CompoundAssignOperator ||
		     !strcmp(op, "=");

	if (clang_Cursor_isNull(k[0]) || clang_Cursor_isNull(k[1]))
		return other(w, c);
	if (!strcmp(op, ",")) {
		cl_expr(w, k[0]);
		return cl_expr(w, k[1]);
	}
	if (assign) {
		b = cl_expr(w, k[1]);
		a = cl_expr(w, k[0]);
		return a ? gc_x_assign(w->l, pos, binary_op(op), a, b) : b;
	}
	a = cl_expr(w, k[0]);
	b = cl_expr(w, k[1]);
	return gc_x_binary(w->l, pos, GX_BINARY, binary_op(op), expr_type(c),
			   a, b);
}

static struct gc_expr *subscript(struct walker *w, CXCursor c)
{
	CXCursor k[2];
	struct gc_expr *a;

	if (cl_children(c, k, 2, 1) != 2)
		return other(w, c);
	a = cl_expr(w, k[0]);
	return gc_x_binary(w->l, cl_cursor_pos(w->src, c), GX_INDEX, GO_OTHER,
			   expr_type(c), a, cl_expr(w, k[1]));
}

struct association {
	CXType type;
	CXCursor chosen;
	int skip;		/* the controlling expression */
};

static enum CXChildVisitResult choose(CXCursor c, CXCursor parent,
				      CXClientData data)
{
	struct association *a = data;

	if (!clang_isExpression(c.kind))
		return CXChildVisit_Continue;
	if (a->skip) {
		a->skip = 0;
		return CXChildVisit_Continue;
	}
	if (clang_Cursor_isNull(a->chosen) &&
	    clang_equalTypes(clang_getCanonicalType(clang_getCursorType(c)),
			     a->type))
		a->chosen = c;
	return CXChildVisit_Continue;
}

/*
 * _Generic(x, T1: e1, T2: e2): only the association chosen is evaluated,
 * the one whose type the selection has (libclang does not say which).
 */
static struct gc_expr *generic(struct walker *w, CXCursor c)
{
	struct association a = {
		clang_getCanonicalType(clang_getCursorType(c)),
		clang_getNullCursor(), 1,
	};

	clang_visitChildren(c, choose, &a);
	return clang_Cursor_isNull(a.chosen) ? other(w, c) :
	       cl_expr(w, a.chosen);
}

/*
 * __builtin_choose_expr(c, a, b), which libclang does not expose: three
 * operands, an integer constant first, and the type of the one chosen.
 * Only that one is evaluated.
 */
static int chosen(CXCursor c, CXCursor *k, CXCursor *pick)
{
	long long v;

	if (!constant(k[0], &v))
		return 0;
	*pick = k[v ? 1 : 2];
	return clang_equalTypes(clang_getCanonicalType(clang_getCursorType(c)),
				clang_getCanonicalType(clang_getCursorType(*pick)));
}

/* c ? t : f, and the GNU c ?: f (c, two opaque values, f): t is c. */
static struct gc_expr *conditional(struct walker *w, CXCursor c, CXCursor *k,
				   int n)
{
	struct gc_expr *x = cl_expr(w, k[0]);
	struct gc_expr *t = n == 3 ? cl_expr(w, k[1]) : x;

	return gc_x_cond(w->l, cl_cursor_pos(w->src, c), expr_type(c), x, t,
			 cl_expr(w, k[n - 1]));
}

struct elements {
	struct walker *w;
	struct gc_expr **x;
	int n;
};

static enum CXChildVisitResult element(CXCursor c, CXCursor parent,
				       CXClientData data)
{
	struct elements *e = data;

	if (clang_isExpression(c.kind))
		e->x[e->n++] = cl_expr(e->w, c);
	return CXChildVisit_Continue;
}

/* { .bv_page = page, [2] = x }: the element values. */
static struct gc_expr *init_list(struct walker *w, CXCursor c)
{
	struct elements e = { w, NULL, 0 };

	e.x = gc_alloc((cl_children(c, NULL, 0, 1) + 1) * sizeof(*e.x));
	clang_visitChildren(c, element, &e);
	return gc_x_initializer(w->l, cl_cursor_pos(w->src, c), expr_type(c),
				e.x, e.n);
}

static enum CXChildVisitResult each_operand(CXCursor c, CXCursor parent,
					    CXClientData data)
{
	if (clang_isExpression(c.kind))
		cl_expr(data, c);
	return CXChildVisit_Continue;
}

/*
 * A case label's value: C makes it an integer constant expression, so
 * whatever clang evaluates it to (sizeof and all, as in _IOWR()).
 */
struct gc_expr *cl_case_label(struct walker *w, CXCursor c)
{
	CXEvalResult r = clang_Cursor_Evaluate(c);
	struct gc_expr *e = NULL;

	if (r && clang_EvalResult_getKind(r) == CXEval_Int)
		e = gc_x_const(w->l, cl_cursor_pos(w->src, c),
			       clang_EvalResult_getAsLongLong(r));
	if (r)
		clang_EvalResult_dispose(r);
	return e ? e : cl_expr(w, c);
}

/* An implicit conversion of x to _Bool? */
static int to_bool(CXCursor c, CXCursor x)
{
	return clang_getCursorType(c).kind == CXType_Bool &&
	       clang_getCursorType(x).kind != CXType_Bool;
}

/* What a conversion to _Bool is, as sparse spells it: x != 0. */
static struct gc_expr *not_zero(struct walker *w, CXCursor c,
				struct gc_expr *x)
{
	struct gc_pos pos = cl_cursor_pos(w->src, c);

	return gc_x_binary(w->l, pos, GX_BINARY, GO_NE, expr_type(c), x,
			   gc_x_const(w->l, pos, 0));
}

/* An expression whose value the core needs: constants folded. */
struct gc_expr *cl_expr(struct walker *w, CXCursor c)
{
	CXCursor k[4], pick;
	long long v;
	int n;

	if (clang_Cursor_isNull(c))
		return NULL;
	if (constant(c, &v))
		return gc_x_const(w->l, cl_cursor_pos(w->src, c), v);
	switch (c.kind) {
	case CXCursor_ParenExpr:
		if (cl_children(c, k, 1, 1) == 1)
			return cl_expr(w, k[0]);
		return other(w, c);
	case CXCursor_CStyleCastExpr:	/* (typeof(x))e: the last is e */
		n = cl_children(c, k, 3, 1);
		if (n >= 1 && n <= 3)
			return cl_expr(w, k[n - 1]);
		return other(w, c);
	case CXCursor_UnexposedExpr:	/* implicit casts and the like */
		switch (cl_children(c, k, 4, 1)) {
		case 1:
			if (to_bool(c, k[0]))
				return not_zero(w, c, cl_expr(w, k[0]));
			return cl_expr(w, k[0]);
		case 3:
			if (chosen(c, k, &pick))
				return cl_expr(w, pick);
			break;
		case 4:			/* x ?: y */
			return conditional(w, c, k, 4);
		}
		break;
	case CXCursor_ConditionalOperator:
		if (cl_children(c, k, 3, 1) == 3)
			return conditional(w, c, k, 3);
		break;
	case CXCursor_InitListExpr:
		return init_list(w, c);
	case CXCursor_DeclRefExpr:
		return reference(w, c);
	case CXCursor_MemberRefExpr:
		return member(w, c);
	case CXCursor_CallExpr:
		return call(w, c);
	case CXCursor_UnaryOperator:
		return unary(w, c);
	case CXCursor_BinaryOperator:
	case CXCursor_CompoundAssignOperator:
		return binary(w, c);
	case CXCursor_ArraySubscriptExpr:
		return subscript(w, c);
	case CXCursor_GenericSelectionExpr:
		return generic(w, c);
	case CXCursor_StmtExpr:		/* ({ ...; x; }) is x */
		w->value = NULL;
		if (cl_children(c, k, 1, 0) == 1)
			cl_stmt(w, k[0]);
		if (w->value)
			return w->value;
		return other(w, c);
	case CXCursor_UnaryExpr:	/* sizeof, _Alignof: not evaluated */
	case CXCursor_StringLiteral:
	case CXCursor_IntegerLiteral:
	case CXCursor_FloatingLiteral:
	case CXCursor_CharacterLiteral:
		return other(w, c);
	default:
		break;
	}
	clang_visitChildren(c, each_operand, w);
	return other(w, c);
}
