// SPDX-License-Identifier: GPL-2.0
/*
 * Pairing across units, from the summaries in the database.  Before a
 * unit is lowered, the functions other units define become rows of the
 * API they stand for: a wrapper that returns how many pages it pinned
 * into the caller's array (or the page it pinned) is an acquire of its
 * kind, a helper that releases a parameter's pages a release with the
 * primitive it uses, one that keeps them a hand-off.  After the unit's
 * own pairing, a site whose pages go into a struct member is paired with
 * the releases of that member in other units.
 */
#include <limits.h>
#include <string.h>
#include <unistd.h>
#include "analysis.h"
#include "db.h"

struct remote {
	struct gc_fact x;
	const char *file;
	struct remote *next;
};

static struct remote *facts;	/* of other units, in the unit's arena */

/* The database names units by absolute path: show them as sparse would. */
static const char *shown(const char *file)
{
	static char cwd[PATH_MAX];
	size_t n;

	if (!*cwd && !getcwd(cwd, sizeof(cwd) - 1))
		return file;
	n = strlen(cwd);
	return !strncmp(file, cwd, n) && file[n] == '/' ? file + n + 1 : file;
}

static void keep(const struct gc_fact *x, const char *from, void *ctx)
{
	struct remote *r = gc_alloc(sizeof(*r));

	*r = (struct remote){ *x, shown(from), facts };
	facts = r;
}

/* Does another unit's function do role to the pages of its param? */
static int does(const char *func, enum gc_fact_role role, int param)
{
	for (struct remote *r = facts; r; r = r->next)
		if (r->x.role == role && r->x.param == param &&
		    !strcmp(r->x.func, func))
			return 1;
	return 0;
}

static void learn(const struct gc_fact *x)
{
	const struct gup_release *prim;

	if (x->is_static)
		return;
	if (x->role == FACT_ACQUIRE && x->returns &&
	    strcmp(x->returns, "pages") && x->param >= 0 && x->pages == 2) {
		gup_learn_acquire(&(struct gup_acquire){
			x->func, x->kind, SHAPE_ARRAY, x->param, x->count, -1,
			gc_returns_of(x->returns) });
	} else if (x->role == FACT_ACQUIRE && x->returns &&
		   !strcmp(x->returns, "pages") && x->param < 0) {
		gup_learn_acquire(&(struct gup_acquire){
			x->func, x->kind, SHAPE_RETURN, -1, -1, -1,
			RETURNS_PAGE });
	} else if (x->role == FACT_RELEASE && x->param >= 0 && x->pages &&
		   !does(x->func, FACT_ACQUIRE, x->param) &&
		   (prim = gup_find_release(x->api))) {
		gup_learn_release(&(struct gup_release){
			x->func, prim->kind, prim->family,
			x->pages == 1 ? SHAPE_PAGE : SHAPE_ARRAY, x->param,
			x->count, x->dirty });
	} else if ((x->role == FACT_STORE || x->role == FACT_HANDOFF) &&
		   x->param >= 0 && !does(x->func, FACT_RELEASE, x->param) &&
		   !does(x->func, FACT_ACQUIRE, x->param)) {
		/* what the helper hands them to is not recorded: I/O, say */
		gup_learn_handoff(&(struct gup_handoff){ x->func, x->param, 1 });
	}
}

int gc_across_load(const char *path, const char *file)
{
	static const enum gc_fact_role order[] = {
		FACT_ACQUIRE, FACT_RELEASE, FACT_STORE, FACT_HANDOFF,
	};

	facts = NULL;
	gup_forget_learned();
	if (gc_db_read(path, file, keep, NULL))
		return -1;
	/* a wrapper that also releases on failure is an acquire */
	for (size_t i = 0; i < sizeof(order) / sizeof(order[0]); i++)
		for (struct remote *r = facts; r; r = r->next)
			if (r->x.role == order[i])
				learn(&r->x);
	return 0;
}

/* Pair s with what other units do to member key. */
static void pair_member(struct gc_site *s, const char *key)
{
	static const enum gc_ev_type types[NR_FACT_ROLES] = {
		[FACT_RELEASE] = EV_RELEASE, [FACT_DIRTY] = EV_DIRTY,
		[FACT_FREE] = EV_FREE,
	};

	if (!key || !strncmp(key, "struct ?", 8))
		return;
	for (struct remote *r = facts; r; r = r->next) {
		const struct gc_fact *x = &r->x;
		struct gc_event *ev;
		struct gc_func *f;

		if (!types[x->role] || !x->member || strcmp(x->member, key))
			continue;
		ev = gc_alloc(sizeof(*ev));
		ev->type = types[x->role];
		ev->pos = (struct gc_pos){ r->file, x->line, 0 };
		ev->callee = x->api;
		ev->rel = gup_find_release(x->api);
		ev->dirtier = gup_find_dirty(x->api);
		ev->dirty = x->dirty == -1 ? DIRTY_NO :
			    x->dirty == DIRTY_ALWAYS ? DIRTY_YES : DIRTY_MAYBE;
		ev->elem = 1;
		if ((ev->type == EV_RELEASE && !ev->rel) ||
		    (ev->type == EV_DIRTY && !ev->dirtier))
			continue;
		f = gc_alloc(sizeof(*f));
		f->name = x->func;
		f->pos = ev->pos;
		gc_site_pair(s, ev, f, key);
	}
}

/* The members another unit's function keeps the pages it is passed in. */
static void pair_kept(struct gc_site *s, struct gc_event *ev)
{
	const struct gup_handoff *c = gup_find_handoff(ev->callee);

	if (!c || !gup_learned(ev->callee))
		return;
	for (struct remote *r = facts; r; r = r->next)
		if (r->x.role == FACT_STORE && r->x.param == c->arg &&
		    !strcmp(r->x.func, ev->callee))
			pair_member(s, r->x.target);
}

void gc_across_pair(struct gc_unit *u)
{
	for (struct gc_site *s = u->sites; s && facts; s = s->next) {
		struct gc_func *f = s->func;

		if (!s->obj)
			continue;
		if (s->obj->field)
			pair_member(s, s->obj->member);
		for (int n = 0; n < f->nnodes; n++)
			for (int i = 0; i < f->nodes[n]->nev; i++) {
				struct gc_event *ev = f->nodes[n]->ev[i];

				if (ev->obj != s->obj || ev->summary)
					continue;
				if (ev->type == EV_STORE)
					pair_member(s, ev->to->member);
				else if (ev->type == EV_HANDOFF)
					pair_kept(s, ev);
			}
	}
}
