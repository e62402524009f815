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
#include <errno.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <sys/wait.h>
#include <clang-c/CXCompilationDatabase.h>
#include "clang.h"
#include "args.h"
#include "driver.h"
#include "options.h"

static const char usage[] =
"usage: gupcheck-clang [options] [-p BUILD_DIR] file.c... [-- clang flags]\n"
"  -p DIR               take each file's flags from DIR/compile_commands.json\n"
"  -j N                 check N files at a time\n"
"  --cross-check        run the sparse front end (gupcheck) too and report\n"
"                       where the models or the findings differ\n"
"  --print-flags        print the flags clang parses each file with\n"
"  --inventory=FILE     append one JSON record per GUP call site to FILE\n"
"  --api=FAMILY         release API the tree offers (none, put_user_page,\n"
"                       unpin_user_page); default: from its declarations\n"
"  --fail-on-warning    exit 1 when a check finds something\n"
"  --dump-model         print the lowered model instead of checking\n"
"  -Wno-gup-NAME        turn check gup-NAME off (-Wgup-NAME: back on)\n"
"  -fdiagnostic-prefix[=NAME], -fmax-warnings=N: as in gupcheck\n"
"Other flags (-I, -D, -include...) are clang's, for every file.\n";

struct driver drv;

/* One line on stderr; inside a build a warning, else fatal. */
void bad_input(const char *fmt, const char *what)
{
	fprintf(stderr, "gupcheck: %s", drv.kbuild ? "warning: " : "error: ");
	fprintf(stderr, fmt, what);
	fputc('\n', stderr);
	if (!drv.kbuild)
		exit(2);
}

static int is_sparse_long_option(const char *arg)
{
	static const char *const known[] = {
		"--arch=", "--os=", "--param", "--succeed",
	};

	for (size_t i = 0; i < sizeof(known) / sizeof(known[0]); i++)
		if (!strncmp(arg, known[i], strlen(known[i])))
			return 1;
	return 0;
}

/* A compiler flag for every file; Kbuild's mark a build. */
static void flag(const char *a)
{
	if (!strncmp(a, "-DKBUILD_MODNAME=", 17) ||
	    !strncmp(a, "-DKBUILD_BASENAME=", 18))
		drv.kbuild = 1;
	cl_args_add(&drv.flags, a);
}

static void options(int argc, char **argv, struct cl_args *files)
{
	for (int i = 1; i < argc; i++) {
		const char *a = argv[i];
		int taken = gc_option(a, &drv.opt);

		if (taken < 0)
			bad_input("unknown check in %s", a);
		if (taken) {
			if (strncmp(a, "--inventory=", 12) &&
			    strcmp(a, "--fail-on-warning") &&
			    strcmp(a, "--dump-model"))
				cl_args_add(&drv.shared, a);
			continue;
		}
		if (!strcmp(a, "--")) {
			while (++i < argc)
				flag(argv[i]);
		} else if (!strcmp(a, "-p") && i + 1 < argc) {
			drv.db = argv[++i];
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
			drv.prefix = malloc(strlen(a + 20) + 3);
			sprintf(drv.prefix, "%s: ", a + 20);
			drv.opt.prefix = drv.prefix;
		} else if (!strncmp(a, "-fmax-warnings=", 15)) {
			drv.opt.max = strtoul(a + 15, NULL, 0);
		} else if (!strcmp(a, "--help")) {
			fputs(usage, stdout);
			exit(0);
		} else if (!strncmp(a, "--", 2) && !is_sparse_long_option(a)) {
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

	if (drv.db) {
		db = clang_CompilationDatabase_fromDirectory(drv.db, &err);
		if (err != CXCompilationDatabase_NoError) {
			drv.kbuild = 0;
			bad_input("cannot read %s/compile_commands.json", drv.db);
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

			for (unsigned int k = 1; k < n; k++) {
				s[k] = clang_CompileCommand_getArg(c, k);
				argv[k - 1] = clang_getCString(s[k]);
			}
			j.file = strdup(clang_getCString(name));
			j.dir = strdup(clang_getCString(dir));
			cl_args_split(n - 1, argv, j.file, &j.clang, &j.sparse);
			for (unsigned int k = 1; k < n; k++)
				clang_disposeString(s[k]);
			clang_disposeString(dir);
			clang_disposeString(name);
			free(argv);
			free(s);
		}
		cl_args_split(drv.flags.n, (const char *const *)drv.flags.v,
			      NULL, &j.clang, &j.sparse);
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

/* Parse and check one file; 1 when it counts as a failure. */
static int check(struct cl_job *j)
{
	struct cl_args args = { NULL, 0, 0 };
	CXTranslationUnit tu;
	struct gc_unit *u;
	int findings = 0;

	if (access(j->file, R_OK) && (!j->dir || j->file[0] == '/')) {
		bad_input("cannot read %s", j->file);
		return 0;
	}
	clang_args(j, &args);
	if (clang_parseTranslationUnit2(drv.index, j->file,
					(const char *const *)args.v, args.n,
					NULL, 0, CXTranslationUnit_KeepGoing,
					&tu) != CXError_Success) {
		cl_args_free(&args);
		bad_input("clang could not parse %s", j->file);
		return 0;
	}
	cl_args_free(&args);
	if (parse_errors(tu) && !drv.kbuild && !drv.db)
		bad_input("clang could not parse %s", j->file);
	u = cl_build_unit(tu, j->file);
	if (drv.opt.api)
		u->family = drv.family;
	if (drv.opt.dump)
		gc_dump_unit(stdout, u);
	else
		findings = gc_check_unit(u, &drv.opt);
	gc_unit_free(u);
	clang_disposeTranslationUnit(tu);
	return drv.opt.fail && findings;
}

int main(int argc, char **argv)
{
	struct cl_args files = { NULL, 0, 0 };

	drv.jobs = 1;
	drv.opt.max = 100;		/* sparse's default -fmax-warnings */
	options(argc, argv, &files);
	if (drv.opt.api && gc_family_option(drv.opt.api, &drv.family))
		bad_input("unknown API family %s", drv.opt.api);
	if (!files.n && !drv.kbuild)
		bad_input("%s", "no input file (see --help)");
	make_jobs(&files);
	drv.index = clang_createIndex(0, 0);
	if (drv.print)
		return cl_run(print_flags);
	return cl_run(drv.cross ? cl_cross_check : check);
}
