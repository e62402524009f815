/*
 * Command line handling only: this file is not checked.
 */

/*
 * check-name: a directory as input: one line, exit 2
 * check-command: gupcheck -Iinclude include
 * check-exit-value: 2
 *
 * check-error-start
gupcheck: error: include is a directory
 * check-error-end
 */
