/*
 * Command line handling only: this file is not checked.
 */

/*
 * check-name: an unknown option: one line, exit 2
 * check-command: gupcheck -Iinclude --frobnicate $file
 * check-exit-value: 2
 *
 * check-error-start
gupcheck: error: unknown option --frobnicate (see --help)
 * check-error-end
 */
