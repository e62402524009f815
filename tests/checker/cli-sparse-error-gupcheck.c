/*
 * -Wsparse-error with only gupcheck's warning (release-put-page.c):
 * printed as an error, exit 1, as sparse does with its own.
 * Command line handling only: this file is not checked.
 */

/*
 * check-name: -Wsparse-error: gupcheck's warnings become errors, exit 1
 * check-command: gupcheck -Wsparse-error -Iinclude release-put-page.c
 * check-exit-value: 1
 *
 * check-error-start
release-put-page.c:35:25: error: put_page() on pages from get_user_pages_fast() (line 23; pin_user_pages.rst case 1: a device reaches their data): pin them with pin_user_pages_fast() and release with unpin_user_page() [gup-release]
 * check-error-end
 */
