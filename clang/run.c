// SPDX-License-Identifier: GPL-2.0
/*
 * Running the jobs: one after the other, or -j N at a time in child
 * processes whose output (stdout, stderr, inventory records) is kept in
 * temporary files and passed on whole, in the order the files were given.
 */
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <sys/wait.h>
#include "driver.h"

struct child {
	pid_t pid;
	FILE *out, *err;
	char inventory[64];
	int status;		/* exit status, -1 while it runs */
};

static void pass_on(FILE *from, FILE *to)
{
	char buf[8192];
	size_t n;

	rewind(from);
	while ((n = fread(buf, 1, sizeof(buf), from)))
		fwrite(buf, 1, n, to);
	fclose(from);
}

static void finish(struct child *c)
{
	FILE *inv;

	fflush(stdout);
	pass_on(c->out, stdout);
	fflush(stdout);
	pass_on(c->err, stderr);
	inv = drv.opt.inventory ? fopen(c->inventory, "r") : NULL;
	if (inv) {
		FILE *to = fopen(drv.opt.inventory, "a");

		if (to) {
			pass_on(inv, to);
			fclose(to);
		} else {
			fclose(inv);
		}
	}
	unlink(c->inventory);
}

static void start(struct child *c, struct cl_job *j, int (*fn)(struct cl_job *))
{
	int fd;

	c->out = tmpfile();
	c->err = tmpfile();
	strcpy(c->inventory, "/tmp/gupcheck-clang.XXXXXX");
	fd = mkstemp(c->inventory);
	if (!c->out || !c->err || fd < 0) {
		perror("gupcheck-clang: temporary file");
		exit(2);
	}
	close(fd);
	c->status = -1;
	fflush(NULL);
	c->pid = fork();
	if (c->pid < 0) {
		perror("gupcheck-clang: fork");
		exit(2);
	}
	if (!c->pid) {
		dup2(fileno(c->out), 1);
		dup2(fileno(c->err), 2);
		if (drv.opt.inventory)
			drv.opt.inventory = c->inventory;
		exit(fn(j));
	}
}

int cl_run(int (*fn)(struct cl_job *j))
{
	struct child *c;
	int status = 0, next = 0, done = 0, running = 0;

	if (drv.jobs <= 1 || drv.njobs <= 1) {
		for (int i = 0; i < drv.njobs; i++)
			status |= fn(&drv.job[i]);
		return status;
	}
	c = calloc(drv.njobs, sizeof(*c));
	while (done < drv.njobs) {
		int st;
		pid_t pid;

		while (running < drv.jobs && next < drv.njobs) {
			start(&c[next], &drv.job[next], fn);
			next++;
			running++;
		}
		pid = wait(&st);
		for (int i = 0; i < next; i++)
			if (c[i].pid == pid && c[i].status < 0) {
				c[i].status = WIFEXITED(st) ? WEXITSTATUS(st) : 2;
				if (WIFSIGNALED(st))
					fprintf(c[i].err, "gupcheck-clang: %s: killed by signal %d\n",
						drv.job[i].file, WTERMSIG(st));
				running--;
			}
		while (done < next && c[done].status >= 0) {
			finish(&c[done]);
			if (c[done].status > status)
				status = c[done].status;
			done++;
		}
	}
	free(c);
	return status;
}
