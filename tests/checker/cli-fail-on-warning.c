/*
 * leak-switch.c's leak, with --fail-on-warning: exit 1.
 * Command line handling only: this file is not checked.
 */

/*
 * check-name: --fail-on-warning exits 1 on a finding
 * check-command: gupcheck -Iinclude --fail-on-warning leak-switch.c
 * check-exit-value: 1
 *
 * check-error-start
leak-switch.c:33:22: error: kfree() frees the array of the pages pin_user_pages_fast() pinned at line 19, still pinned on the path through the branch at line 27 [gup-leak]
 * check-error-end
 */
