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
leak-switch.c:34:17: error: pages pinned by pin_user_pages_fast() at line 19 are not released on the path through the branch at line 27 [gup-leak]
 * check-error-end
 */
