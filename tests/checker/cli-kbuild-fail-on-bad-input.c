/*
 * Inside Kbuild bad input is a warning; --fail-on-warning makes it fail
 * the build with exit 2.
 * Command line handling only: this file is not checked.
 */

/*
 * check-name: bad input inside Kbuild with --fail-on-warning: exit 2
 * check-command: gupcheck --fail-on-warning -Zfrob -Iinclude -DKBUILD_BASENAME=\"x\" -DKBUILD_MODNAME=\"x\" release-put-page-fixed.c
 * check-exit-value: 2
 *
 * check-error-start
gupcheck: warning: unknown option -Zfrob (see --help)
 * check-error-end
 */
