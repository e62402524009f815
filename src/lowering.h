/* SPDX-License-Identifier: GPL-2.0 */
/*
 * What the files of the lowering share (lower.c: expressions, calls and
 * assignments; guard.c: conditions; slots.c: the variables paths keep;
 * branch.c: control flow).  Front ends see lower.h only.
 */
#ifndef LOWERING_H
#define LOWERING_H

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
	struct gc_elem at;	/* where in obj it points: a = pages + n */
	struct gc_node *node;	/* where it was set */
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

struct cond_alias {		/* bad = (rc != 1): a test of bad tests that */
	struct gc_var *var;
	struct gc_expr *cond;
	struct cond_alias *next;
};

struct loop {
	int id;
	int first_node;
	struct gc_node *preheader;
	struct loop *outer;
};

#define VAR_BUCKETS	256

struct gc_lower {
	struct gc_unit *u;
	struct gc_func *f;
	struct gc_node *cur;
	struct loop *loop;
	struct gc_label *labels;
	struct alias *aliases;
	struct gc_obj *shadowed;	/* what the last local resolved may hold */
	struct alias *derived;
	struct result *results;
	struct cond_alias *conds;
	struct gc_var *var_hash[VAR_BUCKETS];	/* the function's variables */
	struct gc_site *first_site;		/* the function's first */
	int substituting;	/* guards looking through a cond_alias */
	int (*declares)(const char *name, void *ctx);
	void *ctx;
	long *flag_value;	/* per GUP_FLAG row: the tree's value */
	struct holder *holders;	/* unit-wide */
	struct pin_edge *pin_edges;
};

static inline struct gc_node *here(struct gc_lower *l)
{
	if (!l->cur)
		l->cur = gc_node_new(l->f);	/* unreachable code */
	return l->cur;
}

/* The variable an expression reads, or NULL. */
static inline struct gc_var *var(struct gc_expr *e)
{
	return e && e->kind == GX_VAR ? e->var : NULL;
}

/* lower.c */
int holds_pages(struct gc_expr *e);
struct gc_root root_of(struct gc_expr *e, int lvalue);
int is_const(struct gc_expr *e, long long v);
struct gc_expr *arg(struct gc_expr *call, int n);
struct gc_obj *resolve(struct gc_lower *l, struct gc_expr *e, int *elem);
const char *path_of(struct gc_expr *e, char *buf, size_t size);
struct gc_site *result_site(struct gc_lower *l, struct gc_expr *e);
int same_place(struct gc_expr *a, struct gc_expr *b);
enum gc_count bound_of(struct gc_lower *l, struct gc_obj *obj,
		       struct gc_expr *e);
int holder_of(struct gc_expr *e, struct holder *h);
struct holder *find_holder(struct gc_lower *l, const struct holder *h);

/* guard.c */
int is_compare(struct gc_expr *e);
int is_condition(struct gc_expr *e);
struct gc_expr *zero_test(struct gc_expr *e, int truth, int *nonzero);
struct gc_guard *guard_of(struct gc_lower *l, struct gc_expr *e, int truth);
struct gc_guard *case_guard(struct gc_var *v, int id);
int knows_result(const struct gc_guard *g);
void maybe_pin_edge(struct gc_lower *l, struct gc_expr *e, int truth);
void pin_edges_done(struct gc_lower *l);

/* slots.c */
void set_value(struct gc_lower *l, struct gc_pos pos, struct gc_expr *x,
	       enum gc_value value);
void step(struct gc_lower *l, struct gc_pos pos, struct gc_expr *x);
enum gc_value value_of(struct gc_lower *l, struct gc_expr *e);
void assign_slots(struct gc_func *f);

#endif
