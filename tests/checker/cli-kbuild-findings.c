/*
 * leak-switch.c's leak, in Kbuild mode (as make C=2 runs it): reported,
 * exit 0.
 * Command line handling only: this file is not checked.
 */

/*
 * check-name: Kbuild argv (CHECKFLAGS + c_flags): findings reported, exit 0
 * check-command: gupcheck -D__linux__ -Dlinux -D__STDC__ -Dunix -D__unix__ -Wbitwise -Wno-return-void -Wno-unknown-attribute --arch=x86_64 -mlittle-endian -m64 -Wp,-MMD,$tmpdir/.x.o.d -nostdinc -Iinclude -D__KERNEL__ -fno-strict-aliasing -O2 -DKBUILD_MODFILE=\"x\" -DKBUILD_BASENAME=\"x\" -DKBUILD_MODNAME=\"x\" leak-switch.c
 *
 * check-error-start
leak-switch.c:33:22: error: kfree() frees the array of the pages pin_user_pages_fast() pinned at line 19, still pinned on the path through the branch at line 27 [gup-leak]
 * check-error-end
 */
