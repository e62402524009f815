// SPDX-License-Identifier: GPL-2.0
/*
 * gupcheck runs on a guarded thread.  sparse's parser and evaluator
 * recurse once per nesting level (10,000 nested parentheses overflow the
 * default 8 MB stack), so the work runs on a thread with a large stack,
 * and a crash that still happens (an overflow, or a bug in sparse) is
 * reported as one line naming the file being checked; the process then
 * ends with the status its mode asks for: a kernel build must neither
 * lose a file silently nor stop on it.
 */
#define _GNU_SOURCE		/* pthread_getattr_np() */
#include <pthread.h>
#include <signal.h>
#include <stdint.h>
#include <string.h>
#include <unistd.h>
#include "guard.h"

#define STACK_SIZE	(256UL << 20)
#define GUARD_ZONE	(64UL << 10)	/* faults this close to the stack */

static struct {
	int (*main)(int argc, char **argv);
	int argc;
	char **argv;
	int status;		/* the exit status */
	char message[2][600];	/* for an overflow, for another crash */
	uintptr_t stack_lo, stack_hi;
} guard = {
	.status = 2,
	.message = {
		"gupcheck: error: out of stack\n",
		"gupcheck: error: crashed\n",
	},
};

static void put(char *buf, const char *s)
{
	strncat(buf, s, sizeof(guard.message[0]) - strlen(buf) - 1);
}

void gc_guard_file(const char *file, int kbuild)
{
	static const char *const what[] = {
		"nesting too deep: gupcheck ran out of stack and did not check this file",
		"gupcheck crashed (a bug in sparse or gupcheck) and did not check this file",
	};

	guard.status = kbuild ? 0 : 2;
	for (int i = 0; i < 2; i++) {
		guard.message[i][0] = 0;
		put(guard.message[i], file);
		put(guard.message[i], kbuild ? ": warning: " : ": error: ");
		put(guard.message[i], what[i]);
		put(guard.message[i], "\n");
	}
}

static void crashed(int sig, siginfo_t *info, void *ctx)
{
	uintptr_t addr = (uintptr_t)info->si_addr;
	int overflow = sig == SIGSEGV && guard.stack_lo &&
		       addr < guard.stack_hi &&
		       addr + GUARD_ZONE >= guard.stack_lo;
	const char *msg = guard.message[!overflow];

	if (write(STDERR_FILENO, msg, strlen(msg)) < 0)
		_exit(guard.status);
	_exit(guard.status);
}

static void *run(void *status)
{
	static char alt[64 << 10];
	stack_t ss = { .ss_sp = alt, .ss_size = sizeof(alt) }, old;
	struct sigaction sa = { .sa_sigaction = crashed,
				.sa_flags = SA_SIGINFO | SA_ONSTACK };
	pthread_attr_t attr;
	size_t size;
	void *lo;

	if (!pthread_getattr_np(pthread_self(), &attr)) {
		if (!pthread_attr_getstack(&attr, &lo, &size)) {
			guard.stack_lo = (uintptr_t)lo;
			guard.stack_hi = (uintptr_t)lo + size;
		}
		pthread_attr_destroy(&attr);
	}
	sigaltstack(&ss, &old);
	sigaction(SIGSEGV, &sa, NULL);
	sigaction(SIGBUS, &sa, NULL);
	sigaction(SIGFPE, &sa, NULL);
	*(int *)status = guard.main(guard.argc, guard.argv);
	sigaltstack(&old, NULL);	/* a sanitizer's, which it unmaps */
	return NULL;
}

int gc_guarded(int (*main)(int argc, char **argv), int argc, char **argv)
{
	pthread_attr_t attr;
	pthread_t thread;
	int status = 0;

	guard.main = main;
	guard.argc = argc;
	guard.argv = argv;
	if (pthread_attr_init(&attr) ||
	    pthread_attr_setstacksize(&attr, STACK_SIZE) ||
	    pthread_create(&thread, &attr, run, &status))
		run(&status);	/* no big stack: still the report */
	else
		pthread_join(thread, NULL);
	pthread_attr_destroy(&attr);
	return status;
}
