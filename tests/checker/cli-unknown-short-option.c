/*
 * An option neither sparse nor gcc takes, outside Kbuild.
 * Command line handling only: this file is not checked.
 */

/*
 * check-name: an unknown single-dash option: one line, exit 2
 * check-command: gupcheck -Iinclude -Zfrob $file
 * check-exit-value: 2
 *
 * check-error-start
gupcheck: error: unknown option -Zfrob (see --help)
 * check-error-end
 */
