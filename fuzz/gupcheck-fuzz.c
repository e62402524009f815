// SPDX-License-Identifier: GPL-2.0
/*
 * libFuzzer harness over gupcheck's front end and core: each input is a
 * C file, parsed by sparse with the checker fixtures' headers, built
 * into the model and checked, as gupcheck does (make fuzz).
 *
 * sparse ends on some bad input with exit() ("unable to open", "constant
 * too big"): that is no crash, so exit() is wrapped (-Wl,--wrap=exit)
 * and returns to the harness.  Each input is checked on a thread with a
 * large stack, as gupcheck does, so that deep nesting is no crash either.
 */
#include <pthread.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>
#include "lib.h"
#include "frontend.h"
#include "report.h"

#define STACK_SIZE	(256UL << 20)

static char path[] = "/tmp/gupcheck-fuzz-XXXXXX.c";
static jmp_buf done;
static int checking;
static struct gc_unit *unit;

void __real_exit(int status) __attribute__((noreturn));

void __wrap_exit(int status)
{
	if (checking)
		longjmp(done, 1);
	__real_exit(status);
}

static void remove_input(void)
{
	unlink(path);
}

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
	static char *args[] = {
		"gupcheck", "-I" FUZZ_INCLUDE, "-fmax-warnings=0",
		"-fmax-errors=0", NULL,
	};
	struct string_list *files = NULL;
	int fd = mkstemps(path, 2);

	if (fd < 0) {
		perror("gupcheck-fuzz: mkstemps");
		exit(1);
	}
	close(fd);
	atexit(remove_input);
	sparse_initialize(4, args, &files);
	return 0;
}

static void *check(void *unused)
{
	static const struct gc_options opt = { .max = 0, .tabstop = 8 };

	checking = 1;
	if (!setjmp(done)) {
		has_error = 0;
		sparse(path);
		unit = gc_build_unit(path);
		gc_check_unit(unit, &opt);
	}
	checking = 0;
	gc_unit_free(unit);	/* the unit's arena, however far it got */
	return NULL;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	FILE *f = fopen(path, "w");
	pthread_attr_t attr;
	pthread_t thread;

	if (!f || fwrite(data, 1, size, f) != size || fclose(f)) {
		perror("gupcheck-fuzz: writing the input");
		__real_exit(1);
	}
	pthread_attr_init(&attr);
	pthread_attr_setstacksize(&attr, STACK_SIZE);
	if (pthread_create(&thread, &attr, check, NULL))
		check(NULL);
	else
		pthread_join(thread, NULL);
	pthread_attr_destroy(&attr);
	return 0;
}
