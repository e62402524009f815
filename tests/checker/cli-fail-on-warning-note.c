/*
 * no-dirty.c's note with --fail-on-warning: notes do not fail, exit 0.
 * Command line handling only: this file is not checked.
 */

/*
 * check-name: --fail-on-warning does not fail on a note
 * check-command: gupcheck -Iinclude --fail-on-warning no-dirty.c
 *
 * check-error-start
no-dirty.c:24:25: note: pages pin_user_pages_fast() pinned for writing (line 18) are released without being marked dirty: use unpin_user_pages_dirty_lock(..., true) or set_page_dirty_lock() [gup-no-dirty]
 * check-error-end
 */
