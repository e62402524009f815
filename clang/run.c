// SPDX-License-Identifier: GPL-2.0
/*
 * Running the jobs: one after the other, or -j N at a time in child
 * processes whose output is kept in temporary files and passed on whole,
 * in the order the files were given.  Inventory records go straight to
 * the file (gc_inventory_write() locks it).
 */
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <sys/wait.h>
#include "driver.h"

struct child {
	pid_t pid;
	FILE *out, *err;
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
	fflush(stdout);
	pass_on(c->out, stdout);
	fflush(stdout);
	pass_on(c->err, stderr);
}

static void start(struct child *c, struct cl_job *j, int (*fn)(struct cl_job *))
{
	int status;

	c->out = tmpfile();
	c->err = tmpfile();
	if (!c->out || !c->err) {
		perror("gupcheck-clang: temporary file");
		exit(2);
	}
	c->status = -1;
	fflush(NULL);
	c->pid = fork();
	if (c->pid < 0) {
		perror("gupcheck-clang: fork");
		exit(2);
	}
	if (!c->pid) {
		/*
		 * A child of a threaded process ends with _exit(): what it
		 * wrote is flushed or committed, and the parent's exit
		 * handlers (and a sanitizer's leak check) are not its own.
		 */
		dup2(fileno(c->out), 1);
		dup2(fileno(c->err), 2);
		status = fn(j);
		fflush(NULL);
		_exit(status);
	}
}

int cl_run(int (*fn)(struct cl_job *j))
{
	static struct child *c;	/* still known when a child exits */
	int status = 0, next = 0, done = 0, running = 0;

	if (drv.jobs <= 1 || drv.njobs <= 1) {
		for (int i = 0; i < drv.njobs; i++) {
			int st = fn(&drv.job[i]);

			status = st > status ? st : status;
		}
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
