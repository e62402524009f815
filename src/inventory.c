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
 * machines compare.  The file is rewritten under a lock on its directory
 * and renamed into place: parallel Kbuild jobs and an interrupted build
 * never leave a torn line.
 */
#include <errno.h>
#include <fcntl.h>
#include <libgen.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/file.h>
#include <sys/stat.h>
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
	if (s->api->kind == KIND_GET && (s->rst_case == 3 || s->rst_case == 4)) {
		s->manual = gc_rst_case_text(s->rst_case);
		return "keep";
	}
	s->manual = manual_reason(u, s);
	return s->manual ? "manual" : "auto";
}

/* file without the tree's or the current directory's path before it. */
static const char *tree_path(const char *file)
{
	static char cwd[PATH_MAX];
	const char *dir = getenv("srctree");

	for (int i = 0; i < 2; i++, dir = getcwd(cwd, sizeof(cwd))) {
		size_t n = dir ? strlen(dir) : 0;

		if (n && !strncmp(file, dir, n) && file[n] == '/')
			return file + n + 1;
	}
	return file;
}

/* Each record starts with its file, so this prefix finds the unit's. */
static void record_key(struct gc_unit *u, struct buf *b)
{
	puts_raw(b, "{");
	put_string(b, "file");
	puts_raw(b, ":");
	put_string(b, tree_path(u->file));
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

/* The directory path is in, in buf (PATH_MAX bytes). */
static const char *dir_of(const char *path, char *buf)
{
	snprintf(buf, PATH_MAX, "%s", path);
	return dirname(buf);
}

int gc_inventory_writable(const char *path)
{
	char buf[PATH_MAX];
	struct stat st;

	if (access(dir_of(path, buf), W_OK | X_OK))
		return -errno;
	if (!stat(path, &st) && S_ISDIR(st.st_mode))
		return -EISDIR;
	return 0;
}

/*
 * The lines of fd that do not start with key, into b; return how many
 * lines did, or -1 on a read error.
 */
static int keep_others(int fd, const char *key, struct buf *b)
{
	int dropped = 0;
	struct buf old = { 0 };
	char chunk[65536];
	size_t klen = strlen(key);
	ssize_t n;

	while ((n = read(fd, chunk, sizeof(chunk))) > 0)
		put(&old, chunk, n);
	for (char *line = old.s, *end; n == 0 && line && *line; line = end) {
		end = strchr(line, '\n');
		end = end ? end + 1 : line + strlen(line);
		if (strncmp(line, key, klen))
			put(b, line, end - line);
		else
			dropped++;
	}
	free(old.s);
	return n < 0 ? -1 : dropped;
}

/* Write b as path, through a temporary file renamed into place. */
static int replace_file(const char *path, const struct buf *b)
{
	char tmp[PATH_MAX];
	ssize_t n = 0;
	int fd, err = 0;

	if (snprintf(tmp, sizeof(tmp), "%s.%d.tmp", path, getpid()) >= (int)sizeof(tmp))
		return -ENAMETOOLONG;
	fd = open(tmp, O_WRONLY | O_CREAT | O_TRUNC, 0666);
	if (fd < 0)
		return -errno;
	if (b->n)
		n = write(fd, b->s, b->n);
	if (n < 0)
		err = -errno;
	else if (n != (ssize_t)b->n)
		err = -EIO;
	if (close(fd) && !err)
		err = -errno;
	if (!err && rename(tmp, path))
		err = -errno;
	if (err)
		unlink(tmp);
	return err;
}

int gc_inventory_write(struct gc_unit *u, const char *path)
{
	struct buf key = { 0 }, b = { 0 };
	char buf[PATH_MAX];
	int lock = open(dir_of(path, buf), O_RDONLY | O_DIRECTORY);
	int fd, dropped = 0, err = 0;

	if (lock < 0 || flock(lock, LOCK_EX)) {
		err = -errno;
		goto out;
	}
	record_key(u, &key);
	fd = open(path, O_RDONLY);
	if (fd < 0 && errno != ENOENT)
		err = -errno;
	if (fd >= 0) {
		dropped = keep_others(fd, key.s, &b);
		if (dropped < 0)
			err = -errno;
		close(fd);
	}
	/* A file without sites, before and now, leaves the inventory as is. */
	if (err || (fd >= 0 && !dropped && !u->sites))
		goto out;
	for (struct gc_site *s = u->sites; s; s = s->next)
		site_json(u, s, &b);
	err = replace_file(path, &b);
out:
	if (lock >= 0)
		close(lock);
	free(key.s);
	free(b.s);
	return err;
}
