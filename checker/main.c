// SPDX-License-Identifier: GPL-2.0
/*
 * gupcheck: a sparse-based checker for get_user_pages() call sites.
 *
 * Takes the argv Kbuild passes to $(CHECK), parses each file with
 * libsparse, builds the core's model of its functions and runs the
 * checks.  Inside a kernel build a bad input is a warning, not a
 * stopped build.
 */
#include <errno.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "lib.h"
#include "options.h"
#include "symbol.h"
#include "cli.h"
#include "frontend.h"
#include "lower.h"
#include "guard.h"
#include "analysis.h"

static const char usage[] =
"usage: gupcheck [sparse and gcc options] [gupcheck options] file.c...\n";

/* gupcheck's version and the library of the front end it was built with. */
static void print_version(void)
{
	printf("gupcheck %s (sparse %s)\n", GUPCHECK_VERSION, sparse_version);
}

static int kbuild;
static int bad_inputs;

/* One line on stderr; inside Kbuild a warning, else fatal. */
static void __attribute__((format(printf, 1, 2))) bad_input(const char *fmt, ...)
{
	va_list ap;

	fprintf(stderr, "gupcheck: %s", kbuild ? "warning: " : "error: ");
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fputc('\n', stderr);
	if (!kbuild)
		exit(2);
	bad_inputs++;
}

static int in_kbuild(int argc, char **argv)
{
	for (int i = 1; i < argc; i++)
		if (!strncmp(argv[i], "-DKBUILD_MODNAME=", 17) ||
		    !strncmp(argv[i], "-DKBUILD_BASENAME=", 18))
			return 1;
	return 0;
}

static int count_option(const char *value)
{
	char *end;

	if (!strcmp(value, "unlimited"))
		return 0;
	errno = 0;
	strtoul(value, &end, 0);
	return *value >= '0' && *value <= '9' && !*end && !errno ? 0 : -1;
}

/* Take gupcheck's own options out of argv; return the new argc. */
static int own_options(int argc, char **argv, struct gc_options *opt)
{
	int n = 1;

	for (int i = 1; i < argc; i++) {
		const char *a = argv[i];

		if (gc_option(a, opt, bad_input))
			continue;
		if (!strcmp(a, "--help")) {
			fputs(usage, stdout);
			fputs(gc_options_help, stdout);
			exit(0);
		} else if (!strcmp(a, "--version")) {
			print_version();
			exit(0);
		} else if (!strncmp(a, "-fmax-warnings=", 15) ||
			   !strncmp(a, "-fmax-errors=", 13)) {
			if (count_option(strchr(a, '=') + 1))
				bad_input("%s: not a number", a);
		} else if (a[0] == '-' && a[1] && !gc_compiler_option(a)) {
			bad_input("unknown option %s (see --help)", a);
		}
		argv[n++] = argv[i];
	}
	argv[n] = NULL;
	return n;
}

static int check_files(int argc, char **argv)
{
	struct gc_options opt = { 0 };
	struct string_list *files = NULL;
	enum gc_severity worst = 0, sev;
	char *file;

	kbuild = in_kbuild(argc, argv);
	argc = own_options(argc, argv, &opt);
	gc_options_load(&opt, bad_input);
	sparse_initialize(argc, argv, &files);
	if (!files && !kbuild)
		bad_input("no input file (see --help)");
	if (!strcmp(diag_prefix, "sparse: "))	/* bare -fdiagnostic-prefix */
		diag_prefix = "gupcheck: ";
	opt.prefix = diag_prefix;
	opt.max = fmax_warnings;
	opt.werror = Wsparse_error;
	opt.tabstop = tabstop;
	if (Wsparse_error && !opt.fail_on)
		opt.fail_on = SEV_ERROR;

	FOR_EACH_PTR(files, file) {
		struct gc_unit *u;

		if (gc_readable(file, bad_input))
			continue;
		if (opt.db && gc_across_load(opt.db, file))
			bad_input("cannot read the database %s", opt.db);
		gc_guard_file(file, kbuild);
		has_error = 0;
		sparse(file);
		/* parse errors: sparse forgets a function's evaluation
		 * errors when it evaluates the next, so only the last
		 * function's would be left to count */
		if ((has_error & ERROR_PREV_PHASE) && !Wsparse_error)
			bad_input("sparse could not parse %s", file);
		u = gc_build_unit(file);
		sev = gc_run_unit(u, &opt, bad_input);
		if (sev > worst)
			worst = sev;
		gc_unit_free(u);
	} END_FOR_EACH_PTR(file);

	if (bad_inputs && opt.fail_on && opt.fail_on <= SEV_WARNING)
		return 2;
	if (Wsparse_error && die_if_error)
		return 1;
	return opt.fail_on && worst >= opt.fail_on ? 1 : 0;
}

int main(int argc, char **argv)
{
	return gc_guarded(check_files, argc, argv);
}
