// SPDX-License-Identifier: GPL-2.0
/*
 * --cross-check: both front ends on one file, each as a subprocess run
 * twice (--dump-model, then the checks), and `diff -u` of what differs:
 * the lowered models, and the findings (stderr lines ending in a check
 * name).  A cheap way to find lowering bugs on real code.
 *
 * The sparse front end is $GUPCHECK, else the gupcheck next to this
 * binary, given the compile command's flags and, for a database entry,
 * the CHECKFLAGS Kbuild gives a checker.
 */
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <fcntl.h>
#include <sys/wait.h>
#include "canon.h"
#include "driver.h"

static const char *const checkflags[] = {
	"-D__linux__", "-Dlinux", "-D__STDC__", "-Dunix", "-D__unix__",
	"-Wno-unknown-attribute", "--arch=x86_64", "-mlittle-endian", "-m64",
};

static const char *binary(const char *name, char *buf, size_t size)
{
	ssize_t n = readlink("/proc/self/exe", buf, size - 1);
	char *slash;

	if (!strcmp(name, "gupcheck") && getenv("GUPCHECK"))
		return getenv("GUPCHECK");
	if (n <= 0)
		return name;
	buf[n] = 0;
	slash = strrchr(buf, '/');
	snprintf(slash + 1, size - (slash + 1 - buf), "%s", name);
	return buf;
}

/* Run argv in dir with stdout to out and stderr to err; 0 when it ran. */
static int run(char **argv, const char *dir, FILE *out, FILE *err)
{
	int status;
	pid_t pid;

	fflush(NULL);
	pid = fork();
	if (pid < 0)
		return -1;
	if (!pid) {
		dup2(fileno(out), 1);
		dup2(fileno(err), 2);
		if (dir && chdir(dir))
			_exit(127);
		execv(argv[0], argv);
		_exit(127);
	}
	if (waitpid(pid, &status, 0) < 0 || !WIFEXITED(status) ||
	    WEXITSTATUS(status) == 127)
		return -1;
	return 0;
}

/* Its command line, with --dump-model or not. */
static void command(struct cl_args *a, struct cl_job *j, int sparse, int dump)
{
	char buf[PATH_MAX];
	struct cl_args *flags = sparse ? &j->sparse : &j->clang;

	cl_args_add(a, binary(sparse ? "gupcheck" : "gupcheck-clang", buf,
			      sizeof(buf)));
	for (int i = 0; i < drv.shared.n; i++)
		cl_args_add(a, drv.shared.v[i]);
	if (dump)
		cl_args_add(a, "--dump-model");
	for (int i = 0; sparse && j->dir &&
	     i < (int)(sizeof(checkflags) / sizeof(*checkflags)); i++)
		cl_args_add(a, checkflags[i]);
	for (int i = 0; sparse && i < flags->n; i++)
		cl_args_add(a, flags->v[i]);
	cl_args_add(a, j->file);
	if (!sparse) {
		cl_args_add(a, "--");
		for (int i = 0; i < flags->n; i++)
			cl_args_add(a, flags->v[i]);
	}
}

/* What a run printed: its model reduced (canon.c), or its findings. */
static FILE *output(struct cl_job *j, int sparse, int dump)
{
	struct cl_args a = { NULL, 0, 0 };
	FILE *out = tmpfile(), *err = tmpfile(), *keep = tmpfile();
	FILE *printed = dump ? out : err;
	char line[4096];

	command(&a, j, sparse, dump);
	if (!out || !err || !keep || run(a.v, j->dir, out, err)) {
		fprintf(stderr, "gupcheck-clang: cannot run %s\n", a.v[0]);
		exit(2);
	}
	cl_args_free(&a);
	rewind(printed);
	if (dump)
		cl_canonical(printed, keep);
	while (!dump && fgets(line, sizeof(line), printed))
		if (strstr(line, " [gup-"))	/* a finding */
			fputs(line, keep);
	fclose(out);
	fclose(err);
	return keep;
}

/* diff -u of the two outputs; 1 when they differ. */
static int differ(FILE *sparse, FILE *clang, const char *what)
{
	struct cl_args a = { NULL, 0, 0 };
	char buf[64];
	FILE *out = tmpfile();
	int differs, c;

	fflush(sparse);
	fflush(clang);
	cl_args_add(&a, "/usr/bin/diff");
	cl_args_add(&a, "-u");
	snprintf(buf, sizeof(buf), "--label=gupcheck %s", what);
	cl_args_add(&a, buf);
	snprintf(buf, sizeof(buf), "--label=gupcheck-clang %s", what);
	cl_args_add(&a, buf);
	snprintf(buf, sizeof(buf), "/dev/fd/%d", fileno(sparse));
	cl_args_add(&a, buf);
	snprintf(buf, sizeof(buf), "/dev/fd/%d", fileno(clang));
	cl_args_add(&a, buf);
	differs = !out || run(a.v, NULL, out, stderr);
	cl_args_free(&a);
	rewind(out);
	while ((c = fgetc(out)) != EOF) {
		putchar(c);
		differs = 1;
	}
	fclose(out);
	fclose(sparse);
	fclose(clang);
	return differs;
}

int cl_cross_check(struct cl_job *j)
{
	int models = differ(output(j, 1, 1), output(j, 0, 1), "model");
	int findings = differ(output(j, 1, 0), output(j, 0, 0), "findings");

	printf("%s: %s model, %s findings\n", j->file,
	       models ? "different" : "same", findings ? "different" : "same");
	return models || findings;
}
