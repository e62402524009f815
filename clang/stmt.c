// SPDX-License-Identifier: GPL-2.0
/*
 * Statements and functions: the control flow of each function the main
 * file defines, lowered as the sparse front end lowers it (the same
 * labels made in the same order, so both models number alike).  Labels
 * go by where they are; break and continue by a stack of targets; a
 * switch finds its case labels before its body is walked.
 */
#include <stdlib.h>
#include <string.h>
#include "clang.h"

struct jumps {
	struct gc_label *brk, *cont;
	struct jumps *outer;
};

struct cases {
	struct gc_label **labels;	/* per case, in the order walked */
	int n, next;
	struct cases *outer;
};

static struct gc_label *label(struct walker *w)
{
	return gc_lower_label(w->l, NULL);
}

static void push_jumps(struct walker *w, struct jumps *j,
		       struct gc_label *brk, struct gc_label *cont)
{
	*j = (struct jumps){ brk, cont, w->jumps };
	w->jumps = j;
}

static int child_list(CXCursor s, CXCursor *k, int max)
{
	return cl_children(s, k, max, 0);
}

static void walk_if(struct walker *w, CXCursor s)
{
	CXCursor k[3];
	int n = child_list(s, k, 3);
	struct gc_expr *cond = cl_expr(w, k[0]);
	struct gc_label *yes = label(w), *no = label(w), *join = label(w);

	gc_lower_branch(w->l, cond, yes, no);
	gc_lower_place(w->l, yes);
	if (n > 1)
		cl_stmt(w, k[1]);
	gc_lower_jump(w->l, join);
	gc_lower_place(w->l, no);
	if (n > 2)
		cl_stmt(w, k[2]);
	gc_lower_place(w->l, join);
}

/* A loop as the sparse front end lowers one (see checker/walk.c). */
static void walk_loop(struct walker *w, CXCursor *pre_stmt,
		      CXCursor *pre_cond, CXCursor *body, CXCursor *post_stmt,
		      CXCursor *post_cond)
{
	struct gc_label *cond, *start, *brk, *cont;
	struct gc_expr *pre = NULL, *post = NULL;
	struct jumps j;

	if (pre_stmt)
		cl_stmt(w, *pre_stmt);
	gc_lower_loop_begin(w->l);
	cond = label(w);
	start = label(w);
	brk = label(w);
	cont = label(w);
	gc_lower_place(w->l, cond);
	if (pre_cond) {
		pre = cl_expr(w, *pre_cond);
		gc_lower_branch(w->l, pre, start, brk);
	}
	gc_lower_place(w->l, start);
	push_jumps(w, &j, brk, cont);
	cl_stmt(w, *body);
	w->jumps = j.outer;
	gc_lower_place(w->l, cont);
	if (post_stmt)
		cl_expr(w, *post_stmt);
	if (post_cond) {
		post = cl_expr(w, *post_cond);
		gc_lower_branch(w->l, post, cond, brk);
	} else {
		gc_lower_jump(w->l, cond);
	}
	gc_lower_loop_end(w->l, pre ? pre : post);
	gc_lower_place(w->l, brk);
}

/*
 * libclang visits only the parts a for statement has: with some missing,
 * where the header's semicolons are tells which are there; in a macro,
 * a declaration is the initialisation and otherwise the condition is
 * taken to be there and the initialisation not.
 */
static void walk_for(struct walker *w, CXCursor s)
{
	CXCursor k[4], *part[3] = { NULL, NULL, NULL };
	int n = child_list(s, k, 4), where[3] = { 0, 1, 2 };

	if (n < 1)
		return;
	if (n < 4 && cl_for_parts(w->src, s, k, n - 1, where)) {
		where[0] = k[0].kind == CXCursor_DeclStmt || n == 4 ? 0 : 1;
		where[1] = where[0] + 1;
	}
	for (int i = 0; i < n - 1 && i < 3; i++)
		part[where[i]] = &k[i];
	walk_loop(w, part[0], part[1], &k[n - 1], part[2], NULL);
}

static enum CXChildVisitResult count_cases(CXCursor c, CXCursor parent,
					   CXClientData data)
{
	int *n = data;

	if (c.kind == CXCursor_CaseStmt || c.kind == CXCursor_DefaultStmt)
		++*n;
	if (clang_isStatement(c.kind) && c.kind != CXCursor_SwitchStmt)
		return CXChildVisit_Recurse;
	return CXChildVisit_Continue;
}

struct case_list {
	struct walker *w;
	struct gc_expr *value;	/* switched on */
	struct cases *cases;
	struct gc_label *deflt;
};

static enum CXChildVisitResult find_cases(CXCursor c, CXCursor parent,
					  CXClientData data)
{
	struct case_list *cl = data;
	struct gc_label *lab;

	if (c.kind == CXCursor_CaseStmt || c.kind == CXCursor_DefaultStmt) {
		CXCursor k[3];

		lab = label(cl->w);
		cl->cases->labels[cl->cases->n++] = lab;
		if (c.kind == CXCursor_DefaultStmt)
			cl->deflt = lab;
		else	/* case x: s, not case x ... y: s */
			gc_lower_case(cl->w->l, cl->value,
				      child_list(c, k, 3) == 2 ?
				      cl_case_label(cl->w, k[0]) : NULL, lab);
	}
	if (clang_isStatement(c.kind) && c.kind != CXCursor_SwitchStmt)
		return CXChildVisit_Recurse;
	return CXChildVisit_Continue;
}

static void walk_switch(struct walker *w, CXCursor s)
{
	CXCursor k[2];
	struct gc_label *brk = label(w);
	struct cases cases = { NULL, 0, 0, w->cases };
	struct case_list cl = { .w = w, .cases = &cases, .deflt = brk };
	struct jumps j;
	int n = 0;

	if (child_list(s, k, 2) != 2)
		return;
	cl.value = cl_expr(w, k[0]);
	clang_visitChildren(k[1], count_cases, &n);
	cases.labels = gc_alloc((n + 1) * sizeof(*cases.labels));
	clang_visitChildren(k[1], find_cases, &cl);
	gc_lower_no_case(w->l, cl.value, cl.deflt);
	w->cases = &cases;
	push_jumps(w, &j, brk, w->jumps ? w->jumps->cont : NULL);
	cl_stmt(w, k[1]);
	w->jumps = j.outer;
	w->cases = cases.outer;
	gc_lower_place(w->l, brk);
}

/* case x: s, case x ... y: s, default: s */
static void walk_case(struct walker *w, CXCursor s)
{
	CXCursor k[3];
	int n = child_list(s, k, 3);

	if (w->cases && w->cases->next < w->cases->n)
		gc_lower_place(w->l, w->cases->labels[w->cases->next++]);
	if (n)
		cl_stmt(w, k[n - 1]);
}

struct goto_label {
	CXSourceLocation at;		/* of its label statement */
	struct gc_label *label;
	struct goto_label *next;
};

/*
 * The label of a label statement.  Two expansions of a macro with a
 * local label (__label__ __out in ___wait_event()) have two labels of
 * one name: a label is known by where it is, macro expansion included.
 */
static struct gc_label *label_at(struct walker *w, CXCursor stmt)
{
	CXSourceLocation at = clang_getCursorLocation(stmt);
	struct goto_label *g;

	for (g = w->labels; g; g = g->next)
		if (clang_equalLocations(g->at, at))
			return g->label;
	g = gc_alloc(sizeof(*g));
	*g = (struct goto_label){ at, label(w), w->labels };
	w->labels = g;
	return g->label;
}

/* Does a variable's declaration have an initializer (its last child)? */
static int has_init(CXCursor decl)
{
	const char *text = cl_printed(decl);
	int depth = 0;

	for (const char *p = text; *p; p++) {
		if (strchr("([{", *p))
			depth++;
		else if (strchr(")]}", *p))
			depth--;
		else if (!depth && !strncmp(p, " = ", 3))
			return 1;
	}
	return 0;
}

static enum CXChildVisitResult declaration(CXCursor c, CXCursor parent,
					   CXClientData data)
{
	struct walker *w = data;
	CXCursor k[8];
	struct gc_expr *init;
	struct gc_pos pos;
	int n;

	if (c.kind != CXCursor_VarDecl)
		return CXChildVisit_Continue;
	n = cl_children(c, k, 8, 1);
	if (!n || n > 8 || !has_init(c))
		return CXChildVisit_Continue;
	init = cl_expr(w, k[n - 1]);
	pos = cl_pos(w->src, clang_getCursorLocation(c));
	gc_x_assign(w->l, pos, GO_SET,
		    gc_x_var(w->l, pos, cl_variable(w, c)), init);
	return CXChildVisit_Continue;
}

static enum CXChildVisitResult each_stmt(CXCursor c, CXCursor parent,
					 CXClientData data)
{
	cl_stmt(data, c);
	return CXChildVisit_Continue;
}

void cl_stmt(struct walker *w, CXCursor s)
{
	struct gc_pos pos = cl_cursor_pos(w->src, s);
	CXCursor k[3];
	int n;

	if (pos.line > w->last.line)
		w->last = pos;
	if (s.kind != CXCursor_CompoundStmt)
		w->value = NULL;
	switch (s.kind) {
	case CXCursor_DeclStmt:
		clang_visitChildren(s, declaration, w);
		break;
	case CXCursor_CompoundStmt:
		clang_visitChildren(s, each_stmt, w);
		break;
	case CXCursor_IfStmt:
		walk_if(w, s);
		break;
	case CXCursor_ReturnStmt:
		n = child_list(s, k, 1);
		gc_lower_return(w->l, pos, n ? cl_expr(w, k[0]) : NULL);
		break;
	case CXCursor_WhileStmt:
		if (child_list(s, k, 2) == 2)
			walk_loop(w, NULL, &k[0], &k[1], NULL, NULL);
		break;
	case CXCursor_DoStmt:
		if (child_list(s, k, 2) == 2)
			walk_loop(w, NULL, NULL, &k[0], NULL, &k[1]);
		break;
	case CXCursor_ForStmt:
		walk_for(w, s);
		break;
	case CXCursor_SwitchStmt:
		walk_switch(w, s);
		break;
	case CXCursor_CaseStmt:
	case CXCursor_DefaultStmt:
		walk_case(w, s);
		break;
	case CXCursor_LabelStmt:
		gc_lower_place(w->l, label_at(w, s));
		if (child_list(s, k, 1))
			cl_stmt(w, k[0]);
		break;
	case CXCursor_GotoStmt:
		if (child_list(s, k, 1))
			gc_lower_jump(w->l, label_at(w,
					clang_getCursorReferenced(k[0])));
		break;
	case CXCursor_IndirectGotoStmt:
		gc_lower_jump(w->l, NULL);
		break;
	case CXCursor_BreakStmt:
		if (w->jumps)
			gc_lower_jump(w->l, w->jumps->brk);
		break;
	case CXCursor_ContinueStmt:
		if (w->jumps)
			gc_lower_jump(w->l, w->jumps->cont);
		break;
	case CXCursor_NullStmt:
	case CXCursor_GCCAsmStmt:
		break;
	default:
		if (clang_isExpression(s.kind))
			w->value = cl_expr(w, s);
		break;
	}
}

/* A function's body: its statements (not the braces, which sparse has not). */
void cl_body(struct walker *w, CXCursor body)
{
	clang_visitChildren(body, each_stmt, w);
}
