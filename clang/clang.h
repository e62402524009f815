/* SPDX-License-Identifier: GPL-2.0 */
/*
 * The libclang front end: a translation unit's functions walked into the
 * core's lowering interface (src/lower.h), as the sparse front end does.
 */
#ifndef CLANG_FRONTEND_H
#define CLANG_FRONTEND_H

#include <clang-c/Index.h>
#include "lower.h"

struct cl_source;

/* What the walk of one function keeps. */
struct walker {
	struct gc_lower *l;
	struct cl_source *src;
	CXCursor fn;			/* the function walked */
	struct gc_pos last;		/* of the last statement walked */
	struct gc_expr *value;		/* of the last, if an expression */
	struct jumps *jumps;		/* break and continue targets */
	struct cases *cases;		/* labels of the switch walked */
	struct goto_label *labels;	/* of goto */
};

/* source.c: positions and the text around a cursor */
#define CL_TABSTOP	8	/* sparse's default -ftabstop */
struct cl_source *cl_source_new(CXTranslationUnit tu);
void cl_source_free(struct cl_source *src);
struct gc_pos cl_pos(struct cl_source *src, CXSourceLocation loc);
struct gc_pos cl_cursor_pos(struct cl_source *src, CXCursor c);
struct gc_pos cl_declarator_pos(struct cl_source *src, CXCursor decl);
struct gc_pos cl_inline_body_pos(struct cl_source *src, CXCursor fn);
struct gc_pos cl_call_pos(struct cl_source *src, CXCursor call,
			  CXCursor callee);
const char *cl_operator_text(struct cl_source *src, CXCursor c, CXCursor a,
			     CXCursor b, struct gc_pos *pos);
int cl_for_parts(struct cl_source *src, CXCursor s, CXCursor *kids, int n,
		 int *part);
char *cl_printed(CXCursor c);

/* opcode.c: which operator an operator expression is */
const char *cl_operator(struct cl_source *src, CXCursor c, CXCursor *a,
			CXCursor *b, struct gc_pos *pos);

/* expr.c: expressions */
struct gc_type cl_type(CXType t);
int cl_children(CXCursor c, CXCursor *kids, int max, int exprs_only);
struct gc_var *cl_variable(struct walker *w, CXCursor decl);
struct gc_expr *cl_expr(struct walker *w, CXCursor c);
struct gc_expr *cl_case_label(struct walker *w, CXCursor c);

/* stmt.c: statements and functions */
void cl_stmt(struct walker *w, CXCursor s);
void cl_body(struct walker *w, CXCursor body);
struct gc_unit *cl_build_unit(CXTranslationUnit tu, const char *file);

#endif
