/*
 * no-dirty.c's note with --fail-on=note: exit 1.
 * Command line handling only: this file is not checked.
 */

/*
 * check-name: --fail-on=note fails on a note
 * check-command: gupcheck -Iinclude --fail-on=note no-dirty.c
 * check-exit-value: 1
 *
 * check-error-start
no-dirty.c:24:25: note: pages pin_user_pages_fast() pinned for writing (line 18) are released without being marked dirty: use unpin_user_pages_dirty_lock(..., true) or set_page_dirty_lock() [gup-no-dirty]
 * check-error-end
 */
