// SPDX-License-Identifier: GPL-2.0
/*
 * The unit's lookups, built once before the analysis: its functions by
 * name, and per object the events on it and the calls it is passed to.
 * Pairing and the path walk ask these instead of scanning every
 * function for every site, which made their cost grow with the square
 * of the unit's size.
 */
#include <stdint.h>
#include <string.h>
#include "analysis.h"

struct slot {
	const void *key;
	void *value;
};

struct table {
	struct slot *slots;
	unsigned int mask;
};

struct func_info {
	struct gc_func *func;
	struct gc_uses **params;	/* per parameter index */
	int nparams;
};

static struct table funcs, uses, members;

static unsigned int hash_ptr(const void *p)
{
	uint64_t x = (uintptr_t)p;

	x ^= x >> 33;
	x *= 0xff51afd7ed558ccdull;
	x ^= x >> 33;
	return (unsigned int)x;
}

static unsigned int hash_str(const char *s)
{
	unsigned int h = 2166136261u;

	while (*s)
		h = (h ^ (unsigned char)*s++) * 16777619u;
	return h;
}

static void table_init(struct table *t, int n)
{
	unsigned int size = 16;

	while (size < 2u * n)
		size *= 2;
	t->slots = gc_alloc(size * sizeof(*t->slots));
	t->mask = size - 1;
}

/* The slot of key: pointers compare as such, strings by their text. */
static struct slot *lookup(struct table *t, const void *key, int str)
{
	unsigned int i = str ? hash_str(key) : hash_ptr(key);

	for (;; i++) {
		struct slot *sl = &t->slots[i & t->mask];

		if (!sl->key || sl->key == key ||
		    (str && !strcmp(sl->key, key)))
			return sl;
	}
}

static void add_event(struct gc_uses *us, struct gc_event *ev)
{
	if (us->nev && us->ev[us->nev - 1] == ev)
		return;
	if (us->nev == us->aev) {
		struct gc_event **bigger;

		us->aev = us->aev ? 2 * us->aev : 4;
		bigger = gc_alloc(us->aev * sizeof(*bigger));
		if (us->nev)
			memcpy(bigger, us->ev, us->nev * sizeof(*bigger));
		us->ev = bigger;
	}
	us->ev[us->nev++] = ev;
}

/* The objects of one member are listed in the order of the unit. */
static void add_uses(struct func_info *fi, struct gc_obj *o)
{
	struct gc_uses *us = gc_alloc(sizeof(*us));
	struct slot *sl;

	us->func = fi->func;
	us->obj = o;
	us->frees_own = -1;
	*lookup(&uses, o, 0) = (struct slot){ o, us };
	if (o->param >= 0 && !fi->params[o->param])
		fi->params[o->param] = us;
	if (!o->member)
		return;
	sl = lookup(&members, o->member, 1);
	if (sl->key)
		((struct gc_uses *)sl->value)->last_member->next_member = us;
	else
		*sl = (struct slot){ o->member, us };
	((struct gc_uses *)sl->value)->last_member = us;
}

static void index_events(struct gc_func *f)
{
	for (int n = 0; n < f->nnodes; n++)
		for (int i = 0; i < f->nodes[n]->nev; i++) {
			struct gc_event *ev = f->nodes[n]->ev[i];

			if (ev->summary)
				continue;
			if (ev->obj)
				add_event(gc_uses_of(ev->obj), ev);
			for (int a = 0; a < ev->nargs; a++)
				if (ev->args[a])
					add_event(gc_uses_of(ev->args[a]), ev);
		}
}

void gc_index_unit(struct gc_unit *u)
{
	int nfuncs = 0, nobjs = 0;

	for (struct gc_func *f = u->funcs; f; f = f->next) {
		nfuncs++;
		for (struct gc_obj *o = f->objs; o; o = o->next)
			nobjs++;
	}
	table_init(&funcs, nfuncs);
	table_init(&uses, nobjs);
	table_init(&members, nobjs);
	for (struct gc_func *f = u->funcs; f; f = f->next) {
		struct slot *sl = lookup(&funcs, f->name, 1);
		struct func_info *fi = gc_alloc(sizeof(*fi));

		fi->func = f;
		for (struct gc_obj *o = f->objs; o; o = o->next)
			if (o->param >= fi->nparams)
				fi->nparams = o->param + 1;
		fi->params = gc_alloc(fi->nparams * sizeof(*fi->params));
		if (!sl->key)	/* the first definition, as before */
			*sl = (struct slot){ f->name, fi };
		for (struct gc_obj *o = f->objs; o; o = o->next)
			add_uses(fi, o);
	}
	for (struct gc_func *f = u->funcs; f; f = f->next)
		index_events(f);
}

struct gc_func *gc_func_named(const char *name)
{
	struct func_info *fi = lookup(&funcs, name, 1)->value;

	return fi ? fi->func : NULL;
}

struct gc_uses *gc_param_uses(const char *func, int i)
{
	struct func_info *fi = lookup(&funcs, func, 1)->value;

	return fi && i < fi->nparams ? fi->params[i] : NULL;
}

struct gc_uses *gc_uses_of(const struct gc_obj *o)
{
	return lookup(&uses, o, 0)->value;
}

struct gc_uses *gc_uses_of_member(const char *member)
{
	return lookup(&members, member, 1)->value;
}
