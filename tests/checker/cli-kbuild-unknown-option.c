/*
 * Unknown options inside Kbuild: CF= puts them before c_flags, so before
 * -DKBUILD_MODNAME=.  A warning each, the file is still checked, exit 0.
 * Command line handling only: this file is not checked.
 */

/*
 * check-name: unknown options inside Kbuild: warnings, findings, exit 0
 * check-command: gupcheck -D__linux__ -Wbitwise --frobnicate -Zfrob --fail-on=never --arch=x86_64 -m64 -nostdinc -Iinclude -D__KERNEL__ -DKBUILD_BASENAME=\"x\" -DKBUILD_MODNAME=\"x\" leak-switch.c
 *
 * check-error-start
gupcheck: warning: unknown option --frobnicate (see --help)
gupcheck: warning: unknown option -Zfrob (see --help)
gupcheck: warning: unknown severity in --fail-on=never (error, warning or note)
leak-switch.c:33:22: error: kfree() frees the array of the pages pin_user_pages_fast() pinned at line 19, still pinned on the path through the branch at line 27 [gup-leak]
 * check-error-end
 */
