// SPDX-License-Identifier: GPL-2.0
/*
 * How long the object a holder belongs to outlives the function that
 * fills it.  The object is followed to the variable it is reached from
 * (through the pointers it was set from, dma = &itv->udma), and from a
 * parameter to what the unit's callers pass for it.
 *
 * It lives long when it is a global, or an object got from elsewhere
 * and kept (allocated or looked up: not on the stack, not given back),
 * or a parameter of a static function the unit never calls (reached by
 * pointer, an entry point: what it keeps outlives the call).  A
 * parameter of a function called from other units, or an object given
 * back to the caller, is decided there: unknown.  An object on the
 * stack lives only as long as the call, unless its value is given back
 * (return pfn): unknown.
 */
#include <string.h>
#include "analysis.h"
#include "lower.h"

#define DEPTH	8	/* callers followed up */

static enum gc_life life_of(struct gc_unit *u, struct gc_func *f,
			    struct gc_root r, int depth);

static enum gc_life life_of_param(struct gc_unit *u, struct gc_func *f,
				  int param, int depth)
{
	enum gc_life life = GC_LIFE_CALL;
	int callers = 0;

	for (struct gc_func *c = u->funcs; c; c = c->next)
		for (struct gc_call *call = c->calls; call; call = call->next) {
			enum gc_life l;

			if (strcmp(call->callee, f->name))
				continue;
			callers++;
			l = param < call->nargs ?
			    life_of(u, c, call->args[param], depth + 1) :
			    GC_LIFE_UNKNOWN;
			if (l == GC_LIFE_LONG)
				return l;
			if (l == GC_LIFE_UNKNOWN)
				life = l;
		}
	if (!callers)
		return f->is_static ? GC_LIFE_LONG : GC_LIFE_UNKNOWN;
	return life;
}

struct gc_root gc_root_resolve(struct gc_root r)
{
	for (int hop = 0; r.var && !r.own && r.var->root.var && hop < DEPTH;
	     hop++)
		r = r.var->root;
	return r;
}

/* The parameter an object is reached from, or -1. */
int gc_root_param(struct gc_root r)
{
	r = gc_root_resolve(r);
	return r.var && r.var->storage == GV_PARAM && !r.own ?
	       r.var->param : -1;
}

static enum gc_life life_of(struct gc_unit *u, struct gc_func *f,
			    struct gc_root r, int depth)
{
	r = gc_root_resolve(r);
	if (!r.var || depth > DEPTH)
		return GC_LIFE_UNKNOWN;
	if (r.var->storage == GV_GLOBAL)
		return GC_LIFE_LONG;
	if (r.own)		/* on the stack, unless its value goes back */
		return r.var->returned ? GC_LIFE_UNKNOWN : GC_LIFE_CALL;
	if (r.var->storage == GV_PARAM)
		return life_of_param(u, f, r.var->param, depth);
	return r.var->returned ? GC_LIFE_UNKNOWN : GC_LIFE_LONG;
}

enum gc_life gc_life_of(struct gc_unit *u, struct gc_func *f,
			const struct gc_obj *holder)
{
	return life_of(u, f, holder->root, 0);
}
