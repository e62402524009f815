/*
 * Command line handling only: this file is not checked.
 */

/*
 * check-name: no input file: one line, exit 2
 * check-command: gupcheck -Iinclude
 * check-exit-value: 2
 *
 * check-error-start
gupcheck: error: no input file (see --help)
 * check-error-end
 */
