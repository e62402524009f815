// SPDX-License-Identifier: GPL-2.0
/*
 * gup-release: pages from get_user_pages*() given back with put_page() or
 * release_pages() in a tree that has the dedicated release API.
 */
#include <string.h>
#include "analysis.h"

/* Does the tree have a dedicated way to take this acquire's pages back? */
static int has_dedicated_api(struct gc_unit *u, struct gc_site *s)
{
	if (u->family == FAMILY_USER)
		return strstr(s->api->name, "user_page") != NULL;
	return u->family == FAMILY_UNPIN && gup_pin_name(s->api->name);
}

static int site_dirties(struct gc_site *s)
{
	for (int i = 0; i < s->nrel; i++)
		if (s->rel[i].ev->type == EV_DIRTY)
			return 1;
	return 0;
}

/*
 * A path that returns the count of pages still held in the caller's
 * array: a wrapper whose callers get references (and decide what they
 * need: see gup-db).
 */
static void release_exit(struct gc_site *s, struct gc_node *n,
			 unsigned int st, int branch)
{
	if ((st & (ST_NONE | ST_FAILED)) || !s->obj || s->obj->param < 0)
		return;
	for (int i = 0; i < n->nev; i++)
		if (n->ev[i]->type == EV_RETURN_COUNT && n->ev[i]->obj == s->obj)
			s->to_caller = 1;
}

/*
 * Cases 3 and 4 of pin_user_pages.rst (MMU notifier users, struct page
 * only) are right with get_user_pages*() and put_page(): the inventory
 * lists them, nothing here does; nor are a wrapper's, nor those of pages
 * returned to the caller (who releases them too).
 */
static void release_site(struct gc_unit *u, struct gc_site *s)
{
	const struct gup_replace *r = gup_replacement(u->family);
	const char *why = gc_rst_case_text(s->rst_case);
	char at[160];

	if (s->api->kind != KIND_GET || !r || !has_dedicated_api(u, s) ||
	    s->rst_case == 3 || s->rst_case == 4 || s->to_caller ||
	    (s->obj && gc_func_has_event(s->func, EV_RETURN, s->obj)))
		return;
	if (why)
		snprintf(at, sizeof(at), "line %d; pin_user_pages.rst case %d: %s",
			 s->ev->pos.line, s->rst_case, why);
	else
		snprintf(at, sizeof(at), "line %d", s->ev->pos.line);
	for (int i = 0; i < s->nrel; i++) {
		struct gc_event *ev = s->rel[i].ev;
		const char *use;

		if (ev->type != EV_RELEASE || ev->rel->family != FAMILY_LEGACY)
			continue;
		use = gc_suggest_release(u->family, ev->rel->shape,
					 site_dirties(s));
		if (u->family == FAMILY_UNPIN)
			gc_diag(CHECK_RELEASE, s, ev->pos,
				"%s() on pages from %s() (%s): pin them with %s() and release with %s()",
				ev->rel->name, s->api->name, at,
				gup_pin_name(s->api->name), use);
		else
			gc_diag(CHECK_RELEASE, s, ev->pos,
				"%s() on pages from %s() (%s): use %s()",
				ev->rel->name, s->api->name, at, use);
	}
}

/* The family's release of a folio shape (rules/gup-api.h), or NULL. */
static const char *folio_release(enum gup_family family, enum gup_shape shape)
{
	const struct gup_release *rel;

	if (shape != SHAPE_FOLIO && shape != SHAPE_FOLIOS)
		return NULL;
	for (int i = 0; (rel = gup_release_row(i)); i++)
		if (rel->family == family && rel->shape == shape)
			return rel->name;
	return NULL;
}

const char *gc_suggest_release(enum gup_family family, enum gup_shape shape,
			       int dirty)
{
	const struct gup_replace *r = gup_replacement(family);
	const char *folio = folio_release(family == FAMILY_NONE ?
					  FAMILY_LEGACY : family, shape);

	if (folio && !dirty)
		return folio;
	if (!r)
		return dirty ? "set_page_dirty_lock" : "put_page";
	if (dirty)
		return r->pages_dirty;
	return shape == SHAPE_PAGE ? r->page : r->pages;
}

const struct gc_check check_release = {
	.exit = release_exit,
	.done = release_site,
};
