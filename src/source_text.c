// SPDX-License-Identifier: GPL-2.0
/*
 * The source text of an acquire's arguments, read back from the file at
 * the call's position, for the inventory and the messages; and the text
 * of the files a finding's suppression may be in.
 */
#define _GNU_SOURCE		/* memmem() */
#include <errno.h>
#include <stdlib.h>
#include <ctype.h>
#include <sys/stat.h>
#include <string.h>
#include "gup.h"

static char *text;
static char *text_file;	/* a copy: the unit's name goes with its arena */
static const char **lines;	/* where each line of text starts */
static int nlines;

static void index_lines(void)
{
	int n = 1;

	for (const char *p = text; (p = strchr(p, '\n')); p++)
		n++;
	free(lines);
	lines = malloc(n * sizeof(*lines));
	nlines = 0;
	if (!lines)
		return;
	lines[nlines++] = text;
	for (const char *p = text; (p = strchr(p, '\n')); p++)
		lines[nlines++] = p + 1;
}

/* Forget the text read: the file may change before the next unit. */
void gc_file_text_forget(void)
{
	free(text);
	free(text_file);
	text = text_file = NULL;
	nlines = 0;
}

const char *gc_file_text(const char *file)
{
	struct stat st;
	FILE *f;
	long size;

	if (text_file && !strcmp(text_file, file))
		return text;
	gc_file_text_forget();
	text_file = strdup(file);
	f = fopen(file, "r");
	if (!f)
		return NULL;
	if (fstat(fileno(f), &st) || S_ISDIR(st.st_mode)) {
		fclose(f);
		errno = EISDIR;
		return NULL;
	}
	fseek(f, 0, SEEK_END);
	size = ftell(f);
	rewind(f);
	text = calloc(1, size + 1);
	if (text && fread(text, 1, size, f) != (size_t)size)
		text[0] = 0;
	fclose(f);
	if (text)
		index_lines();
	return text;
}

const char *gc_source_line(const char *file, int line)
{
	if (!gc_file_text(file) || line < 1 || line > nlines)
		return NULL;
	return lines[line - 1];
}

/* Start of the call "name(" on or after line, or NULL. */
static const char *find_call(const char *src, const char *p,
			     const char *name)
{
	const char *hit, *end;
	size_t len = strlen(name);

	if (!p)
		return NULL;
	end = p + strnlen(p, 4096);	/* look no further than a few lines */
	for (hit = memmem(p, end - p, name, len); hit;
	     hit = memmem(hit + 1, end - hit - 1, name, len)) {
		const char *q = hit + len;

		if (hit > src && (hit[-1] == '_' || isalnum((unsigned char)hit[-1])))
			continue;
		while (*q == ' ' || *q == '\t' || *q == '\n')
			q++;
		if (*q == '(')
			return q + 1;
	}
	return NULL;
}

/* The text of argument n (0-based) of the call whose '(' precedes p. */
static char *arg_text(const char *p, int n)
{
	const char *start = p;
	int depth = 0, i = 0;
	char *s, *d;

	for (;; p++) {
		if (!*p)
			return NULL;
		if (strchr("([{", *p)) {
			depth++;
		} else if (strchr(")]}", *p)) {
			if (depth-- == 0)
				break;
		} else if (*p == ',' && depth == 0) {
			if (i == n)
				break;
			i++;
			start = p + 1;
		}
	}
	if (i != n)
		return NULL;
	s = d = gc_alloc(p - start + 1);
	for (; start < p; start++) {	/* fold white space */
		int space = strchr(" \t\n", *start) != NULL;

		if (!space || (d > s && d[-1] != ' '))
			*d++ = space ? ' ' : *start;
	}
	while (d > s && d[-1] == ' ')
		d--;
	*d = 0;
	return s;
}

void gc_site_texts(struct gc_site *s, struct gc_pos pos, const char *name,
		   int pages, int count, int flags)
{
	const char *src = gc_file_text(pos.file);
	const char *args = src ? find_call(src, gc_source_line(pos.file, pos.line),
					   name) : NULL;

	s->pages = args && pages >= 0 ? arg_text(args, pages) : NULL;
	s->count = args && count >= 0 ? arg_text(args, count) : NULL;
	s->flags = args && flags >= 0 ? arg_text(args, flags) : NULL;
}
