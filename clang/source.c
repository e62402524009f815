// SPDX-License-Identifier: GPL-2.0
/*
 * Positions as sparse gives them, and the operators libclang 14 does not
 * name, read from the source text.
 *
 * sparse counts columns from 1 with tabs to the next multiple of 8, and
 * gives every token a macro expansion produces (from its body or its
 * arguments) the position of the macro's name: the expansion location.
 * A call is at its '('.
 */
#include <stdlib.h>
#include <string.h>
#include <ctype.h>
#include "clang.h"

struct cl_file {
	CXFile file;
	const char *name;	/* in the unit's arena */
	const char *text;
	size_t size;
};

struct cl_source {
	CXTranslationUnit tu;
	struct cl_file *files;
	int nfiles, afiles;
};

struct cl_source *cl_source_new(CXTranslationUnit tu)
{
	struct cl_source *src = calloc(1, sizeof(*src));

	if (!src)
		abort();
	src->tu = tu;
	return src;
}

void cl_source_free(struct cl_source *src)
{
	free(src->files);
	free(src);
}

static struct cl_file *file_of(struct cl_source *src, CXFile file)
{
	struct cl_file *f;
	CXString name;

	for (int i = 0; i < src->nfiles; i++)
		if (src->files[i].file == file)
			return &src->files[i];
	if (src->nfiles == src->afiles) {
		src->afiles = src->afiles ? 2 * src->afiles : 16;
		src->files = realloc(src->files,
				     src->afiles * sizeof(*src->files));
		if (!src->files)
			abort();
	}
	f = &src->files[src->nfiles++];
	name = clang_getFileName(file);
	f->file = file;
	f->name = gc_strdup(clang_getCString(name));
	clang_disposeString(name);
	f->text = clang_getFileContents(src->tu, file, &f->size);
	return f;
}

/* sparse's column of byte offset in f. */
static int column(struct cl_file *f, unsigned int offset)
{
	unsigned int start = offset;
	int col = 1;

	if (!f->text || offset > f->size)
		return 0;
	while (start > 0 && f->text[start - 1] != '\n')
		start--;
	for (; start < offset; start++)
		col += f->text[start] == '\t' ? CL_TABSTOP - (col - 1) % CL_TABSTOP : 1;
	return col;
}

struct gc_pos cl_pos(struct cl_source *src, CXSourceLocation loc)
{
	CXFile file;
	unsigned int line, offset;
	struct cl_file *f;

	clang_getExpansionLocation(loc, &file, &line, NULL, &offset);
	if (!file)
		return (struct gc_pos){ "", 0, 0 };
	f = file_of(src, file);
	return (struct gc_pos){ f->name, line, column(f, offset) };
}

struct gc_pos cl_cursor_pos(struct cl_source *src, CXCursor c)
{
	return cl_pos(src, clang_getRangeStart(clang_getCursorExtent(c)));
}

/* Past white space and comments from offset; the size at the end. */
static unsigned int skip_space(struct cl_file *f, unsigned int i, unsigned int end)
{
	while (i < end) {
		if (isspace((unsigned char)f->text[i])) {
			i++;
		} else if (f->text[i] == '/' && i + 1 < end &&
			   f->text[i + 1] == '*') {
			const char *close = strstr(f->text + i + 2, "*/");

			i = close ? (unsigned int)(close - f->text) + 2 : end;
		} else if (f->text[i] == '/' && i + 1 < end &&
			   f->text[i + 1] == '/') {
			while (i < end && f->text[i] != '\n')
				i++;
		} else {
			break;
		}
	}
	return i;
}

/* The file and offset of loc's expansion, or NULL. */
static struct cl_file *offset_of(struct cl_source *src, CXSourceLocation loc,
				 unsigned int *offset)
{
	CXFile file;
	struct cl_file *f;

	clang_getExpansionLocation(loc, &file, NULL, NULL, offset);
	if (!file)
		return NULL;
	f = file_of(src, file);
	return f->text && *offset <= f->size ? f : NULL;
}

static struct gc_pos offset_pos(struct cl_source *src, struct cl_file *f,
			       unsigned int offset)
{
	unsigned int line;

	clang_getFileLocation(clang_getLocationForOffset(src->tu, f->file,
							 offset),
			      NULL, &line, NULL, NULL);
	return (struct gc_pos){ f->name, line, column(f, offset) };
}

/*
 * The '(' after the callee, when the source spells it; a call a macro
 * expansion makes is at the macro's name.
 */
struct gc_pos cl_call_pos(struct cl_source *src, CXCursor call,
			  CXCursor callee)
{
	CXSourceLocation end = clang_getRangeEnd(clang_getCursorExtent(callee));
	unsigned int offset;
	struct cl_file *f = offset_of(src, end, &offset);

	if (f) {
		offset = skip_space(f, offset, f->size);
		if (offset < f->size && f->text[offset] == '(')
			return offset_pos(src, f, offset);
	}
	return cl_pos(src, clang_getCursorLocation(call));
}

static const char operator_chars[] = "=!<>&|+-*/%^~,";

/*
 * The operator between offsets i and end of f: only white space,
 * comments and parentheses around it.  Its offset in *at.
 */
static int scan_operator(struct cl_file *f, unsigned int i, unsigned int end,
			 char *op, size_t size, unsigned int *at)
{
	size_t n = 0;

	for (;;) {
		i = skip_space(f, i, end);
		if (i >= end || !strchr("()", f->text[i]))
			break;
		i++;
	}
	*at = i;
	while (i < end && f->text[i] && strchr(operator_chars, f->text[i]) &&
	       n + 1 < size)
		op[n++] = f->text[i++];
	op[n] = 0;
	for (;;) {
		i = skip_space(f, i, end);
		if (i >= end || !strchr("()", f->text[i]))
			break;
		i++;
	}
	return n && i == end;
}

/* Is loc where the file spells it (not in a macro expansion)? */
static int spelled(CXSourceLocation loc)
{
	CXFile f, g;
	unsigned int a, b;

	clang_getExpansionLocation(loc, &f, NULL, NULL, &a);
	clang_getFileLocation(loc, &g, NULL, NULL, &b);
	return f && f == g && a == b;
}

/*
 * Where sparse has a declaration: at its declarator, the '*' of a
 * pointer a function returns ("struct page *\nfind_page(...)").
 */
struct gc_pos cl_declarator_pos(struct cl_source *src, CXCursor decl)
{
	CXSourceLocation loc = clang_getCursorLocation(decl);
	unsigned int i, at;
	struct cl_file *f;

	f = spelled(loc) ? offset_of(src, loc, &i) : NULL;
	if (!f)
		return cl_pos(src, loc);
	for (at = i; i > 0; i--) {
		if (f->text[i - 1] == '*')
			at = i - 1;
		else if (!strchr(" \t\n", f->text[i - 1]))
			break;
	}
	return offset_pos(src, f, at);
}

/* Where sparse has an inline function's body: the '(' after its name. */
struct gc_pos cl_inline_body_pos(struct cl_source *src, CXCursor fn)
{
	CXSourceLocation loc = clang_getCursorLocation(fn);
	CXString name = clang_getCursorSpelling(fn);
	unsigned int i;
	struct cl_file *f;

	f = spelled(loc) ? offset_of(src, loc, &i) : NULL;
	if (f) {
		i = skip_space(f, i + strlen(clang_getCString(name)), f->size);
		if (i >= f->size || f->text[i] != '(')
			f = NULL;
	}
	clang_disposeString(name);
	return f ? offset_pos(src, f, i) : cl_declarator_pos(src, fn);
}

/* Past the string or character literal at i. */
static unsigned int skip_literal(struct cl_file *f, unsigned int i)
{
	char quote = f->text[i++];

	while (i < f->size && f->text[i] != quote && f->text[i] != '\n')
		i += f->text[i] == '\\' ? 2 : 1;
	return i;
}

/*
 * Which parts of for (init; cond; inc) the first n children of s are
 * (0, 1, 2 in part[]), from where the header's semicolons are; -1 when
 * a macro expansion spells the header.
 */
int cl_for_parts(struct cl_source *src, CXCursor s, CXCursor *kids, int n,
		 int *part)
{
	CXSourceLocation start = clang_getRangeStart(clang_getCursorExtent(s));
	unsigned int i, semi[2], nsemi = 0, at;
	struct cl_file *f;
	int depth = 0;

	f = spelled(start) ? offset_of(src, start, &i) : NULL;
	if (!f)
		return -1;
	for (; i < f->size && nsemi < 2; i++) {
		char c;

		i = skip_space(f, i, f->size);
		c = f->text[i];
		if (c == '"' || c == '\'')
			i = skip_literal(f, i);
		else if (c == '(')
			depth++;
		else if (c == ')' && --depth == 0)
			break;
		else if (c == ';' && depth == 1)
			semi[nsemi++] = i;
	}
	if (nsemi < 2)
		return -1;
	for (int k = 0; k < n; k++) {
		if (!offset_of(src, clang_getRangeStart(
				clang_getCursorExtent(kids[k])), &at))
			return -1;
		part[k] = at < semi[0] ? 0 : at < semi[1] ? 1 : 2;
	}
	return 0;
}

char *cl_printed(CXCursor c)
{
	CXString s = clang_getCursorPrettyPrinted(c, NULL);
	char *text = gc_strdup(clang_getCString(s));

	clang_disposeString(s);
	return text;
}

/*
 * The operator of c as the file spells it, between operands a and b
 * (binary), before b (prefix, a null) or after a (postfix, b null), and
 * where it is (sparse's position of an operator expression); NULL when
 * c comes from a macro expansion: libclang gives no location inside a
 * macro body, and the text between macro arguments is not the operator.
 */
const char *cl_operator_text(struct cl_source *src, CXCursor c, CXCursor a,
			     CXCursor b, struct gc_pos *pos)
{
	CXSourceRange r = clang_getCursorExtent(c);
	CXSourceLocation from, to;
	unsigned int i, end, at;
	struct cl_file *f, *g;
	char op[4];

	*pos = cl_pos(src, clang_getCursorLocation(c));
	if (!spelled(clang_getRangeStart(r)) || !spelled(clang_getRangeEnd(r)))
		return NULL;
	from = clang_Cursor_isNull(a) ? clang_getRangeStart(r) :
	       clang_getRangeEnd(clang_getCursorExtent(a));
	to = clang_Cursor_isNull(b) ? clang_getRangeEnd(r) :
	     clang_getRangeStart(clang_getCursorExtent(b));
	f = offset_of(src, from, &i);
	g = offset_of(src, to, &end);
	if (!f || f != g || i >= end ||
	    !scan_operator(f, i, end, op, sizeof(op), &at))
		return NULL;
	*pos = offset_pos(src, f, at);
	return gc_strdup(op);
}
