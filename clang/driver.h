/* SPDX-License-Identifier: GPL-2.0 */
/* gupcheck-clang's driver: the files to check and how. */
#ifndef CLANG_DRIVER_H
#define CLANG_DRIVER_H

#include <clang-c/Index.h>
#include "args.h"
#include "report.h"

struct cl_job {
	const char *file;		/* as its compile command names it */
	const char *dir;		/* where it compiles, or NULL: here */
	struct cl_args clang;		/* the flags clang parses it with */
	struct cl_args sparse;		/* and those gupcheck is given */
};

struct driver {
	struct gc_options opt;
	struct cl_args shared;		/* options both front ends take */
	struct cl_args flags;		/* the command line's compiler flags */
	const char *compdb;		/* -p DIR */
	char prefix[128];		/* -fdiagnostic-prefix=NAME */
	int kbuild;			/* bad input only warns */
	int bad_inputs;
	int jobs;			/* -j */
	int cross;			/* --cross-check */
	int print;			/* --print-flags */
	struct cl_job *job;
	int njobs;
	CXIndex index;
};

extern struct driver drv;

void bad_input(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

/* Run fn on every job, -j at a time; the highest exit status. */
int cl_run(int (*fn)(struct cl_job *j));

/* Both front ends on j; 1 when they differ. */
int cl_cross_check(struct cl_job *j);

#endif
