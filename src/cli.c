// SPDX-License-Identifier: GPL-2.0
/* The options every front end's driver takes. */
#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <unistd.h>
#include <sys/stat.h>
#include "cli.h"
#include "lower.h"
#include "finding.h"
#include "records.h"

const char gc_options_help[] =
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

static int severity_option(const char *name, enum gc_severity *sev)
{
	for (enum gc_severity s = SEV_NOTE; s <= SEV_ERROR; s++)
		if (!strcmp(name, gc_severity_name(s))) {
			*sev = s;
			return 0;
		}
	return -1;
}

/* The file name of --option=FILE, or NULL (after bad()) when empty. */
static const char *file_option(const char *a,
			       void (*bad)(const char *fmt, ...))
{
	const char *eq = strchr(a, '=');

	if (eq[1])
		return eq + 1;
	bad("%.*s needs a file name", (int)(eq + 1 - a), a);
	return NULL;
}

int gc_option(const char *a, struct gc_options *opt,
	      void (*bad)(const char *fmt, ...))
{
	if (!strncmp(a, "--inventory=", 12)) {
		opt->inventory = file_option(a, bad);
	} else if (!strncmp(a, "--sarif=", 8)) {
		opt->sarif = file_option(a, bad);
	} else if (!strncmp(a, "--baseline=", 11)) {
		opt->baseline = file_option(a, bad);
	} else if (!strncmp(a, "--suppress=", 11)) {
		opt->suppress = file_option(a, bad);
	} else if (!strncmp(a, "--db=", 5)) {
		opt->db = a + 5;
	} else if (!strncmp(a, "--api=", 6)) {
		opt->api = a + 6;
	} else if (!strcmp(a, "--fail-on-warning")) {
		opt->fail_on = SEV_WARNING;
	} else if (!strncmp(a, "--fail-on=", 10)) {
		if (severity_option(a + 10, &opt->fail_on))
			bad("unknown severity in %s (error, warning or note)", a);
	} else if (!strcmp(a, "--dump-model")) {
		opt->dump = 1;
	} else if (!strncmp(a, "-Wno-gup-", 9)) {
		if (gc_check_enable(a + 5, 0))
			bad("unknown check in %s", a);
	} else if (!strncmp(a, "-Wgup-", 6)) {
		if (gc_check_enable(a + 2, 1))
			bad("unknown check in %s", a);
	} else {
		return 0;
	}
	return 1;
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

void gc_options_load(struct gc_options *opt,
		     void (*bad)(const char *fmt, ...))
{
	int err;

	if (opt->api && family_option(opt->api, &opt->family)) {
		bad("unknown API family %s", opt->api);
		opt->api = NULL;
	}
	err = opt->inventory ? gc_inventory_writable(opt->inventory) : 0;
	if (err) {
		bad("cannot write --inventory=%s: %s", opt->inventory,
		    strerror(-err));
		opt->inventory = NULL;
	}
	err = opt->sarif ? gc_records_writable(opt->sarif) : 0;
	if (err) {
		bad("cannot write --sarif=%s: %s", opt->sarif, strerror(-err));
		opt->sarif = NULL;
	}
	err = opt->baseline ? gc_baseline_load(opt->baseline) : 0;
	if (err)
		bad("cannot read --baseline=%s: %s", opt->baseline,
		    strerror(-err));
	err = opt->suppress ? gc_suppress_load(opt->suppress) : 0;
	if (err < 0)
		bad("cannot read --suppress=%s: %s", opt->suppress,
		    strerror(-err));
	else if (err)
		bad("%s:%d: not a suppression (WHERE CHECK REASON)",
		    opt->suppress, err);
}

enum gc_severity gc_run_unit(struct gc_unit *u, const struct gc_options *opt,
			     void (*bad)(const char *fmt, ...))
{
	enum gc_severity sev;
	int err;

	if (opt->api)
		u->family = opt->family;
	if (opt->dump) {
		gc_dump_unit(stdout, u);
		return 0;
	}
	sev = gc_check_unit(u, opt);
	err = opt->inventory ? gc_inventory_write(u, opt->inventory) : 0;
	if (err)
		bad("cannot write --inventory=%s: %s", opt->inventory,
		    strerror(-err));
	err = opt->sarif ? gc_sarif_write(u, opt->sarif) : 0;
	if (err)
		bad("cannot write --sarif=%s: %s", opt->sarif, strerror(-err));
	return sev;
}

int gc_compiler_option(const char *arg)
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

int gc_readable(const char *file, void (*bad)(const char *fmt, ...))
{
	struct stat st;
	int fd = open(file, O_RDONLY);

	if (fd < 0) {
		bad("cannot read %s: %s", file, strerror(errno));
		return -1;
	}
	if (fstat(fd, &st) || S_ISDIR(st.st_mode)) {
		close(fd);
		bad("%s is a directory", file);
		return -1;
	}
	close(fd);
	return 0;
}
