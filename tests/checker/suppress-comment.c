/*
 * Suppressions in the source: a comment on the finding's line, in the
 * comment just above it, before the function; a comment without a
 * reason still suppresses and is itself reported; a comment for
 * another check does not suppress.
 */
#include "linux-6.1/mm.h"

static int on_line(unsigned long addr, int bad)
{
	struct page *pages[4];
	int n = pin_user_pages_fast(addr, 4, 0, pages);

	if (n < 0)
		return n;
	if (bad)
		return -1; /* gupcheck: ignore gup-leak: the caller unpins */
	unpin_user_pages(pages, n);
	return 0;
}

static int above(unsigned long addr, int bad)
{
	struct page *pages[4];
	int n = pin_user_pages_fast(addr, 4, 0, pages);

	if (n < 0)
		return n;
	if (bad)
		/*
		 * gupcheck: ignore gup-leak
		 */
		return -1;
	unpin_user_pages(pages, n);
	return 0;
}

/* gupcheck: ignore gup-leak: bad is never set here */
static int
before_function(unsigned long addr, int bad)
{
	struct page *pages[4];
	int n = pin_user_pages_fast(addr, 4, 0, pages);

	if (n < 0)
		return n;
	if (bad)
		return -1;
	unpin_user_pages(pages, n);
	return 0;
}

static int other_check(unsigned long addr, int bad)
{
	struct page *pages[4];
	int n = pin_user_pages_fast(addr, 4, 0, pages);

	if (n < 0)
		return n;
	if (bad)
		return -1;	/* gupcheck: ignore gup-partial: not this one */
	unpin_user_pages(pages, n);
	return 0;
}

int suppress_test(unsigned long addr);
int suppress_test(unsigned long addr)
{
	return on_line(addr, 0) + above(addr, 0) + before_function(addr, 0) +
	       other_check(addr, 0);
}

/*
 * check-name: suppression comments on the line, above it, before the function
 * check-command: gupcheck -Iinclude --sarif=$tmpdir/out.sarif $file && ../sarif/validate -s $tmpdir/out.sarif
 *
 * check-error-start
suppress-comment.c:31:20: warning: suppresses gup-leak without a reason: say why after the check's name [gup-suppress]
suppress-comment.c:61:17: error: pages pinned by pin_user_pages_fast() at line 56 are not released on the path through the branch at line 60 [gup-leak]
 * check-error-end
 *
 * check-output-start
run: gupcheck, 11 rules, 5 results
gup-leak, error, suppress-comment.c:17:3, related suppress-comment.c:12:29, path suppress-comment.c:12:29 -> suppress-comment.c:17:3, gupcheck/v1 16 hex, suppressed inSource (the caller unpins)
gup-suppress, warning, suppress-comment.c:31:6, gupcheck/v1 16 hex
gup-leak, error, suppress-comment.c:33:3, related suppress-comment.c:25:29, path suppress-comment.c:25:29 -> suppress-comment.c:33:3, gupcheck/v1 16 hex, suppressed inSource (no reason)
gup-leak, error, suppress-comment.c:48:3, related suppress-comment.c:43:29, path suppress-comment.c:43:29 -> suppress-comment.c:48:3, gupcheck/v1 16 hex, suppressed inSource (bad is never set here)
gup-leak, error, suppress-comment.c:61:3, related suppress-comment.c:56:29, path suppress-comment.c:56:29 -> suppress-comment.c:61:3, gupcheck/v1 16 hex
 * check-output-end
 */
