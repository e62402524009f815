// SPDX-License-Identifier: GPL-2.0
/*
 * gupcheck: a sparse-based checker for get_user_pages() call sites.
 *
 * Takes the argv Kbuild passes to $(CHECK), parses each file with
 * libsparse, builds the core's model of its functions and runs the
 * checks.  Inside a kernel build it only warns and exits 0.
 */
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "lib.h"
#include "allocate.h"
#include "options.h"
#include "symbol.h"
#include "frontend.h"
#include "lower.h"
#include "report.h"

static const char usage[] =
"usage: gupcheck [sparse and gcc options] [gupcheck options] file.c...\n"
"  --inventory=FILE     append one JSON record per GUP call site to FILE\n"
"  --api=FAMILY         release API the tree offers (none, put_user_page,\n"
"                       unpin_user_page); default: from its declarations\n"
"  --fail-on-warning    exit 1 when a check finds something\n"
"  --dump-model         print the lowered model instead of checking\n"
"  -Wno-gup-NAME        turn check gup-NAME off (-Wgup-NAME: back on)\n"
"  -fdiagnostic-prefix[=NAME], -fmax-warnings=N: as in sparse\n";

static int kbuild;

/* One line on stderr; inside Kbuild a warning, else fatal. */
static void bad_input(const char *fmt, const char *what)
{
	fprintf(stderr, "gupcheck: %s", kbuild ? "warning: " : "error: ");
	fprintf(stderr, fmt, what);
	fputc('\n', stderr);
	if (!kbuild)
		exit(2);
}

static int is_sparse_long_option(const char *arg)
{
	static const char *const known[] = {
		"--arch=", "--os=", "--param", "--version", "--succeed",
	};

	for (size_t i = 0; i < sizeof(known) / sizeof(known[0]); i++)
		if (!strncmp(arg, known[i], strlen(known[i])))
			return 1;
	return 0;
}

/* Take gupcheck's own options out of argv; return the new argc. */
static int own_options(int argc, char **argv, struct gc_options *opt)
{
	int n = 1;

	for (int i = 1; i < argc; i++) {
		const char *a = argv[i];

		if (!strncmp(a, "-DKBUILD_MODNAME=", 17) ||
		    !strncmp(a, "-DKBUILD_BASENAME=", 18))
			kbuild = 1;
		if (!strncmp(a, "--inventory=", 12)) {
			opt->inventory = a + 12;
		} else if (!strncmp(a, "--api=", 6)) {
			opt->api = a + 6;
		} else if (!strcmp(a, "--fail-on-warning")) {
			opt->fail = 1;
		} else if (!strcmp(a, "--dump-model")) {
			opt->dump = 1;
		} else if (!strncmp(a, "-Wno-gup-", 9)) {
			if (gc_check_enable(a + 5, 0))
				bad_input("unknown check in %s", a);
		} else if (!strncmp(a, "-Wgup-", 6)) {
			if (gc_check_enable(a + 2, 1))
				bad_input("unknown check in %s", a);
		} else if (!strcmp(a, "--help")) {
			fputs(usage, stdout);
			exit(0);
		} else if (!strncmp(a, "--", 2) && !is_sparse_long_option(a)) {
			bad_input("unknown option %s (see --help)", a);
		} else {
			argv[n++] = argv[i];
		}
	}
	argv[n] = NULL;
	return n;
}

static int family_option(const char *api, enum gup_family *family)
{
	static const enum gup_family all[] = {
		FAMILY_NONE, FAMILY_USER, FAMILY_UNPIN,
	};

	for (size_t i = 0; i < sizeof(all) / sizeof(all[0]); i++)
		if (!strcmp(api, gup_family_name(all[i]))) {
			*family = all[i];
			return 0;
		}
	return -1;
}

int main(int argc, char **argv)
{
	struct gc_options opt = { 0 };
	struct string_list *files = NULL;
	enum gup_family family = FAMILY_NONE;
	char *file;
	int findings = 0;

	argc = own_options(argc, argv, &opt);
	if (opt.api && family_option(opt.api, &family))
		bad_input("unknown API family %s", opt.api);
	sparse_initialize(argc, argv, &files);
	if (!files && !kbuild)
		bad_input("%s", "no input file (see --help)");
	if (!strcmp(diag_prefix, "sparse: "))	/* bare -fdiagnostic-prefix */
		diag_prefix = "gupcheck: ";
	opt.prefix = diag_prefix;
	opt.max = fmax_warnings;

	FOR_EACH_PTR(files, file) {
		struct gc_unit *u;

		if (access(file, R_OK)) {
			bad_input("cannot read %s", file);
			continue;
		}
		has_error = 0;
		/* the tokens live on: walk.c reads FOLL_* macros */
		sparse_keep_tokens(file);
		if (has_error && !kbuild)
			bad_input("sparse could not parse %s", file);
		u = gc_build_unit(file);
		clear_token_alloc();
		if (opt.api)
			u->family = family;
		if (opt.dump)
			gc_dump_unit(stdout, u);
		else
			findings += gc_check_unit(u, &opt);
		gc_unit_free(u);
	} END_FOR_EACH_PTR(file);
	return opt.fail && findings ? 1 : 0;
}
