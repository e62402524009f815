// SPDX-License-Identifier: GPL-2.0
/*
 * Building the model: units, functions, nodes, events, objects, sites.
 * Everything is allocated for the life of the unit and freed at once.
 */
#include <stdlib.h>
#include <string.h>
#include "gup.h"

struct block {
	struct block *next;
	char data[];
};
static struct block *blocks;

void *gc_alloc(size_t size)
{
	struct block *b = calloc(1, sizeof(*b) + size);

	if (!b) {
		fputs("gupcheck: out of memory\n", stderr);
		exit(2);
	}
	b->next = blocks;
	blocks = b;
	return b->data;
}

char *gc_strdup(const char *s)
{
	return strcpy(gc_alloc(strlen(s) + 1), s);
}

/* Grow *array (of *alloc slots of size) to hold one more than n. */
static void *grow(void *array, int n, int *alloc, size_t size)
{
	void *bigger;

	if (n < *alloc)
		return array;
	*alloc = *alloc ? 2 * *alloc : 4;
	bigger = gc_alloc(*alloc * size);
	if (n)
		memcpy(bigger, array, n * size);
	return bigger;
}

struct gc_unit *gc_unit_new(const char *file)
{
	struct gc_unit *u = gc_alloc(sizeof(*u));

	u->file = gc_strdup(file);
	u->funcs_end = &u->funcs;
	u->sites_end = &u->sites;
	return u;
}

struct gc_func *gc_func_new(struct gc_unit *u, const char *name,
			    struct gc_pos pos, int is_static)
{
	struct gc_func *f = gc_alloc(sizeof(*f));

	f->name = gc_strdup(name);
	f->pos = pos;
	f->is_static = is_static;
	*u->funcs_end = f;
	u->funcs_end = &f->next;
	return f;
}

struct gc_func *gc_func_find(struct gc_unit *u, const char *name)
{
	for (struct gc_func *f = u->funcs; f; f = f->next)
		if (!strcmp(f->name, name))
			return f;
	return NULL;
}

/* Does f have an event of type on o's pages? */
int gc_func_has_event(struct gc_func *f, enum gc_ev_type type,
		      const struct gc_obj *o)
{
	for (int n = 0; n < f->nnodes; n++)
		for (int i = 0; i < f->nodes[n]->nev; i++)
			if (f->nodes[n]->ev[i]->type == type &&
			    f->nodes[n]->ev[i]->obj == o)
				return 1;
	return 0;
}

/* The object of f's parameter i, when f touches its pages. */
struct gc_obj *gc_func_param(struct gc_func *f, int i)
{
	for (struct gc_obj *o = f->objs; o; o = o->next)
		if (o->param == i)
			return o;
	return NULL;
}

struct gc_node *gc_node_new(struct gc_func *f)
{
	struct gc_node *n = gc_alloc(sizeof(*n));

	f->nodes = grow(f->nodes, f->nnodes, &f->anodes, sizeof(*f->nodes));
	n->id = f->nnodes;
	f->nodes[f->nnodes++] = n;
	return n;
}

/* A new loop inside loop outer (0: none); loop ids start at 1. */
int gc_loop_new(struct gc_func *f, int outer)
{
	if (!f->nloops)		/* slot 0 stands for "in no loop" */
		f->loop_outer = grow(f->loop_outer, f->nloops++, &f->aloops,
				     sizeof(int));
	f->loop_outer = grow(f->loop_outer, f->nloops, &f->aloops, sizeof(int));
	f->loop_outer[f->nloops] = outer;
	return f->nloops++;
}

/* Is loop inner (or the code it stands in) inside loop outer? */
int gc_loop_encloses(struct gc_func *f, int outer, int inner)
{
	for (; inner; inner = f->loop_outer[inner])
		if (inner == outer)
			return 1;
	return outer == 0;
}

void gc_edge(struct gc_node *from, struct gc_node *to,
	     struct gc_guard *guard)
{
	int a = from->asucc;

	from->succ = grow(from->succ, from->nsucc, &a, sizeof(*from->succ));
	a = from->asucc;
	from->guard = grow(from->guard, from->nsucc, &a, sizeof(*from->guard));
	from->asucc = a;
	from->succ[from->nsucc] = to;
	from->guard[from->nsucc] = guard;
	from->nsucc++;
}

struct gc_event *gc_event_add(struct gc_node *n, enum gc_ev_type type,
			      struct gc_pos pos)
{
	struct gc_event *ev = gc_alloc(sizeof(*ev));

	ev->type = type;
	ev->pos = pos;
	n->ev = grow(n->ev, n->nev, &n->aev, sizeof(*n->ev));
	n->ev[n->nev++] = ev;
	return ev;
}

struct gc_obj *gc_obj_get(struct gc_func *f, const char *key,
			  const char *name)
{
	struct gc_obj *o;

	for (o = f->objs; o; o = o->next)
		if (!strcmp(o->key, key))
			return o;
	o = gc_alloc(sizeof(*o));
	o->key = gc_strdup(key);
	o->name = gc_strdup(name);
	o->param = -1;
	o->next = f->objs;
	f->objs = o;
	return o;
}

struct gc_site *gc_site_new(struct gc_unit *u, struct gc_func *f,
			    struct gc_event *ev)
{
	struct gc_site *s = gc_alloc(sizeof(*s));

	s->func = f;
	s->ev = ev;
	ev->site = s;
	*u->sites_end = s;
	u->sites_end = &s->next;
	return s;
}

/* Conditions on key (a variable, or the call) test s's result. */
void gc_site_key(struct gc_site *s, const void *key)
{
	for (int i = 0; i < s->nkeys; i++)
		if (s->keys[i] == key)
			return;
	if (s->nkeys < (int)(sizeof(s->keys) / sizeof(s->keys[0])))
		s->keys[s->nkeys++] = key;
}

/* Does key (a variable, the call, the array) stand for the site's result? */
int gc_site_holds_result(const struct gc_site *s, const void *key)
{
	for (int i = 0; key && i < s->nkeys; i++)
		if (s->keys[i] == key)
			return 1;
	return 0;
}

/* Does the site ask for one page only? */
int gc_site_one_page(const struct gc_site *s)
{
	return !s->count_var && s->count_value == 1;
}

/* Pair a site with one more release (or dirtying) event, once each. */
void gc_site_pair(struct gc_site *s, struct gc_event *ev,
		  struct gc_func *f, const char *via)
{
	s->rel = grow(s->rel, s->nrel, &s->arel, sizeof(*s->rel));
	s->rel[s->nrel++] = (struct gc_release){ ev, f, via };
}

void gc_unit_free(struct gc_unit *u)
{
	gc_file_text_forget();
	while (blocks) {
		struct block *next = blocks->next;

		free(blocks);
		blocks = next;
	}
}
