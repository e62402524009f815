/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Summaries: what each function of a unit does with GUP pages, as facts
 * other units can use without seeing its code.  Computed from the model
 * after lowering, so every front end gets them; written to and read from
 * the tree-wide database by src/db.c.
 */
#ifndef SUMMARY_H
#define SUMMARY_H

#include "gup.h"

enum gc_fact_role {
	FACT_ACQUIRE,	/* acquires pages (into param, member, or a local) */
	FACT_RELEASE,	/* releases the pages of param or member */
	FACT_DIRTY,	/* dirties them */
	FACT_FREE,	/* frees one of them (never right for GUP pages) */
	FACT_STORE,	/* keeps the pages of param in member target */
	FACT_HANDOFF,	/* hands them to api (sg, bio, skb: rules/) */
	FACT_CALL,	/* passes them to api's parameter arg (another unit's) */
	NR_FACT_ROLES
};

struct gc_fact {
	const char *func;
	int is_static;
	int line;		/* of the event, in this unit */
	enum gc_fact_role role;
	int param;		/* whose pages: a parameter, or -1 */
	int pages;		/* and its type: 1 struct page *, 2 an array, 0 a pfn */
	const char *member;	/* or a member, "struct T.m", or NULL */
	const char *api;	/* acquirer, primitive, hand-off or callee */
	const char *via;	/* the unit's helper it happens in, or NULL */
	enum gup_kind kind;	/* of the acquire, or of the release */
	int count, dirty;	/* release: parameters, -1; dirty DIRTY_ALWAYS */
	const char *returns;	/* acquire: "count", "errno", "all", "pages" */
	const char *target;	/* store: the member */
	const char *source;	/* the acquirer of the (local) pages, or NULL */
	int arg;		/* call: the callee's parameter */
	int rst_case;		/* acquire: pin_user_pages.rst case, 0 unknown */
	struct gc_fact *next;
};

/* The unit's facts, in the unit's arena. */
struct gc_fact *gc_summarise(struct gc_unit *u);

enum gup_returns gc_returns_of(const char *returns);

/* A call of the unit's own pinning helper, as the acquire it stands for. */
const struct gup_acquire *gc_helper_acquire(struct gc_unit *u,
					    const char *name,
					    struct gc_site **inner);

const char *gc_fact_role_name(enum gc_fact_role role);
int gc_fact_role_of(const char *name);

#endif
