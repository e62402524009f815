/*
 * Command line handling only: this file is not checked.
 */

/*
 * check-name: --api= with an unknown family: one line, exit 2
 * check-command: gupcheck -Iinclude --api=get_page $file
 * check-exit-value: 2
 *
 * check-error-start
gupcheck: error: unknown API family get_page
 * check-error-end
 */
