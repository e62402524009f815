/*
 * Command line handling only: this file is not checked.
 */

/*
 * check-name: a missing file inside Kbuild: a warning, exit 0
 * check-command: gupcheck -Iinclude -DKBUILD_BASENAME=\"x\" -DKBUILD_MODNAME=\"x\" no-such-file.c
 * check-exit-value: 0
 *
 * check-error-start
gupcheck: warning: cannot read no-such-file.c: No such file or directory
 * check-error-end
 */
