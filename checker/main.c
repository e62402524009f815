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
#include <fcntl.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include "lib.h"
#include "options.h"
#include "symbol.h"
#include "frontend.h"
#include "lower.h"
#include "guard.h"
#include "analysis.h"
#include "finding.h"
#include "records.h"

static const char usage[] =
"usage: gupcheck [sparse and gcc options] [gupcheck options] file.c...\n"
"  --inventory=FILE     write one JSON record per GUP call site to FILE;\n"
"                       they replace the records of the same source file\n"
"  --db=FILE            pair across files with the summaries in FILE\n"
"                       (SQLite), and add this file's to it\n"
"  --sarif=FILE         write the findings as a SARIF 2.1.0 log to FILE;\n"
"                       they replace the results of the same source file\n"
"  --baseline=FILE      report only the findings whose fingerprint is not\n"
"                       in FILE (a --sarif log, or one fingerprint a line)\n"
"  --suppress=FILE      findings not to report: lines WHERE CHECK REASON,\n"
"                       WHERE a file or function; in the source, a comment\n"
"                       \"gupcheck: ignore CHECK: REASON\" on or above the\n"
"                       line, or above the function\n"
"  --api=FAMILY         release API the tree offers (none, put_user_page,\n"
"                       unpin_user_page); default: from its declarations\n"
"  --fail-on=SEVERITY   exit 1 when a check reports at SEVERITY or above:\n"
"                       error, warning or note (default: never)\n"
"  --fail-on-warning    the same as --fail-on=warning\n"
"  --dump-model         print the lowered model instead of checking\n"
"  -Wno-gup-NAME        turn check gup-NAME off (-Wgup-NAME: back on)\n"
"  -Wsparse-error       warnings are errors, and exit 1 on any error\n"
"  -fdiagnostic-prefix[=NAME], -fmax-warnings=N: as in sparse\n"
"  --version, --help\n"
"exit status:\n"
"  0  nothing reported at the --fail-on severity\n"
"  1  a finding at the --fail-on severity, or an error with -Wsparse-error\n"
"  2  bad input: a missing, unreadable or unparsable file, a directory,\n"
"     an unknown option or value, an inventory or SARIF log that cannot\n"
"     be written, a baseline or suppression list that cannot be read\n"
"Inside Kbuild (-DKBUILD_MODNAME= in the arguments) bad input is a\n"
"warning and exits 0, or 2 with --fail-on=warning or note.\n";

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

/*
 * sparse takes the options that start with these letters, and the long
 * ones below; it ignores any other as a gcc switch, which outside Kbuild
 * is a mistake.  -c comes with command lines copied from gcc's.
 */
static int is_sparse_option(const char *arg)
{
	static const char *const known[] = {
		"--arch=", "--os=", "--param", "--succeed",
	};

	if (arg[1] != '-')
		return arg[1] && strchr("aDdEfgGIiMmnoOpsUvWxc", arg[1]);
	for (size_t i = 0; i < sizeof(known) / sizeof(known[0]); i++)
		if (!strncmp(arg, known[i], strlen(known[i])))
			return 1;
	return 0;
}

static int severity_option(const char *name, enum gc_severity *sev)
{
	for (enum gc_severity s = SEV_NOTE; s <= SEV_ERROR; s++)
		if (!strcmp(name, gc_severity_name(s))) {
			*sev = s;
			return 0;
		}
	return -1;
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

/* The file name of --option=FILE, or NULL (bad_input) when empty. */
static const char *file_option(const char *arg)
{
	const char *eq = strchr(arg, '=');

	if (eq[1])
		return eq + 1;
	bad_input("%.*s needs a file name", (int)(eq + 1 - arg), arg);
	return NULL;
}

static const char *baseline, *suppress;

/* Take gupcheck's own options out of argv; return the new argc. */
static int own_options(int argc, char **argv, struct gc_options *opt)
{
	int n = 1;

	for (int i = 1; i < argc; i++) {
		const char *a = argv[i];

		if (!strncmp(a, "--inventory=", 12)) {
			opt->inventory = file_option(a);
			continue;
		} else if (!strncmp(a, "--sarif=", 8)) {
			opt->sarif = file_option(a);
			continue;
		} else if (!strncmp(a, "--baseline=", 11)) {
			baseline = file_option(a);
			continue;
		} else if (!strncmp(a, "--suppress=", 11)) {
			suppress = file_option(a);
			continue;
		} else if (!strncmp(a, "--db=", 5)) {
			opt->db = a + 5;
			continue;
		} else if (!strncmp(a, "--api=", 6)) {
			opt->api = a + 6;
			continue;
		} else if (!strcmp(a, "--fail-on-warning")) {
			opt->fail_on = SEV_WARNING;
			continue;
		} else if (!strncmp(a, "--fail-on=", 10)) {
			if (severity_option(a + 10, &opt->fail_on))
				bad_input("unknown severity in %s (error, warning or note)", a);
			continue;
		} else if (!strcmp(a, "--dump-model")) {
			opt->dump = 1;
			continue;
		} else if (!strncmp(a, "-Wno-gup-", 9)) {
			if (gc_check_enable(a + 5, 0))
				bad_input("unknown check in %s", a);
			continue;
		} else if (!strncmp(a, "-Wgup-", 6)) {
			if (gc_check_enable(a + 2, 1))
				bad_input("unknown check in %s", a);
			continue;
		} else if (!strcmp(a, "--help")) {
			fputs(usage, stdout);
			exit(0);
		} else if (!strcmp(a, "--version")) {
			print_version();
			exit(0);
		} else if (!strncmp(a, "-fmax-warnings=", 15) ||
			   !strncmp(a, "-fmax-errors=", 13)) {
			if (count_option(strchr(a, '=') + 1))
				bad_input("%s: not a number", a);
		} else if (a[0] == '-' && a[1] && !is_sparse_option(a)) {
			bad_input("unknown option %s (see --help)", a);
		}
		argv[n++] = argv[i];
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

/* 0 when file is a readable regular file, else why not (bad_input). */
static int readable(const char *file)
{
	struct stat st;
	int fd = open(file, O_RDONLY);

	if (fd < 0) {
		bad_input("cannot read %s: %s", file, strerror(errno));
		return -1;
	}
	if (fstat(fd, &st) || S_ISDIR(st.st_mode)) {
		close(fd);
		bad_input("%s is a directory", file);
		return -1;
	}
	close(fd);
	return 0;
}

static int check_files(int argc, char **argv)
{
	struct gc_options opt = { 0 };
	struct string_list *files = NULL;
	enum gup_family family = FAMILY_NONE;
	enum gc_severity worst = 0, sev;
	char *file;
	int err;

	kbuild = in_kbuild(argc, argv);
	argc = own_options(argc, argv, &opt);
	if (opt.api && family_option(opt.api, &family)) {
		bad_input("unknown API family %s", opt.api);
		opt.api = NULL;
	}
	err = opt.inventory ? gc_inventory_writable(opt.inventory) : 0;
	if (err) {
		bad_input("cannot write --inventory=%s: %s", opt.inventory,
			  strerror(-err));
		opt.inventory = NULL;
	}
	err = opt.sarif ? gc_records_writable(opt.sarif) : 0;
	if (err) {
		bad_input("cannot write --sarif=%s: %s", opt.sarif,
			  strerror(-err));
		opt.sarif = NULL;
	}
	err = baseline ? gc_baseline_load(baseline) : 0;
	if (err)
		bad_input("cannot read --baseline=%s: %s", baseline,
			  strerror(-err));
	err = suppress ? gc_suppress_load(suppress) : 0;
	if (err < 0)
		bad_input("cannot read --suppress=%s: %s", suppress,
			  strerror(-err));
	else if (err)
		bad_input("%s:%d: not a suppression (WHERE CHECK REASON)",
			  suppress, err);
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

		if (readable(file))
			continue;
		if (opt.db && gc_across_load(opt.db, file))
			bad_input("cannot read the database %s", opt.db);
		gc_guard_file(file, kbuild);
		has_error = 0;
		sparse(file);
		if (has_error && !Wsparse_error)
			bad_input("sparse could not parse %s", file);
		u = gc_build_unit(file);
		if (opt.api)
			u->family = family;
		if (opt.dump) {
			gc_dump_unit(stdout, u);
		} else {
			sev = gc_check_unit(u, &opt);
			if (sev > worst)
				worst = sev;
			err = opt.inventory ? gc_inventory_write(u, opt.inventory) : 0;
			if (err)
				bad_input("cannot write --inventory=%s: %s",
					  opt.inventory, strerror(-err));
			err = opt.sarif ? gc_sarif_write(u, opt.sarif) : 0;
			if (err)
				bad_input("cannot write --sarif=%s: %s",
					  opt.sarif, strerror(-err));
		}
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
