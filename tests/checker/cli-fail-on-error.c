/*
 * release-put-page.c's warning with --fail-on=error: exit 0; then
 * leak-switch.c's error: exit 1.
 * Command line handling only: this file is not checked.
 */

/*
 * check-name: --fail-on=error: a warning passes, an error fails
 * check-command: gupcheck -Iinclude --fail-on=error release-put-page.c && { gupcheck -Iinclude --fail-on=error leak-switch.c; test $? -eq 1; }
 *
 * check-error-start
release-put-page.c:35:25: warning: put_page() on pages from get_user_pages_fast() (line 23; pin_user_pages.rst case 1: a device reaches their data): pin them with pin_user_pages_fast() and release with unpin_user_page() [gup-release]
leak-switch.c:33:22: error: kfree() frees the array of the pages pin_user_pages_fast() pinned at line 19, still pinned on the path through the branch at line 27 [gup-leak]
 * check-error-end
 */
