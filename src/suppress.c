// SPDX-License-Identifier: GPL-2.0
/*
 * Suppressions, each with its reason:
 *
 * - out of tree, a --suppress list, one entry a line:
 *	WHERE CHECK REASON...
 *   WHERE is a file (it has a '/' or ends in .c or .h, relative to the
 *   tree) or a function, CHECK a check's name; both are shell patterns
 *   (drivers/staging/?*, gup-*).  '#' starts a comment line.
 * - in the source, a comment "gupcheck: ignore CHECK: REASON" on the
 *   finding's line, in the comment just before that line, or in the
 *   lines just before the function (its comment and its declaration).
 *
 * An entry or comment without a reason still suppresses, and is itself
 * reported at its place (gup-suppress).
 */
#define _GNU_SOURCE		/* memmem() */
#include <ctype.h>
#include <errno.h>
#include <fnmatch.h>
#include <stdlib.h>
#include <string.h>
#include "finding.h"
#include "records.h"

#define MARKER		"gupcheck: ignore "
#define MAX_COMMENT	20	/* lines looked through above a place */

struct entry {
	char *where, *check, *reason;
	int is_file;
	int line;
};

static struct entry *entries;
static int nentries, aentries;
static const char *list_path;

static char *word(const char **p)
{
	const char *start;
	char *w;

	*p += strspn(*p, " \t");
	start = *p;
	*p += strcspn(*p, " \t\n");
	if (*p == start)
		return NULL;
	w = gc_alloc(*p - start + 1);
	memcpy(w, start, *p - start);
	return w;
}

/* The rest of the line, without the white space around it, or NULL. */
static char *rest(const char *p, const char *end)
{
	char *r;

	p += strspn(p, " \t");
	while (end > p && isspace((unsigned char)end[-1]))
		end--;
	if (end == p)
		return NULL;
	r = gc_alloc(end - p + 1);
	memcpy(r, p, end - p);
	return r;
}

static int known_check(const char *pattern)
{
	for (int i = 0; i < NR_CHECKS; i++)
		if (!fnmatch(pattern, gc_check_name(i), 0))
			return 1;
	return 0;
}

static int is_file(const char *where)
{
	size_t n = strlen(where);

	return strchr(where, '/') || (n > 2 && where[n - 2] == '.' &&
				      (where[n - 1] == 'c' || where[n - 1] == 'h'));
}

int gc_suppress_load(const char *path)
{
	const char *text = gc_file_text(path);
	int line = 0;

	if (!text)
		return errno ? -errno : -EIO;
	list_path = path;
	for (const char *p = text; *p; p += *p == '\n') {
		const char *end = p + strcspn(p, "\n");
		struct entry e = { .line = ++line };

		p += strspn(p, " \t");
		if (*p == '#' || p == end) {
			p = end;
			continue;
		}
		e.where = word(&p);
		e.check = p < end ? word(&p) : NULL;
		if (!e.check || !known_check(e.check))
			return line;
		e.reason = rest(p, end);
		e.is_file = is_file(e.where);
		if (nentries == aentries) {
			aentries = aentries ? 2 * aentries : 16;
			entries = realloc(entries, aentries * sizeof(*entries));
		}
		entries[nentries++] = e;
		p = end;
	}
	return 0;
}

static const struct entry *listed(const struct gc_finding *f)
{
	const char *func = f->site ? f->site->func->name : NULL;

	for (int i = 0; i < nentries; i++) {
		const struct entry *e = &entries[i];
		const char *what = e->is_file ? gc_tree_path(f->pos.file) : func;

		if (what && !fnmatch(e->where, what, 0) &&
		    !fnmatch(e->check, gc_check_name(f->id), 0))
			return e;
	}
	return NULL;
}

/* s on the line at p, or NULL (the search stops at the line's end). */
static const char *on_line(const char *p, const char *s)
{
	return memmem(p, strcspn(p, "\n"), s, strlen(s));
}

/* The column of p on the line at line as sparse counts it: tabs to stops. */
static int column(const char *line, const char *p, int tabstop)
{
	int col = 0;

	for (; line < p; line++)
		col += *line == '\t' ? tabstop - col % tabstop : 1;
	return col + 1;
}

/*
 * A comment for f's check on the line at p: its reason (NULL: none) in
 * *reason, its column returned; 0 when there is none.
 */
static int comment_on(const struct gc_finding *f, const char *p,
		      int tabstop, const char **reason)
{
	const char *line = p, *end = p + strcspn(p, "\n");
	const char *check = gc_check_name(f->id);

	for (; (p = on_line(p, MARKER)); p++) {
		const char *name = p + strlen(MARKER);
		size_t n = strspn(name, "abcdefghijklmnopqrstuvwxyz-");
		const char *after = name + n + strspn(name + n, " \t");
		const char *close = on_line(after, "*/");

		if (n != strlen(check) || strncmp(name, check, n))
			continue;
		*reason = *after == ':' ? rest(after + 1, close ? close : end) : NULL;
		return column(line, p, tabstop);
	}
	return 0;
}

/* A comment for f's check on lines first to last of file. */
static int comment_in(struct gc_finding *f, const char *file, int first,
		      int last, int tabstop, struct gc_pos *at)
{
	const char *p = gc_source_line(file, first);

	for (int n = first; p && n <= last; n++) {
		int col = comment_on(f, p, tabstop, &f->reason);

		if (col) {
			*at = (struct gc_pos){ file, n, col };
			return 1;
		}
		p = strchr(p, '\n');
		p = p ? p + 1 : NULL;
	}
	return 0;
}

/* The first line of the comment ending on line n - 1, else n - 1. */
static int comment_above(const char *file, int n)
{
	int first = n - 1;
	const char *p = gc_source_line(file, first);

	if (n <= 1)
		return n;
	if (!p || !on_line(p, "*/"))
		return first;
	for (int i = 0; i < MAX_COMMENT && first > 1 && !on_line(p, "/*"); i++)
		p = gc_source_line(file, --first);
	return first;
}

/*
 * The first line of what precedes a function's name line n: its type,
 * its comment, up to a blank line or the end of the code before.
 */
static int head_of(const char *file, int n)
{
	for (int i = 0; i < MAX_COMMENT && n > 1; i++, n--) {
		const char *p = gc_source_line(file, n - 1);
		const char *end;

		if (!p)
			break;
		end = p + strcspn(p, "\n");
		while (end > p && isspace((unsigned char)end[-1]))
			end--;
		if (end == p || end[-1] == ';' || end[-1] == '}')
			break;
	}
	return n;
}

static int in_source(struct gc_finding *f, int tabstop, struct gc_pos *at)
{
	const struct gc_pos *fn;

	if (comment_in(f, f->pos.file, comment_above(f->pos.file, f->pos.line),
		       f->pos.line, tabstop, at))
		return 1;
	if (!f->site)
		return 0;
	fn = &f->site->func->pos;
	return comment_in(f, fn->file, head_of(fn->file, fn->line), fn->line,
			  tabstop, at);
}

int gc_suppress(struct gc_finding *f, int tabstop, struct gc_pos *at)
{
	const struct entry *e;

	if (f->id == CHECK_SUPPRESS)
		return 0;
	if (in_source(f, tabstop, at)) {
		f->suppressed = "inSource";
		return !f->reason;
	}
	e = listed(f);
	if (!e)
		return 0;
	f->suppressed = "external";
	f->reason = e->reason;
	*at = (struct gc_pos){ list_path, e->line, 1 };
	return !f->reason;
}
