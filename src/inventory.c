// SPDX-License-Identifier: GPL-2.0
/*
 * The inventory: one JSON object a line per acquire site, with its
 * paired releases and how far it is from the dedicated API: converted,
 * auto (the cocci/ rules can do it), manual (with the reason) or keep
 * (pin_user_pages.rst cases 3 and 4: FOLL_GET is right).
 *
 * A file's records replace those an earlier check of the same file left,
 * so the inventory holds the last check of every file whatever the runs
 * (make C=1 updates it).  Paths are relative to the kernel tree (Kbuild's
 * $srctree) or else to the current directory, so inventories made on two
 * machines compare.  Parallel Kbuild jobs share the file (records.c).
 */
#include <stdlib.h>
#include "analysis.h"
#include "records.h"

/* GUP_MOVE: a device uses the pages, the tree has the pinning acquire. */
static const char *move_reason(struct gc_site *s)
{
	char text[160];

	snprintf(text, sizeof(text),
		 "pages handed to a device (%s): take them with %s()",
		 s->handoff[0], s->move);
	return gc_strdup(text);
}

/* Why the site needs a human, or NULL when it does not. */
static const char *manual_reason(struct gc_unit *u, struct gc_site *s)
{
	const unsigned int bugs = 1u << CHECK_LEAK | 1u << CHECK_PARTIAL |
		1u << CHECK_DOUBLE | 1u << CHECK_FREE | 1u << CHECK_PIN_KIND;
	int releases = 0;

	if (!s->obj)
		return "pages argument not followed";
	for (int i = 0; i < s->nrel; i++) {
		struct gc_event *ev = s->rel[i].ev;

		if (ev->type != EV_RELEASE)
			continue;
		releases++;
		if (ev->rel->shape == SHAPE_FOLIO)
			return "released as folios";
	}
	if (s->diags & bugs)
		return "fix the reported bug first";
	if (gc_func_has_event(s->func, EV_RETURN, s->obj))
		return "pages returned to the caller, who releases them";
	if (s->move && s->nhandoff)
		return move_reason(s);
	if (!releases && s->nhandoff)
		return "pages handed off (sg/bio/skb): released where that object is torn down";
	if (!releases)
		return "no release in this file";
	if (s->api->kind == KIND_GET && !gup_pin_name(s->api->name))
		return "no pin_user_pages*() counterpart for this acquire";
	return NULL;
}

static const char *status(struct gc_unit *u, struct gc_site *s)
{
	int releases = 0, dedicated = 0;

	for (int i = 0; i < s->nrel; i++) {
		struct gc_event *ev = s->rel[i].ev;

		if (ev->type != EV_RELEASE)
			continue;
		releases++;
		dedicated += ev->rel->family != FAMILY_LEGACY ||
			     ev->rel->kind == KIND_ANY;
	}
	if (releases && dedicated == releases &&
	    (s->api->kind != KIND_GET || u->family == FAMILY_USER))
		return "converted";
	if (s->api->kind != KIND_GET && !releases && s->nhandoff)
		return "converted";
	if (s->api->kind == KIND_GET && (s->rst_case == 3 || s->rst_case == 4)) {
		s->manual = gc_rst_case_text(s->rst_case);
		return "keep";
	}
	s->manual = manual_reason(u, s);
	return s->manual ? "manual" : "auto";
}

/* Each record starts with its file, so this prefix finds the unit's. */
static void record_key(struct gc_unit *u, struct buf *b)
{
	puts_raw(b, "{");
	put_string(b, "file");
	puts_raw(b, ":");
	put_string(b, gc_tree_path(u->file));
	puts_raw(b, ",");
}

static void site_json(struct gc_unit *u, struct gc_site *s, struct buf *b)
{
	const char *st = status(u, s);

	record_key(u, b);
	put_int(b, "line", s->ev->pos.line);
	put_int(b, "col", s->ev->pos.col);
	put_field(b, "function", s->func->name);
	put_field(b, "api", s->api->name);
	put_field(b, "kind", s->api->kind == KIND_PIN ? "pin" :
			     s->api->kind == KIND_ITER ? "iter" : "get");
	put_field(b, "tree_api", gup_family_name(u->family));
	put_field(b, "pages", s->pages);
	put_field(b, "count", s->count);
	put_field(b, "flags", s->flags);
	puts_raw(b, "\"longterm\":");
	puts_raw(b, s->flag_bits & gup_flag("FOLL_LONGTERM") ? "true," : "false,");
	if (s->rst_case)
		put_int(b, "case", s->rst_case);
	else
		puts_raw(b, "\"case\":null,");
	puts_raw(b, "\"releases\":[");
	for (int i = 0; i < s->nrel; i++) {
		struct gc_release *r = &s->rel[i];

		puts_raw(b, i ? ",{" : "{");
		put_int(b, "line", r->ev->pos.line);
		put_field(b, "function", r->func->name);
		put_field(b, "api", r->ev->callee);
		put_field(b, "via", r->via);
		put_string(b, "kind");
		puts_raw(b, r->ev->type == EV_RELEASE ? ":\"release\"}" :
			    r->ev->type == EV_DIRTY ? ":\"dirty\"}" : ":\"free\"}");
	}
	puts_raw(b, "],\"handoff\":[");
	for (int i = 0; i < s->nhandoff; i++) {
		puts_raw(b, i ? "," : "");
		put_string(b, s->handoff[i]);
	}
	puts_raw(b, "],\"diagnostics\":[");
	for (int i = 0, n = 0; i < NR_CHECKS; i++)
		if (s->diags & (1u << i)) {
			puts_raw(b, n++ ? "," : "");
			put_string(b, gc_check_name(i));
		}
	puts_raw(b, "],");
	put_field(b, "status", st);
	put_string(b, "reason");
	puts_raw(b, ":");
	put_string(b, s->manual);
	puts_raw(b, "}\n");
}

static const struct gc_records inventory = {
	.prefix = "{\"file\":", .head = "", .sep = "", .tail = "",
};

int gc_inventory_writable(const char *path)
{
	return gc_records_writable(path);
}

int gc_inventory_write(struct gc_unit *u, const char *path)
{
	struct buf key = { 0 }, b = { 0 };
	int err;

	record_key(u, &key);
	for (struct gc_site *s = u->sites; s; s = s->next)
		if (!s->through)	/* the helper's GUP call is listed */
			site_json(u, s, &b);
	err = gc_records_replace(path, &inventory, key.s, &b);
	free(key.s);
	free(b.s);
	return err;
}
