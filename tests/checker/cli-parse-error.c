/*
 * A file sparse cannot parse, outside Kbuild: sparse says why, then
 * one line from gupcheck, exit 2.
 */
#include "linux-6.1/mm.h"

static int broken(unsigned long addr
{
	return 0;
}

/*
 * check-name: a file sparse cannot parse: sparse's error, then exit 2
 * check-command: gupcheck -Iinclude $file
 * check-frontend: sparse
 *   sparse only: the errors are sparse's (cli-parse-error-clang.c has clang's)
 * check-exit-value: 2
 *
 * check-error-start
cli-parse-error.c:8:1: error: Expected ) in function declarator
cli-parse-error.c:8:1: error: got {
cli-parse-error.c:10:1: error: Expected ; at the end of type declaration
cli-parse-error.c:10:1: error: got }
gupcheck: error: sparse could not parse cli-parse-error.c
 * check-error-end
 */
