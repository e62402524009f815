// SPDX-License-Identifier: GPL-2.0
/*
 * Compile commands as libclang and sparse take them.
 *
 * A kernel built with gcc passes flags clang rejects (-mno-fp-ret-in-387,
 * -mindirect-branch=, -fconserve-stack, gcc plugins...).  Parsing needs
 * only what changes the preprocessed text and the language: include
 * paths, macros, forced includes, the standard, the target's word size
 * and the flags that predefine macros (-O, -fPIE, -fshort-wchar, -mno-sse
 * and the like).  Everything else is left out; no list of gcc-only flags
 * to keep up to date.
 */
#include <stdlib.h>
#include <string.h>
#include "args.h"

/* Options whose value may be the next argument. */
static const char *const with_value[] = {
	"-I", "-D", "-U", "-include", "-imacros", "-isystem", "-iquote",
	"-idirafter", "-x",
};

/* Kept as they are: prefixes, or exact when ending in '$'. */
static const char *const kept[] = {
	"-I", "-D", "-U", "-include", "-imacros", "-isystem", "-iquote",
	"-idirafter", "-nostdinc$", "-std=", "-O", "-x",
	"-m16$", "-m32$", "-m64$", "-mno-sse", "-mno-mmx$", "-mno-3dnow$",
	"-mno-avx", "-mno-80387$", "-msoft-float$", "-mcmodel=",
	"-fshort-wchar$", "-fsigned-char$", "-funsigned-char$",
	"-fno-PIE$", "-fno-pie$", "-fPIE$", "-fpie$", "-fPIC$", "-fpic$",
	"-fno-PIC$", "-fno-pic$",
};

static int matches(const char *arg, const char *pattern)
{
	size_t n = strlen(pattern);

	if (pattern[n - 1] == '$')
		return strlen(arg) == n - 1 && !strncmp(arg, pattern, n - 1);
	return !strncmp(arg, pattern, n);
}

int cl_takes_value(const char *arg)
{
	for (size_t i = 0; i < sizeof(with_value) / sizeof(*with_value); i++)
		if (!strcmp(arg, with_value[i]))
			return 1;
	return 0;
}

static int kept_flag(const char *arg)
{
	for (size_t i = 0; i < sizeof(kept) / sizeof(*kept); i++)
		if (matches(arg, kept[i]))
			return 1;
	return 0;
}

void cl_args_add(struct cl_args *a, const char *arg)
{
	if (a->n + 2 > a->alloc) {
		a->alloc = a->alloc ? 2 * a->alloc : 64;
		a->v = realloc(a->v, a->alloc * sizeof(*a->v));
		if (!a->v)
			abort();
	}
	a->v[a->n++] = strdup(arg);
	a->v[a->n] = NULL;
}

void cl_args_free(struct cl_args *a)
{
	for (int i = 0; i < a->n; i++)
		free(a->v[i]);
	free(a->v);
	*a = (struct cl_args){ NULL, 0, 0 };
}

/*
 * Split a compiler's argv (without argv[0]) into what clang parses with
 * and what sparse is given: both without -c, -o FILE, -Wp,... (which
 * would write a dependency file) and the input files.
 */
void cl_args_split(int argc, const char *const *argv, struct cl_args *clang,
		   struct cl_args *sparse)
{
	for (int i = 0; i < argc; i++) {
		const char *a = argv[i];
		int two = cl_takes_value(a) && i + 1 < argc;

		if (a[0] != '-' || !strcmp(a, "-c") || !strncmp(a, "-Wp,", 4))
			continue;
		if (!strcmp(a, "-o") || !strcmp(a, "-MF") || !strcmp(a, "-MT")) {
			i++;
			continue;
		}
		if (kept_flag(a)) {
			cl_args_add(clang, a);
			if (two)
				cl_args_add(clang, argv[i + 1]);
		}
		cl_args_add(sparse, a);
		if (two)
			cl_args_add(sparse, argv[i + 1]);
		i += two;
	}
}
