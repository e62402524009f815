// SPDX-License-Identifier: GPL-2.0
/*
 * The core on a model built by hand, as a front end builds it: pins of
 * one element each, released one by one (gup-facts: pin_user_pages(...,
 * 1, ..., &pages[i]) then unpin_user_page(pages[i])).  Elements whose
 * index the front end knows are pages of their own; an unknown index
 * falls back to the whole array.  Prints PASS/FAIL lines.
 */
#include <stdio.h>
#include <string.h>
#include "analysis.h"

struct model {
	struct gc_unit *u;
	struct gc_func *f;
	struct gc_obj *p;
	struct gc_node *cur;
	struct gc_site *sites[4];
	int nsites;
};

static struct gc_pos at_line(int line)
{
	return (struct gc_pos){ "elements.c", line, 1 };
}

/* if (...) { body }: the body goes in a node of its own. */
static struct gc_node *guarded(struct model *m)
{
	struct gc_node *body = gc_node_new(m->f), *join = gc_node_new(m->f);

	gc_edge(m->cur, body, NULL);
	gc_edge(m->cur, join, NULL);
	gc_edge(body, join, NULL);
	m->cur = join;
	return body;
}

static struct gc_elem element(int known, long long i)
{
	return (struct gc_elem){ .offset = i, .known = known };
}

/* if (x) pin_user_pages_fast(a, 1, 0, p + i); */
static void pin(struct model *m, int line, struct gc_elem first)
{
	struct gc_event *ev = gc_event_add(guarded(m), EV_ACQUIRE, at_line(line));
	struct gc_site *s = gc_site_new(m->u, m->f, ev);

	s->api = gup_find_acquire("pin_user_pages_fast");
	ev->callee = s->api->name;
	ev->obj = s->obj = m->p;
	ev->at = first;
	s->pages = "p + i";
	s->count = "1";
	s->count_value = 1;
	s->flags = "0";
	s->flags_known = 1;
	m->sites[m->nsites++] = s;
}

/* if (y) unpin_user_page(p[i]); */
static void unpin(struct model *m, int line, struct gc_elem e)
{
	struct gc_event *ev = gc_event_add(guarded(m), EV_RELEASE, at_line(line));

	ev->rel = gup_find_release("unpin_user_page");
	ev->callee = ev->rel->name;
	ev->obj = m->p;
	ev->elem = 1;
	ev->at = e;
}

static struct model *start(struct model *m)
{
	memset(m, 0, sizeof(*m));
	m->u = gc_unit_new("elements.c");
	m->u->family = FAMILY_UNPIN;
	m->f = gc_func_new(m->u, "f", at_line(1), 0);
	m->p = gc_obj_get(m->f, "p", "p");
	m->p->param = 0;
	m->cur = gc_node_new(m->f);
	return m;
}

static unsigned int check(struct model *m)
{
	static const struct gc_options quiet = { .max = 0 };
	unsigned int diags = 0;

	m->cur->is_exit = 1;
	m->cur->exit_pos = at_line(99);
	gc_check_unit(m->u, &quiet);
	for (int i = 0; i < m->nsites; i++)
		diags |= m->sites[i]->diags;
	return diags;
}

static void expect(const char *name, int ok, const char *why)
{
	if (ok)
		printf("PASS core/%s\n", name);
	else
		printf("FAIL core/%s: %s\n", name, why);
}

int main(void)
{
	struct model m;
	unsigned int diags;

	/* p + 0 and p + 1 pinned, p[0] and p[1] released: no double release */
	start(&m);
	pin(&m, 2, element(1, 0));
	unpin(&m, 3, element(1, 0));
	pin(&m, 4, element(1, 1));
	unpin(&m, 5, element(1, 1));
	diags = check(&m);
	expect("elements-one-by-one", !(diags & 1u << CHECK_DOUBLE),
	       "p[1]'s release taken for p[0]'s second");
	expect("elements-paired-with-their-own",
	       m.sites[0]->nrel == 1 && m.sites[0]->rel[0].ev->at.offset == 0 &&
	       m.sites[1]->nrel == 1 && m.sites[1]->rel[0].ev->at.offset == 1,
	       "a site is paired with another element's release");
	gc_unit_free(m.u);

	/* p[0] released twice */
	start(&m);
	pin(&m, 2, element(1, 0));
	unpin(&m, 3, element(1, 0));
	pin(&m, 4, element(1, 1));
	unpin(&m, 5, element(1, 0));
	diags = check(&m);
	expect("element-released-twice", diags & 1u << CHECK_DOUBLE,
	       "no gup-double-release for p[0]");
	gc_unit_free(m.u);

	/* an index the front end does not know: one holder, as before */
	start(&m);
	pin(&m, 2, element(1, 0));
	unpin(&m, 3, element(0, 0));
	pin(&m, 4, element(1, 1));
	unpin(&m, 5, element(0, 0));
	check(&m);
	expect("element-unknown-index", m.sites[0]->nrel == 2,
	       "an element of unknown index is not the site's");
	gc_unit_free(m.u);
	return 0;
}
