/* SPDX-License-Identifier: GPL-2.0 */
/*
 * The lowering interface: what a front end calls while it walks the
 * functions of a translation unit, and all it needs to know of the core.
 *
 * A front end translates its syntax tree, in evaluation order, into the
 * expressions below and the control flow calls further down; it decides
 * nothing about GUP.  Building a call or an assignment lowers it at once
 * (acquires, releases, aliases, counts, stores), so a front end builds
 * an expression's operands before the expression, and walks a statement
 * expression where it stands.  Conditions, loop summaries, aliases,
 * counts and holders are decided here, once, for every front end.
 *
 * Everything is allocated in the unit's arena: it lives until
 * gc_unit_free(), so a driver can loop over units in one process.
 */
#ifndef LOWER_H
#define LOWER_H

#include "gup.h"

/* What the core needs of a type: how far it is from struct page or folio. */
struct gc_type {
	int pages;		/* struct page *: 1, struct page **: 2 (arrays count) */
	int folios;		/* the same for struct folio */
	const char *tag;	/* struct tag, of the struct or what a pointer points to */
};

enum gc_storage { GV_LOCAL, GV_PARAM, GV_GLOBAL };

/* A declared variable; the same name and position is the same variable. */
struct gc_var {
	const char *name;
	struct gc_pos pos;
	enum gc_storage storage;
	int param;		/* its index, for GV_PARAM */
	struct gc_type type;
	int slot;		/* the value slot its function's paths keep, or -1 */
	int valued;		/* set to a known value somewhere */
	int stepped;		/* ++, --, += somewhere */
	int assigned;		/* =, or &v: may change */
	long set_bits;		/* the bits of the constants it is set to */
	int set_other;		/* set to anything else, or &v: any bits */
	struct gc_root root;	/* a pointer: what it was first set to reach */
	int returned;		/* a pointer the function returns */
	const char *result_of;	/* the function whose result it was set to */
	struct gc_var *same_hash;	/* the lowering's lookup */
	struct gc_var *next;
};

enum gc_xkind {
	GX_OTHER,	/* not modelled (its operands were lowered already) */
	GX_CONST,	/* an integer constant expression: value */
	GX_VAR,		/* reads var */
	GX_ADDR,	/* &a */
	GX_DEREF,	/* *a */
	GX_INDEX,	/* a[b] */
	GX_MEMBER,	/* a->member (arrow) or a.member */
	GX_CALL,	/* name(args) */
	GX_ASSIGN,	/* a = b, a op= b */
	GX_UNARY,	/* op a */
	GX_BINARY,	/* a op b */
	GX_COND,	/* a ? b : c */
};

enum gc_op {
	GO_OTHER,
	GO_SET,						/* plain = */
	GO_NOT, GO_INC, GO_DEC,				/* unary */
	GO_ADD, GO_SUB, GO_BITOR, GO_BITAND,		/* binary */
	GO_LAND, GO_LOR,
	GO_EQ, GO_NE, GO_LT, GO_LE, GO_GT, GO_GE,
};

struct gc_expr {
	enum gc_xkind kind;
	enum gc_op op;			/* GX_UNARY, GX_BINARY, GX_ASSIGN */
	struct gc_pos pos;
	struct gc_type type;
	struct gc_expr *a, *b, *c;	/* operands */
	long long value;		/* GX_CONST */
	struct gc_var *var;		/* GX_VAR */
	const char *member;		/* GX_MEMBER */
	int arrow;			/* GX_MEMBER: a->member */
	const char *name;		/* GX_CALL: the callee, or NULL */
	struct gc_expr **args;		/* GX_CALL */
	int nargs;
	struct gc_site *site;		/* GX_CALL of an acquire: its site */
};

/* The parameters a called function is declared with, when it is. */
struct gc_param {
	const char *name;
	struct gc_type type;
};

struct gc_proto {
	const struct gc_param *params;
	int nparams;
};

struct gc_lower;
struct gc_label;

/* The unit; declares(name) says whether the unit declares a function. */
struct gc_lower *gc_lower_new(const char *file,
			      int (*declares)(const char *name, void *ctx),
			      void *ctx);
struct gc_unit *gc_lower_done(struct gc_lower *l);

/*
 * Optional: value(name, &v) gives the value of an enum constant the unit
 * defines, so that gup_flags are read with the tree's FOLL_* values (an
 * enum since 6.3); without it, or for a macro, rules/'s.
 */
void gc_lower_constants(struct gc_lower *l,
			int (*value)(const char *name, long long *v, void *ctx),
			void *ctx);

/* A function: begin, variables, its body, end at pos (its last line). */
void gc_lower_func(struct gc_lower *l, const char *name, struct gc_pos pos,
		   int is_static);
struct gc_var *gc_lower_var(struct gc_lower *l, const char *name,
			    struct gc_pos pos, enum gc_storage storage,
			    int param, struct gc_type type);
void gc_lower_func_end(struct gc_lower *l, struct gc_pos last);

/* Expressions; the operands must be built first (evaluation order). */
struct gc_expr *gc_x_other(struct gc_lower *l, struct gc_pos pos,
			   struct gc_type type);
struct gc_expr *gc_x_const(struct gc_lower *l, struct gc_pos pos,
			   long long value);
struct gc_expr *gc_x_var(struct gc_lower *l, struct gc_pos pos,
			 struct gc_var *var);
struct gc_expr *gc_x_unary(struct gc_lower *l, struct gc_pos pos,
			   enum gc_xkind kind, enum gc_op op,
			   struct gc_type type, struct gc_expr *a);
struct gc_expr *gc_x_binary(struct gc_lower *l, struct gc_pos pos,
			    enum gc_xkind kind, enum gc_op op,
			    struct gc_type type, struct gc_expr *a,
			    struct gc_expr *b);
struct gc_expr *gc_x_cond(struct gc_lower *l, struct gc_pos pos,
			  struct gc_type type, struct gc_expr *a,
			  struct gc_expr *b, struct gc_expr *c);
struct gc_expr *gc_x_member(struct gc_lower *l, struct gc_pos pos,
			    struct gc_type type, struct gc_expr *base,
			    const char *member, int arrow);
struct gc_expr *gc_x_call(struct gc_lower *l, struct gc_pos pos,
			  struct gc_type type, const char *name,
			  const struct gc_proto *proto,
			  struct gc_expr **args, int nargs);
struct gc_expr *gc_x_assign(struct gc_lower *l, struct gc_pos pos,
			    enum gc_op op, struct gc_expr *left,
			    struct gc_expr *right);
/*
 * An initializer of an aggregate (a bio_vec, a scatterlist entry): the
 * pages among its element values go into it, out of the core's sight.
 */
struct gc_expr *gc_x_initializer(struct gc_lower *l, struct gc_pos pos,
				 struct gc_type type, struct gc_expr **elems,
				 int n);

/*
 * Control flow.  Labels are found by key (a front end's label, or a
 * name), or made anonymous with a NULL key.  An edge leaves the current
 * point; a jump leaves it (to nowhere known, for a NULL label: a
 * computed goto) and makes what follows unreachable until a label is
 * placed.  Placing a label falls through into it.
 */
struct gc_label *gc_lower_label(struct gc_lower *l, const void *key);
struct gc_label *gc_lower_label_named(struct gc_lower *l, const char *name);
void gc_lower_place(struct gc_lower *l, struct gc_label *label);
void gc_lower_edge(struct gc_lower *l, struct gc_label *to);
void gc_lower_jump(struct gc_lower *l, struct gc_label *to);
void gc_lower_branch(struct gc_lower *l, struct gc_expr *cond,
		     struct gc_label *yes, struct gc_label *no);
/*
 * A switch on value: an edge to the case labelled k (NULL for a range),
 * and last a jump to where no case matches (default, or past it).
 */
void gc_lower_case(struct gc_lower *l, struct gc_expr *value,
		   struct gc_expr *k, struct gc_label *to);
void gc_lower_no_case(struct gc_lower *l, struct gc_expr *value,
		      struct gc_label *to);
void gc_lower_return(struct gc_lower *l, struct gc_pos pos,
		     struct gc_expr *value);

/*
 * A loop: begin after its initialisation, end after its last edge with
 * its condition (the pre-condition, else the post-condition, or NULL).
 * What its body does to elements of an array, the loop does to the
 * array, as often as the condition bounds it.
 */
void gc_lower_loop_begin(struct gc_lower *l);
void gc_lower_loop_end(struct gc_lower *l, struct gc_expr *cond);

/* --dump-model: the lowered unit, for testing a front end on its own. */
void gc_dump_unit(FILE *out, struct gc_unit *u);

#endif
