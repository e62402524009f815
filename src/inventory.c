// SPDX-License-Identifier: GPL-2.0
/*
 * The inventory: one JSON object a line per acquire site, with its
 * paired releases and how far it is from the dedicated API: converted,
 * auto (the cocci/ rules can do it) or manual (with the reason).
 * Lines are appended whole, so parallel Kbuild jobs can share a file.
 */
#include <stdlib.h>
#include <string.h>
#include <fcntl.h>
#include <unistd.h>
#include "analysis.h"

struct buf {
	char *s;
	size_t n, a;
};

static void put(struct buf *b, const char *s, size_t n)
{
	if (b->n + n + 1 > b->a) {
		b->a = 2 * (b->n + n + 1);
		b->s = realloc(b->s, b->a);
	}
	memcpy(b->s + b->n, s, n);
	b->n += n;
	b->s[b->n] = 0;
}

static void puts_raw(struct buf *b, const char *s)
{
	put(b, s, strlen(s));
}

static void put_string(struct buf *b, const char *s)
{
	char esc[8];

	if (!s) {
		puts_raw(b, "null");
		return;
	}
	puts_raw(b, "\"");
	for (; *s; s++) {
		if (*s == '"' || *s == '\\' || (unsigned char)*s < 0x20) {
			snprintf(esc, sizeof(esc), "\\u%04x", (unsigned char)*s);
			puts_raw(b, esc);
		} else {
			put(b, s, 1);
		}
	}
	puts_raw(b, "\"");
}

static void put_field(struct buf *b, const char *key, const char *value)
{
	put_string(b, key);
	puts_raw(b, ":");
	put_string(b, value);
	puts_raw(b, ",");
}

static void put_int(struct buf *b, const char *key, long value)
{
	char num[32];

	put_string(b, key);
	snprintf(num, sizeof(num), ":%ld,", value);
	puts_raw(b, num);
}

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
	s->manual = manual_reason(u, s);
	return s->manual ? "manual" : "auto";
}

static void site_json(struct gc_unit *u, struct gc_site *s, struct buf *b)
{
	const char *st = status(u, s);

	puts_raw(b, "{");
	put_field(b, "file", s->ev->pos.file);
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

int gc_inventory_write(struct gc_unit *u, const char *path)
{
	struct buf b = { 0 };
	int fd, ok = 1;

	for (struct gc_site *s = u->sites; s; s = s->next)
		site_json(u, s, &b);
	if (!b.n)
		return 0;
	fd = open(path, O_WRONLY | O_CREAT | O_APPEND, 0644);
	if (fd < 0 || write(fd, b.s, b.n) != (ssize_t)b.n)
		ok = 0;
	if (fd >= 0)
		close(fd);
	free(b.s);
	return ok ? 0 : -1;
}
