/*
 * Command line handling only: this file is not checked.
 */

/*
 * check-name: a missing file outside Kbuild: one line, exit 2
 * check-command: gupcheck -Iinclude no-such-file.c
 * check-exit-value: 2
 *
 * check-error-start
gupcheck: error: cannot read no-such-file.c: No such file or directory
 * check-error-end
 */
