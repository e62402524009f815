/*
 * An inventory that cannot be written inside Kbuild: a warning for every
 * file, which is still checked, exit 0.
 * Command line handling only: this file is not checked.
 */

/*
 * check-name: --inventory unwritable inside Kbuild: a warning, findings, exit 0
 * check-command: gupcheck -Iinclude -DKBUILD_BASENAME=\"x\" -DKBUILD_MODNAME=\"x\" --inventory=no-such-dir/gup.jsonl leak-switch.c
 *
 * check-error-start
gupcheck: warning: cannot write --inventory=no-such-dir/gup.jsonl: No such file or directory
leak-switch.c:33:22: error: kfree() frees the array of the pages pin_user_pages_fast() pinned at line 19, still pinned on the path through the branch at line 27 [gup-leak]
 * check-error-end
 */
