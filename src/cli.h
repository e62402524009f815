/* SPDX-License-Identifier: GPL-2.0 */
/* The options every front end's driver takes (see gupcheck --help). */
#ifndef CLI_H
#define CLI_H

#include "report.h"

/* --help's lines for these options, then the exit status. */
extern const char gc_options_help[];

/*
 * Take arg if it is one of the options every driver takes (--inventory=,
 * --sarif=, --baseline=, --suppress=, --db=, --api=, --fail-on[-warning],
 * --dump-model, -W[no-]gup-NAME): 1 when taken, 0 when not.  A bad value
 * is passed to bad(fmt, ...).
 */
int gc_option(const char *arg, struct gc_options *opt,
	      void (*bad)(const char *fmt, ...));

/*
 * Once every option is taken: resolve --api=, see that --inventory= and
 * --sarif= can be written, load --baseline= and --suppress=.  What fails
 * goes to bad().
 */
void gc_options_load(struct gc_options *opt,
		     void (*bad)(const char *fmt, ...));

/*
 * Check u, or dump it with --dump-model; write its inventory records and
 * SARIF results (a failure to bad()).  The worst severity reported.
 */
enum gc_severity gc_run_unit(struct gc_unit *u, const struct gc_options *opt,
			     void (*bad)(const char *fmt, ...));

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
