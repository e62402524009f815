/*
 * cli-parse-error.c under gupcheck-clang: clang's errors (as clang
 * words them), then one line from gupcheck, exit 2.
 */
#include "linux-6.1/mm.h"

static int broken(unsigned long addr
{
	return 0;
}

/*
 * check-name: a file clang cannot parse: clang's errors, then exit 2
 * check-command: gupcheck -Iinclude $file
 * check-frontend: clang
 * check-exit-value: 2
 *
 * check-error-start
cli-parse-error-clang.c:8:1: error: expected ')'
cli-parse-error-clang.c:23:4: error: expected function body after function declarator
gupcheck: error: clang could not parse cli-parse-error-clang.c
 * check-error-end
 */
