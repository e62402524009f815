/* SPDX-License-Identifier: GPL-2.0 */
/*
 * The analysis core's model of a translation unit: functions as control
 * flow graphs whose nodes hold GUP events.  A front end (checker/ for
 * sparse) builds it; the core pairs acquires with releases, runs the
 * checks and reports.  Nothing here depends on the front end's types.
 */
#ifndef GUP_H
#define GUP_H

#include <stdio.h>

/* rules/gup-api.h, as tables */
enum gup_kind { KIND_GET, KIND_PIN, KIND_ITER, KIND_ANY };
enum gup_shape {
	SHAPE_ARRAY, SHAPE_ONE, SHAPE_ALLOC, SHAPE_RETURN,
	SHAPE_PAGE, SHAPE_RANGE, SHAPE_FOLIO,
	SHAPE_FOLIOS, SHAPE_FRAMES, SHAPE_BIO,
};
enum gup_returns {
	RETURNS_COUNT, RETURNS_BYTES, RETURNS_BOOL, RETURNS_PAGE, RETURNS_ERRNO,
	RETURNS_ALL,	/* the count asked for, or an error: never fewer */
};
enum gup_family { FAMILY_NONE, FAMILY_LEGACY, FAMILY_USER, FAMILY_UNPIN };
enum gup_role { ROLE_COUNT, ROLE_FLAGS, ROLE_DIRTY };
enum gup_lock { LOCK_UNLOCKED, LOCK_LOCKED };
enum gup_use_kind { USE_DEVICE, USE_CPU };

#define DIRTY_ALWAYS	(-2)

struct gup_acquire {
	const char *name;
	enum gup_kind kind;
	enum gup_shape shape;
	int pages, count, flags;
	enum gup_returns returns;
};

struct gup_release {
	const char *name;
	enum gup_kind kind;
	enum gup_family family;
	enum gup_shape shape;
	int page, count, dirty;
};

struct gup_replace {
	enum gup_family family;
	const char *page, *pages, *pages_dirty, *acquire;
};

struct gup_dirty {
	const char *name;
	enum gup_lock locked;
	int page;
};

struct gup_call {		/* GUP_FREE, _ALLOC, _ERR_TEST, _SAME rows */
	const char *name;
	int arg;
};

struct gup_access {		/* GUP_ACCESS rows */
	const char *name;
	int arg;
	const char *member;
};

struct gup_handoff {		/* GUP_HANDOFF rows */
	const char *name;
	int arg;
	int device;		/* takes them for I/O, not for struct page */
};

struct gup_pin_test {
	const char *name;
	int arg;
	const char *tag;
};

struct gup_flag {
	const char *name;
	long value;
};

struct gup_use {
	const char *name;
	int arg;
	enum gup_use_kind use;
};

const struct gup_acquire *gup_find_acquire(const char *name);
const struct gup_release *gup_find_release(const char *name);
const struct gup_dirty *gup_find_dirty(const char *name);
const struct gup_call *gup_find_free(const char *name);
const struct gup_handoff *gup_find_handoff(const char *name);
const struct gup_pin_test *gup_find_pin_test(const char *name);
const struct gup_call *gup_find_err_test(const char *name);
const struct gup_call *gup_find_same(const char *name);
const struct gup_access *gup_find_access(const char *name);
const struct gup_pin_test *gup_pin_test_row(int i);
int gup_is_iterator(const char *tag);
const char *gup_move(const char *acquire);
const struct gup_flag *gup_flag_row(int i);
const struct gup_use *gup_find_use(const char *name);
const struct gup_call *gup_find_alloc(const char *name);
const struct gup_call *gup_find_unmap(const char *name);
int gup_is_notifier(const char *name);
int gup_is_warning(const char *name);
const struct gup_release *gup_release_row(int i);
const struct gup_replace *gup_replacement(enum gup_family family);
const char *gup_pin_name(const char *acquire);
int gup_param_role(const char *param_name, enum gup_role role);
long gup_flag(const char *name);
void gup_learn_acquire(const struct gup_acquire *row);
void gup_learn_release(const struct gup_release *row);
void gup_learn_handoff(const struct gup_handoff *row);
int gup_learned(const char *name);
void gup_forget_learned(void);
const char *gup_family_name(enum gup_family family);

/* the model */
struct gc_var;
struct gc_expr;

struct gc_pos {
	const char *file;
	int line, col;
};

/*
 * The variable an object is reached from: its own storage (own: &d,
 * d.m) or what it points to (p->m, &p->q.m).
 */
struct gc_root {
	struct gc_var *var;
	int own;
};

/* A call to a function that is no GUP API, by what its arguments reach. */
struct gc_call {
	const char *callee;
	struct gc_root *args;
	int nargs;
	struct gc_call *next;
};

/* Storage that holds GUP pages: a variable, or a struct member. */
struct gc_obj {
	const char *key;	/* within the function: "pages", "umem->page_list" */
	const char *name;	/* as the source spells it */
	int param;		/* parameter index, or -1 */
	int field;		/* a struct member or a global */
	const char *member;	/* then its unit-wide name: "struct umem.pages" */
	struct gc_root root;	/* a member's: the variable it is reached from */
	int allocated;		/* also holds pages from an allocator */
	int unmapped;		/* taken out of a page table here (GUP_UNMAP) */
	struct gc_obj *next;
};

enum gc_count {			/* what bounds a release or its loop */
	BOUND_NONE,
	BOUND_REQUESTED,	/* the count the acquire asked for */
	BOUND_RETURNED,		/* the acquire's return value */
	BOUND_OTHER,
};

enum gc_ev_type {
	EV_ACQUIRE,
	EV_RELEASE,
	EV_DIRTY,
	EV_FREE,
	EV_HANDOFF,		/* to sg/bio/skb (rules) */
	EV_STORE,		/* into a member, global or out-parameter */
	EV_CALL,		/* to a function defined in this unit */
	EV_RETURN,		/* returns the pages */
	EV_RETURN_COUNT,	/* returns how many it pinned into the caller's array */
	EV_USE,			/* reaches the data (rules: GUP_USE) */
	EV_SET,			/* a tracked variable becomes 0, not 0, or unknown */
	EV_CLEAR,		/* the holder is set to NULL */
	EV_WARN,		/* reports a kernel bug (rules: GUP_WARN) */
};

enum gc_dirty { DIRTY_NO, DIRTY_YES, DIRTY_MAYBE };

/* What is known of a variable's value on a path: 2 bits. */
enum gc_value { GC_UNKNOWN, GC_ZERO, GC_NONZERO, GC_RESULT /* an acquire's */ };
#define GC_SLOTS	6	/* variables a function's paths follow */

/* Which element of an array: index + offset, when the front end knows. */
struct gc_elem {
	const void *index;	/* the index variable; NULL: a constant */
	const void *plus;	/* pages[index + plus], not known: a loop's */
	long long offset;
	int known;
	int stable;		/* the index is never stepped (++, --, +=) */
};

struct gc_event {
	enum gc_ev_type type;
	struct gc_pos pos;
	const char *callee;
	struct gc_obj *obj;	/* the pages it touches */
	int elem;		/* one element (pages[i]), not the array */
	struct gc_elem at;	/* that element; EV_ACQUIRE: the first pinned */
	int loop;		/* innermost loop id, 0 outside loops */
	int summary;		/* stands for a whole loop's events */
	enum gc_count bound;
	const struct gc_var *count;	/* the variable a release's count is, */
	int count_slot;			/* and its value slot (-1: none), */
	struct gc_site *count_site;	/* and the acquire it holds the result of */
	enum gc_dirty dirty;	/* release: does it dirty */
	const struct gup_release *rel;
	const struct gup_dirty *dirtier;
	const struct gup_use *use;	/* EV_USE */
	const struct gc_var *var;	/* EV_SET: the variable, */
	int slot;			/* its value slot (-1: not tracked) */
	int value;			/* and GC_ZERO, GC_NONZERO or GC_UNKNOWN */
	struct gc_site *site;	/* EV_ACQUIRE */
	struct gc_obj *to;	/* EV_STORE: where to */
	int derived;		/* EV_STORE: a value computed from the page */
	struct gc_obj **args;	/* EV_CALL: per argument, or NULL */
	struct gc_root *roots;	/* EV_CALL: per argument, what it points into */
	int *arg_elem;
	int nargs;
	int returned;		/* EV_CALL: the function returns its result */
};

/* What an edge out of a condition says about an acquire's result. */
enum gc_ret {
	RET_ANY,
	RET_FAILED,		/* nothing pinned (<= 0) */
	RET_NONNEG,		/* >= 0 */
	RET_SOME,		/* > 0 */
	RET_SHORT,		/* fewer than requested, maybe negative */
	RET_FULL,		/* all that was requested */
	RET_PINS,		/* an ITER acquire pins (GUP_PIN_TEST true) */
	RET_NOPIN,		/* an ITER acquire takes no reference */
};

/*
 * What is known on an edge out of a condition: any one of alternatives,
 * each a conjunction of literals, so "!(ret && pinned > 0)" reads
 * "ret is 0, or the acquire pinned nothing".
 */
enum gc_lit_kind {
	LIT_RESULT,		/* key holds a result: ret says what */
	LIT_VALUE,		/* a variable (slot) is zero or not */
	LIT_NULL,		/* an object holding pages is NULL or not */
	LIT_CASE,		/* a switch on key took case id (GC_CASE_NONE: none) */
};

struct gc_lit {
	enum gc_lit_kind kind;
	const void *key;	/* LIT_RESULT: variable, call or array; LIT_NULL: object */
	enum gc_ret ret;	/* LIT_RESULT */
	int slot;		/* the variable's value slot, or -1 */
	int nonzero;		/* LIT_VALUE, LIT_NULL */
	int id;			/* LIT_CASE */
};

struct gc_conj {
	struct gc_lit *lit;
	int nlit;
};

struct gc_guard {
	struct gc_conj *alt;
	int nalt;
};

#define GC_ALTS	8	/* alternatives of a guard, beyond: nothing known */
#define GC_CASES	14	/* case values a function's paths tell apart */
#define GC_CASE_NONE	(GC_CASES + 1)
#define GC_LITS	8	/* literals of one, beyond: fewer known */

struct gc_node {
	int id;
	struct gc_event **ev;
	int nev, aev;
	struct gc_node **succ;
	struct gc_guard **guard;	/* per successor: what holds on it, or NULL */
	int nsucc, asucc;
	int is_exit;
	struct gc_pos exit_pos;
	int branch_line;	/* of its condition, when it branches */
};

struct gc_release {		/* a release paired with a site */
	struct gc_event *ev;
	struct gc_func *func;
	const char *via;	/* "", helper name, or member key */
};

struct gc_site {
	struct gc_func *func;
	struct gc_event *ev;
	const struct gup_acquire *api;
	struct gc_obj *obj;
	int single;			/* obj is one page: &page */
	char *pages, *count, *flags;	/* source text, for people */
	struct gc_var *count_var;	/* the count asked for: a variable, */
	struct gc_expr *count_expr;	/* or a member (bufmap->page_count), */
	long long count_value;		/* else this (-1: unknown) */
	long flag_bits;			/* gup_flags bits surely set */
	int flags_known;		/* and no others */
	struct gc_var *flags_var;	/* a local the flags are read from */
	int flags_no_pin;		/* FOLL_PIN surely not among them */
	struct gc_release *rel;
	int nrel, arel;
	const char *handoff[8];
	int nhandoff;
	unsigned int uses;		/* bit per gup_use_kind its pages reach */
	int rst_case;			/* pin_user_pages.rst case, 0 unknown */
	int to_caller;			/* hands pins back to its caller */
	struct gc_site *through;	/* the helper's site it calls, or NULL */
	struct gc_event *used_release;	/* a release after a full pin */
	const char *long_holder;	/* a member or global it lives long in */
	unsigned int diags;		/* bit per check that fired */
	const char *manual;		/* why it needs manual work */
	const char *move;		/* GUP_MOVE target the tree declares */
	const void *keys[8];		/* what holds its result (edges) */
	int nkeys;
	struct gc_site *next;
};

struct gc_func {
	const char *name;
	struct gc_pos pos;
	int is_static;
	struct gc_node **nodes;
	int nnodes, anodes;
	struct gc_obj *objs;
	struct gc_var *vars;
	int *loop_outer;	/* per loop id: the loop around it, 0 none */
	int nloops, aloops;
	struct gc_call *calls;	/* to functions of no rule, last first */
	const struct gc_expr *case_switch;	/* a switch on a parameter, */
	const struct gc_var *case_var;		/* never assigned: that one */
	long long case_value[GC_CASES];	/* its cases, by LIT_CASE id - 1 */
	int ncases;
	struct gc_func *next;
};

struct gc_unit {
	const char *file;
	enum gup_family family;	/* release API the unit's headers declare */
	int notifier;		/* registers MMU notifiers */
	struct gc_func *funcs;
	struct gc_site *sites;
	struct gc_func **funcs_end;	/* where the next one goes */
	struct gc_site **sites_end;
};

/* building (front ends) */
void *gc_alloc(size_t size);
char *gc_strdup(const char *s);
struct gc_unit *gc_unit_new(const char *file);
struct gc_func *gc_func_new(struct gc_unit *u, const char *name,
			    struct gc_pos pos, int is_static);
struct gc_func *gc_func_find(struct gc_unit *u, const char *name);
struct gc_obj *gc_func_param(struct gc_func *f, int i);
int gc_func_has_event(struct gc_func *f, enum gc_ev_type type,
		      const struct gc_obj *o);
struct gc_node *gc_node_new(struct gc_func *f);
int gc_loop_new(struct gc_func *f, int outer);
int gc_loop_encloses(struct gc_func *f, int outer, int inner);
void gc_edge(struct gc_node *from, struct gc_node *to,
	     struct gc_guard *guard);
void gc_site_key(struct gc_site *s, const void *key);
struct gc_event *gc_event_add(struct gc_node *n, enum gc_ev_type type,
			      struct gc_pos pos);
struct gc_obj *gc_obj_get(struct gc_func *f, const char *key,
			  const char *name);
struct gc_site *gc_site_new(struct gc_unit *u, struct gc_func *f,
			    struct gc_event *ev);
void gc_site_pair(struct gc_site *s, struct gc_event *ev,
		  struct gc_func *f, const char *via);
void gc_unit_free(struct gc_unit *u);
/*
 * The text of file, or NULL; the start of its line, or NULL.  Valid
 * until the next call for another file.
 */
const char *gc_file_text(const char *file);
void gc_file_text_forget(void);
const char *gc_source_line(const char *file, int line);
void gc_site_texts(struct gc_site *s, struct gc_pos pos, const char *name,
		   int pages, int count, int flags);
int gc_site_one_page(const struct gc_site *s);
int gc_site_holds_result(const struct gc_site *s, const void *key);

/* analysis */
void gc_analyse(struct gc_unit *u);

#endif
