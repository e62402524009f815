/*
 * gupcheck-clang -j N: N files at a time, each file's output printed
 * whole and in the order given, the inventory too.
 * Command line handling only: this file is not checked.
 */

/*
 * check-name: -j 2: outputs in the order of the files
 * check-frontend: clang
 * check-command: gupcheck -j 2 -Iinclude --inventory=$tmpdir/inv.jsonl release-pages-call.c leak-switch.c release-put-page.c && cut -d, -f1-3 $tmpdir/inv.jsonl
 *
 * check-error-start
release-pages-call.c:25:38: warning: release_pages() on pages from get_user_pages() (line 21): pin them with pin_user_pages() and release with unpin_user_pages() [gup-release]
release-pages-call.c:36:22: warning: release_pages() on pages from get_user_pages() (line 21): pin them with pin_user_pages() and release with unpin_user_pages() [gup-release]
leak-switch.c:34:17: error: pages pinned by pin_user_pages_fast() at line 19 are not released on this path [gup-leak]
release-put-page.c:32:25: warning: put_page() on pages from get_user_pages_fast() (line 23): pin them with pin_user_pages_fast() and release with unpin_user_page() [gup-release]
 * check-error-end
 *
 * check-output-start
{"file":"release-pages-call.c","line":21,"col":28
{"file":"leak-switch.c","line":19,"col":37
{"file":"release-put-page.c","line":23,"col":37
 * check-output-end
 */
