/* SPDX-License-Identifier: GPL-2.0 */
/* The options every front end's driver takes (see gupcheck --help). */
#ifndef CLI_H
#define CLI_H

#include "report.h"

/*
 * Take arg if it is one of the options every driver takes (--inventory=,
 * --db=, --api=, --fail-on[-warning], --dump-model, -W[no-]gup-NAME):
 * 1 when taken, 0 when not.  A bad value is passed to bad(fmt, arg).
 */
int gc_option(const char *arg, struct gc_options *opt,
	      void (*bad)(const char *fmt, ...));

/* The family --api= names; -1 when none. */
int gc_family_option(const char *api, enum gup_family *family);

/*
 * Is arg a compiler's option (sparse takes those that start with these
 * letters and ignores other gcc switches, clang's front end leaves out
 * what it does not need), not a mistake?  -c comes with command lines
 * copied from gcc's.
 */
int gc_compiler_option(const char *arg);

/* 0 when file is a readable regular file, else -1 and bad(why). */
int gc_readable(const char *file, void (*bad)(const char *fmt, ...));

#endif
