/*
 * Found by make fuzz: inside Kbuild gupcheck walks a file with sparse
 * errors, where an assignment may have no right operand: telling
 * whether it stores a pin test read the missing operand and gupcheck
 * crashed.
 */
#include "linux-6.1/mm.h"

static int pin_one(unsigned long start, struct page **pages)
{
	int ret = pin_user_pages_fast(start, 1, 0, pages);

	if (ret < 0)
		return ret;
	ret = @;
	return ret;
}

int pin_test(unsigned long start, struct page **pages);
int pin_test(unsigned long start, struct page **pages)
{
	return pin_one(start, pages);
}

/*
 * check-name: an assignment sparse could not parse inside Kbuild: no crash
 * check-frontend: sparse
 *   sparse only: the errors, and a tree with no operand, are sparse's
 * check-command: gupcheck -Iinclude -DKBUILD_BASENAME=\"x\" -DKBUILD_MODNAME=\"x\" $file
 *
 * check-error-start
leak-kbuild-bad-assignment.c:15:13: error: expression expected before '@'
leak-kbuild-bad-assignment.c:15:15: error: Expected ; at end of statement
leak-kbuild-bad-assignment.c:15:15: error: got @
gupcheck: warning: sparse could not parse leak-kbuild-bad-assignment.c
 * check-error-end
 */
