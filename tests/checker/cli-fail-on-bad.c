/*
 * Command line handling only: this file is not checked.
 */

/*
 * check-name: --fail-on= with an unknown severity: one line, exit 2
 * check-command: gupcheck -Iinclude --fail-on=fatal $file
 * check-exit-value: 2
 *
 * check-error-start
gupcheck: error: unknown severity in --fail-on=fatal (error, warning or note)
 * check-error-end
 */
