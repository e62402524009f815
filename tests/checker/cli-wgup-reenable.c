/*
 * leak-switch.c's leak, turned off and back on: the last option wins.
 * Command line handling only: this file is not checked.
 */

/*
 * check-name: -Wno-gup-leak then -Wgup-leak: reported
 * check-command: gupcheck -Iinclude -Wno-gup-leak -Wgup-leak leak-switch.c
 *
 * check-error-start
leak-switch.c:33:22: error: kfree() frees the array of the pages pin_user_pages_fast() pinned at line 19, still pinned on the path through the branch at line 27 [gup-leak]
 * check-error-end
 */
