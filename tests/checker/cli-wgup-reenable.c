/*
 * leak-switch.c's leak, turned off and back on: the last option wins.
 * Command line handling only: this file is not checked.
 */

/*
 * check-name: -Wno-gup-leak then -Wgup-leak: reported
 * check-command: gupcheck -Iinclude -Wno-gup-leak -Wgup-leak leak-switch.c
 *
 * check-error-start
leak-switch.c:34:17: error: pages pinned by pin_user_pages_fast() at line 19 are not released on the path through the branch at line 27 [gup-leak]
 * check-error-end
 */
