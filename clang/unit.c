// SPDX-License-Identifier: GPL-2.0
/*
 * A parsed translation unit, lowered: the functions its main file
 * defines, static ones first and each group in source order (the order
 * sparse's file and global scopes list them), and what names it declares.
 */
#include <stdlib.h>
#include <string.h>
#include "clang.h"

struct names {			/* names the unit declares at file scope */
	char **slot;
	long long *value;	/* of an enum constant */
	size_t size, used;
};

static size_t hash(const char *s)
{
	size_t h = 5381;

	while (*s)
		h = h * 33 + (unsigned char)*s++;
	return h;
}

static char **find(struct names *t, const char *name)
{
	size_t i = hash(name) & (t->size - 1);

	while (t->slot[i] && strcmp(t->slot[i], name))
		i = (i + 1) & (t->size - 1);
	return &t->slot[i];
}

static void add(struct names *t, const char *name, long long value)
{
	char **slot;

	if (2 * (t->used + 1) > t->size) {
		size_t size = t->size ? 2 * t->size : 1024;
		struct names bigger = { calloc(size, sizeof(char *)),
					calloc(size, sizeof(long long)),
					size, t->used };

		if (!bigger.slot || !bigger.value)
			abort();
		for (size_t i = 0; i < t->size; i++)
			if (t->slot[i]) {
				slot = find(&bigger, t->slot[i]);
				*slot = t->slot[i];
				bigger.value[slot - bigger.slot] = t->value[i];
			}
		free(t->slot);
		free(t->value);
		*t = bigger;
	}
	slot = find(t, name);
	if (!*slot) {
		*slot = gc_strdup(name);
		t->value[slot - t->slot] = value;
		t->used++;
	}
}

static int declares(const char *name, void *ctx)
{
	struct names *t = ctx;

	return t->size && *find(t, name);
}

/* The value of an enum constant (6.3+ FOLL_* flags). */
static int enum_value(const char *name, long long *v, void *ctx)
{
	struct names *t = ctx;
	char **slot;

	slot = t->size ? find(t, name) : NULL;
	if (!slot || !*slot)
		return 0;
	*v = t->value[slot - t->slot];
	return 1;
}

struct unit {
	struct gc_lower *l;
	struct cl_source *src;
	CXFile main;
	struct names names, enums;
	int statics;		/* walking the static functions */
};

static enum CXChildVisitResult declared(CXCursor c, CXCursor parent,
					CXClientData data)
{
	struct unit *u = data;
	CXString s;

	switch (c.kind) {
	case CXCursor_FunctionDecl:
	case CXCursor_VarDecl:
		s = clang_getCursorSpelling(c);
		add(&u->names, clang_getCString(s), 0);
		clang_disposeString(s);
		return CXChildVisit_Continue;
	case CXCursor_EnumConstantDecl:
		s = clang_getCursorSpelling(c);
		add(&u->enums, clang_getCString(s),
		    clang_getEnumConstantDeclValue(c));
		clang_disposeString(s);
		return CXChildVisit_Continue;
	case CXCursor_EnumDecl:
		return CXChildVisit_Recurse;
	default:
		return CXChildVisit_Continue;
	}
}

static enum CXChildVisitResult find_body(CXCursor c, CXCursor parent,
					 CXClientData data)
{
	if (c.kind == CXCursor_CompoundStmt)
		*(CXCursor *)data = c;
	return CXChildVisit_Continue;
}

static void walk_function(struct unit *u, CXCursor fn, int is_static)
{
	struct walker w = { .l = u->l, .src = u->src, .fn = fn };
	CXString name = clang_getCursorSpelling(fn);
	CXCursor body = clang_getNullCursor();

	clang_visitChildren(fn, find_body, &body);
	w.last = cl_declarator_pos(u->src, fn);
	gc_lower_func(u->l, clang_getCString(name), w.last, is_static);
	if (clang_Cursor_isFunctionInlined(fn))
		w.last = cl_inline_body_pos(u->src, fn);
	clang_disposeString(name);
	cl_body(&w, body);
	gc_lower_func_end(u->l, w.last);
}

static enum CXChildVisitResult defined(CXCursor c, CXCursor parent,
				       CXClientData data)
{
	struct unit *u = data;
	int is_static;

	CXFile file;

	if (c.kind != CXCursor_FunctionDecl || !clang_isCursorDefinition(c))
		return CXChildVisit_Continue;
	clang_getExpansionLocation(clang_getCursorLocation(c), &file, NULL,
				   NULL, NULL);
	if (!file || !clang_File_isEqual(file, u->main))	/* SYSCALL_DEFINE */
		return CXChildVisit_Continue;
	is_static = clang_Cursor_getStorageClass(c) == CX_SC_Static;
	if (is_static == u->statics)
		walk_function(u, c, is_static);
	return CXChildVisit_Continue;
}

struct gc_unit *cl_build_unit(CXTranslationUnit tu, const char *file)
{
	CXCursor top = clang_getTranslationUnitCursor(tu);
	struct unit u = { .src = cl_source_new(tu),
			  .main = clang_getFile(tu, file) };

	clang_visitChildren(top, declared, &u);
	u.l = gc_lower_new(file, declares, &u.names);
	gc_lower_constants(u.l, enum_value, &u.enums);
	for (u.statics = 1; u.statics >= 0; u.statics--)
		clang_visitChildren(top, defined, &u);
	free(u.names.slot);
	free(u.names.value);
	free(u.enums.slot);
	free(u.enums.value);
	cl_source_free(u.src);
	return gc_lower_done(u.l);
}
