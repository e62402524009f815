/*
 * Command line handling only: this file is not checked.
 */

/*
 * check-name: -Wno-gup- with an unknown check: one line, exit 2
 * check-command: gupcheck -Iinclude -Wno-gup-nosuch $file
 * check-exit-value: 2
 *
 * check-error-start
gupcheck: error: unknown check in -Wno-gup-nosuch
 * check-error-end
 */
