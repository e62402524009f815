/*
 * Command line handling only: this file is not checked.
 */

/*
 * check-name: a bad number in -fmax-warnings=: one line, exit 2
 * check-command: gupcheck -Iinclude -fmax-warnings=lots $file
 * check-exit-value: 2
 *
 * check-error-start
gupcheck: error: -fmax-warnings=lots: not a number
 * check-error-end
 */
