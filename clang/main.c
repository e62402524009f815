// SPDX-License-Identifier: GPL-2.0
/*
 * gupcheck-clang: gupcheck's checks with libclang as the front end.
 *
 * Files come with the flags of a compile_commands.json (-p DIR, as
 * clang-tidy takes it) or of the command line; the flags clang cannot
 * take are left out (args.c).  -j N checks N files at a time, printing
 * each file's output whole, in the order given; --cross-check runs both
 * front ends instead and reports where they differ (cross.c).
 */
#include <limits.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <clang-c/CXCompilationDatabase.h>
#include "clang.h"
#include "args.h"
#include "driver.h"
#include "cli.h"
#include "analysis.h"
#include "checker/guard.h"

static const char usage[] =
"usage: gupcheck-clang [options] [-p BUILD_DIR] file.c... [-- clang flags]\n"
"  -p DIR               take each file's flags from DIR/compile_commands.json\n"
"                       (a build: bad input is a warning, as inside Kbuild)\n"
"  -j N                 check N files at a time\n"
"  --cross-check        run the sparse front end (gupcheck) too and report\n"
"                       where the models or the findings differ\n"
"  --print-flags        print the flags clang parses each file with\n"
"  other flags (-I, -D, -include...) are clang's, for every file\n";

struct driver drv;

/* One line on stderr; inside a build a warning, else fatal. */
void bad_input(const char *fmt, ...)
{
	va_list ap;

	fprintf(stderr, "gupcheck: %s", drv.kbuild ? "warning: " : "error: ");
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fputc('\n', stderr);
	if (!drv.kbuild)
		exit(2);
	drv.bad_inputs++;
}

/* A compiler flag for every file. */
static void flag(const char *a)
{
	cl_args_add(&drv.flags, a);
}

/* Kbuild's flags, or a compilation database, make it a build. */
static int in_build(int argc, char **argv)
{
	for (int i = 1; i < argc; i++)
		if (!strncmp(argv[i], "-DKBUILD_MODNAME=", 17) ||
		    !strncmp(argv[i], "-DKBUILD_BASENAME=", 18) ||
		    !strcmp(argv[i], "-p"))
			return 1;
	return 0;
}

static void options(int argc, char **argv, struct cl_args *files)
{
	CXString version;
	char *end;

	for (int i = 1; i < argc; i++) {
		const char *a = argv[i];

		if (gc_option(a, &drv.opt, bad_input)) {
			if (strncmp(a, "--inventory=", 12) &&
			    strncmp(a, "--sarif=", 8) &&
			    strncmp(a, "--fail-on", 9) &&
			    strcmp(a, "--dump-model"))
				cl_args_add(&drv.shared, a);
			continue;
		}
		if (!strcmp(a, "--")) {
			while (++i < argc)
				flag(argv[i]);
		} else if (!strcmp(a, "-p") && i + 1 < argc) {
			drv.compdb = argv[++i];
		} else if (!strcmp(a, "-j") && i + 1 < argc) {
			drv.jobs = atoi(argv[++i]);
		} else if (!strncmp(a, "-j", 2) && a[2]) {
			drv.jobs = atoi(a + 2);
		} else if (!strcmp(a, "--cross-check")) {
			drv.cross = 1;
		} else if (!strcmp(a, "--print-flags")) {
			drv.print = 1;
		} else if (!strcmp(a, "-fdiagnostic-prefix")) {
			drv.opt.prefix = "gupcheck: ";
		} else if (!strncmp(a, "-fdiagnostic-prefix=", 20)) {
			snprintf(drv.prefix, sizeof(drv.prefix), "%s: ", a + 20);
			drv.opt.prefix = drv.prefix;
		} else if (!strcmp(a, "-fmax-warnings=unlimited")) {
			drv.opt.max = UINT_MAX;
		} else if (!strncmp(a, "-fmax-warnings=", 15)) {
			drv.opt.max = strtoul(a + 15, &end, 0);
			if (a[15] < '0' || a[15] > '9' || *end)
				bad_input("%s: not a number", a);
		} else if (!strcmp(a, "-Wsparse-error")) {
			drv.opt.werror = 1;
		} else if (!strcmp(a, "--version")) {
			version = clang_getClangVersion();
			printf("gupcheck-clang %s (%s)\n", GUPCHECK_VERSION,
			       clang_getCString(version));
			clang_disposeString(version);
			exit(0);
		} else if (!strcmp(a, "--help")) {
			fputs(usage, stdout);
			fputs(gc_options_help, stdout);
			exit(0);
		} else if (a[0] == '-' && a[1] && !gc_compiler_option(a)) {
			bad_input("unknown option %s (see --help)", a);
		} else if (a[0] == '-') {
			flag(a);
			if (cl_takes_value(a) && i + 1 < argc)
				flag(argv[++i]);
		} else {
			cl_args_add(files, a);
		}
	}
}

/* The command for file in the database, or NULL. */
static CXCompileCommand command_for(CXCompileCommands all, const char *file)
{
	char want[PATH_MAX], path[PATH_MAX * 2], real[PATH_MAX];
	unsigned int n = clang_CompileCommands_getSize(all);
	size_t len = strlen(file);
	CXCompileCommand suffix = NULL;

	if (!realpath(file, want))
		want[0] = 0;
	for (unsigned int i = 0; i < n; i++) {
		CXCompileCommand c = clang_CompileCommands_getCommand(all, i);
		CXString dir = clang_CompileCommand_getDirectory(c);
		CXString name = clang_CompileCommand_getFilename(c);
		const char *s = clang_getCString(name);
		size_t slen = strlen(s);
		int hit;

		snprintf(path, sizeof(path), "%s/%s", clang_getCString(dir), s);
		hit = want[0] && realpath(s[0] == '/' ? s : path, real) &&
		      !strcmp(real, want);
		if (!suffix && slen > len && s[slen - len - 1] == '/' &&
		    !strcmp(s + slen - len, file))
			suffix = c;
		clang_disposeString(dir);
		clang_disposeString(name);
		if (hit)
			return c;
	}
	return suffix;
}

static void add_job(struct cl_job *j)
{
	drv.job = realloc(drv.job, (drv.njobs + 1) * sizeof(*drv.job));
	if (!drv.job)
		abort();
	drv.job[drv.njobs++] = *j;
}

/* Each file with its flags: from the database, then the command line. */
static void make_jobs(struct cl_args *files)
{
	CXCompilationDatabase_Error err;
	CXCompilationDatabase db = NULL;
	CXCompileCommands all = NULL;

	if (drv.compdb) {
		db = clang_CompilationDatabase_fromDirectory(drv.compdb, &err);
		if (err != CXCompilationDatabase_NoError) {
			drv.kbuild = 0;
			bad_input("cannot read %s/compile_commands.json", drv.compdb);
		}
		all = clang_CompilationDatabase_getAllCompileCommands(db);
	}
	for (int i = 0; i < files->n; i++) {
		struct cl_job j = { .file = files->v[i] };
		CXCompileCommand c = all ? command_for(all, files->v[i]) : NULL;

		if (all && !c) {
			bad_input("no compile command for %s", files->v[i]);
			continue;
		}
		if (c) {
			CXString dir = clang_CompileCommand_getDirectory(c);
			CXString name = clang_CompileCommand_getFilename(c);
			unsigned int n = clang_CompileCommand_getNumArgs(c);
			const char **argv = calloc(n + 1, sizeof(*argv));
			CXString *s = calloc(n + 1, sizeof(*s));

			if (!argv || !s)
				abort();
			for (unsigned int k = 1; k < n; k++) {
				s[k] = clang_CompileCommand_getArg(c, k);
				argv[k - 1] = clang_getCString(s[k]);
			}
			j.file = strdup(clang_getCString(name));
			j.dir = strdup(clang_getCString(dir));
			cl_args_split(n - 1, argv, &j.clang, &j.sparse);
			for (unsigned int k = 1; k < n; k++)
				clang_disposeString(s[k]);
			clang_disposeString(dir);
			clang_disposeString(name);
			free(argv);
			free(s);
		}
		cl_args_split(drv.flags.n, (const char *const *)drv.flags.v,
			      &j.clang, &j.sparse);
		add_job(&j);
	}
	if (all)
		clang_CompileCommands_dispose(all);
	if (db)
		clang_CompilationDatabase_dispose(db);
}

/* Print clang's errors; how many there were. */
static int parse_errors(CXTranslationUnit tu)
{
	unsigned int n = clang_getNumDiagnostics(tu);
	int errors = 0;

	for (unsigned int i = 0; i < n; i++) {
		CXDiagnostic d = clang_getDiagnostic(tu, i);
		CXString s;

		if (clang_getDiagnosticSeverity(d) >= CXDiagnostic_Error) {
			s = clang_formatDiagnostic(d,
				CXDiagnostic_DisplaySourceLocation |
				CXDiagnostic_DisplayColumn);
			fprintf(stderr, "%s\n", clang_getCString(s));
			clang_disposeString(s);
			errors++;
		}
		clang_disposeDiagnostic(d);
	}
	return errors;
}

/* What clang parses j with: its flags, in its directory, no warnings. */
static void clang_args(struct cl_job *j, struct cl_args *args)
{
	if (j->dir) {
		cl_args_add(args, "-working-directory");
		cl_args_add(args, j->dir);
	}
	for (int i = 0; i < j->clang.n; i++)
		cl_args_add(args, j->clang.v[i]);
	cl_args_add(args, "-w");
}

/* --print-flags: them, one a line, then the file and an empty line. */
static int print_flags(struct cl_job *j)
{
	struct cl_args args = { NULL, 0, 0 };

	clang_args(j, &args);
	for (int i = 0; i < args.n; i++)
		puts(args.v[i]);
	printf("%s\n\n", j->file);
	cl_args_free(&args);
	return 0;
}

/* Parse and check one file: the worst severity it reported. */
static int check(struct cl_job *j)
{
	struct cl_args args = { NULL, 0, 0 };
	CXTranslationUnit tu;
	struct gc_unit *u;
	enum gc_severity sev;
	int err;

	if ((!j->dir || j->file[0] == '/') && gc_readable(j->file, bad_input))
		return 0;
	if (drv.opt.db && gc_across_load(drv.opt.db, j->file))
		bad_input("cannot read the database %s", drv.opt.db);
	clang_args(j, &args);
	err = clang_parseTranslationUnit2(drv.index, j->file,
					  (const char *const *)args.v, args.n,
					  NULL, 0, CXTranslationUnit_KeepGoing,
					  &tu);
	cl_args_free(&args);
	if (err != CXError_Success) {
		bad_input("clang could not parse %s", j->file);
		return 0;
	}
	if (parse_errors(tu))
		bad_input("clang could not parse %s", j->file);
	u = cl_build_unit(tu, j->file);
	sev = gc_run_unit(u, &drv.opt, bad_input);
	gc_unit_free(u);
	clang_disposeTranslationUnit(tu);
	if (drv.bad_inputs && drv.opt.fail_on && drv.opt.fail_on <= SEV_WARNING)
		return 2;
	return drv.opt.fail_on && sev >= drv.opt.fail_on ? 1 : 0;
}

static int check_files(int argc, char **argv)
{
	static struct cl_args files;	/* the jobs name their file by it */

	drv.jobs = 1;
	drv.opt.max = 100;		/* sparse's default -fmax-warnings */
	drv.opt.tabstop = CL_TABSTOP;
	drv.kbuild = in_build(argc, argv);
	options(argc, argv, &files);
	gc_options_load(&drv.opt, bad_input);
	if (drv.opt.werror && !drv.opt.fail_on)
		drv.opt.fail_on = SEV_ERROR;
	if (!files.n && !drv.kbuild)
		bad_input("no input file (see --help)");
	make_jobs(&files);
	drv.index = clang_createIndex(0, 0);
	if (drv.print)
		return cl_run(print_flags);
	return cl_run(drv.cross ? cl_cross_check : check);
}

int main(int argc, char **argv)
{
	return gc_guarded(check_files, argc, argv);
}
