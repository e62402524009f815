/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Shared by the analysis passes and the checks: pairing of sites with
 * their releases, the per-path pin state, and the check interface.
 */
#ifndef ANALYSIS_H
#define ANALYSIS_H

#include "report.h"

/* What an event does to a site's pages. */
enum gc_fx {
	FX_NONE, FX_ACQUIRE, FX_REFILL, FX_RELEASE, FX_DIRTY, FX_FREE, FX_GONE,
	FX_USE,		/* reaches the data, or code that may */
	FX_LOSE,	/* frees the array that holds them */
};

struct gc_effect {
	enum gc_fx fx;
	struct gc_event *ev;	/* the event doing it (maybe in a helper) */
	const char *via;	/* helper it happens in, or NULL */
	struct gc_pos at;	/* where, in the function being walked */
};

/* Pin states a path can be in, as bits of a set. */
#define ST_NONE		0x01	/* not acquired yet */
#define ST_PINNED	0x02
#define ST_RELEASED	0x04
#define ST_GONE		0x08	/* handed off, stored, returned or freed */
#define ST_FAILED	0x10	/* the acquire pinned nothing */
#define ST_SHORT	0x20	/* may hold fewer pages than requested */
#define ST_MAYNEG	0x40	/* result not yet checked for -errno */
#define ST_SHORT_TAKEN	0x80	/* on the "fewer than requested" branch */
#define ST_STORED	0x100	/* stored somewhere, maybe before the acquire */
#define ST_USED		0x200	/* the data was reached since the acquire */
#define ST_WARNED	0x400	/* the kernel reported a bug on the way */
/* then GC_SLOTS variables' values (enum gc_value), 2 bits each */
#define ST_VALUE_SHIFT(slot)	(11 + 2 * (slot))
#define ST_VALUE(st, slot)	((enum gc_value)((st) >> ST_VALUE_SHIFT(slot) & 3))
/* then the LIT_CASE id the function's case switch took, 0: none yet */
#define ST_CASE_SHIFT		ST_VALUE_SHIFT(GC_SLOTS)
#define ST_CASE_MASK		(15u << ST_CASE_SHIFT)
#define ST_CASE(st)		((int)(((st) & ST_CASE_MASK) >> ST_CASE_SHIFT))
#define ST_CLEARED		(1u << (ST_CASE_SHIFT + 4))	/* holder NULL since they went back */

/*
 * The path callbacks see a path's state and branch: the line of the last
 * condition it went through since the acquire (0: none), for messages.
 */
struct gc_check {
	/* once per site, after pairing */
	void (*site)(struct gc_unit *u, struct gc_site *s);
	/* before each event that affects the site, with the state before */
	void (*event)(struct gc_site *s, const struct gc_effect *e,
		      unsigned int state, int branch);
	/* at each exit of the site's function */
	void (*exit)(struct gc_site *s, struct gc_node *n, unsigned int state,
		     int branch);
	/* once per site, after its paths */
	void (*done)(struct gc_unit *u, struct gc_site *s);
};

/* index.c: built once per unit, before the analysis */
struct gc_uses {		/* what a function does with one object */
	struct gc_func *func;
	struct gc_obj *obj;
	struct gc_event **ev;	/* events on it and calls passing it, in order */
	int nev, aev;
	struct gc_uses *next_member, *last_member;	/* same member key */
	/* pairing.c's memory of it */
	unsigned int visited;		/* the last site that followed it */
	signed char frees_own;		/* frees_own_pages(), -1 unknown */
	signed char helper_done[2];	/* helper[page]: 1 done, -1 under way */
	struct gc_effect helper[2];	/* a helper's effect on it as parameter */
};

void gc_index_unit(struct gc_unit *u);
struct gc_func *gc_func_named(const char *name);
struct gc_uses *gc_uses_of(const struct gc_obj *o);
struct gc_uses *gc_uses_of_member(const char *member);
struct gc_uses *gc_param_uses(const char *func, int i);

/* pairing.c */
void gc_pair_sites(struct gc_unit *u);
struct gc_effect gc_effect_of(struct gc_unit *u, struct gc_site *s,
			      struct gc_event *ev);

/* classify.c */
int gc_rst_case(struct gc_unit *u, struct gc_site *s);
const char *gc_rst_case_text(int rst_case);

/*
 * flow.c: walk s's paths and show them to the checks; take the steps
 * from *budget, and return -1 when it ran out (the checks then saw the
 * paths found so far).
 */
#define GC_FLOW_STEPS	(1L << 22)	/* a function's budget */
int gc_flow(struct gc_unit *u, struct gc_site *s,
	    const struct gc_check *const *checks, int n, long *budget);
/* "this path", or the path through the branch at that line */
const char *gc_path_text(int branch);

/* lifetime.c: where an object is reached from, through pointers set */
struct gc_root gc_root_resolve(struct gc_root r);
int gc_root_param(struct gc_root r);
/* and how long a holder's object outlives its function */
enum gc_life { GC_LIFE_UNKNOWN, GC_LIFE_CALL, GC_LIFE_LONG };
enum gc_life gc_life_of(struct gc_unit *u, struct gc_func *f,
			const struct gc_obj *holder);

/* across.c: pairing with what other units do, from the database */
int gc_across_load(const char *path, const char *file);
void gc_across_pair(struct gc_unit *u);

/* Helpers for messages. */
const char *gc_suggest_release(enum gup_family family, enum gup_shape shape,
			       int dirty);

#define CHECKS(X) X(release) X(dirty_unlocked) X(pin_kind) X(free) \
	X(longterm) X(no_dirty) X(leak) X(partial) X(double_release)
#define DECLARE(name) extern const struct gc_check check_##name;
CHECKS(DECLARE)
#undef DECLARE

#endif
