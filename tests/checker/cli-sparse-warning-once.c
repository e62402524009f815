int bar(void);
int bar(void)
{
	return 0;
}

static int baz(void)
{
	return 1;
}

int qux(void) { return baz(); }

/*
 * check-name: sparse's own warnings are printed once, not again by gupcheck
 * check-command: gupcheck -Wdecl $file
 * check-frontend: sparse
 *   sparse only: -Wdecl is sparse's; gupcheck-clang parses with warnings off
 *
 * check-error-start
cli-sparse-warning-once.c:12:5: warning: symbol 'qux' was not declared. Should it be static?
 * check-error-end
 */
