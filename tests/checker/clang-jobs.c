/*
 * gupcheck-clang -j N: N files at a time, each file's output printed
 * whole and in the order given; the inventory gets every file's records.
 * Command line handling only: this file is not checked.
 */

/*
 * check-name: -j 2: outputs in the order of the files
 * check-frontend: clang
 * check-command: gupcheck -j 2 -Iinclude --inventory=$tmpdir/inv.jsonl release-pages-call.c leak-switch.c release-put-page.c && cut -d, -f1-3 $tmpdir/inv.jsonl | sort
 *
 * check-error-start
release-pages-call.c:25:38: warning: release_pages() on pages from get_user_pages() (line 21; pin_user_pages.rst case 2: kept long-term for a device): pin them with pin_user_pages() and release with unpin_user_pages() [gup-release]
release-pages-call.c:36:22: warning: release_pages() on pages from get_user_pages() (line 21; pin_user_pages.rst case 2: kept long-term for a device): pin them with pin_user_pages() and release with unpin_user_pages() [gup-release]
leak-switch.c:33:22: error: kfree() frees the array of the pages pin_user_pages_fast() pinned at line 19, still pinned on the path through the branch at line 27 [gup-leak]
release-put-page.c:35:25: warning: put_page() on pages from get_user_pages_fast() (line 23; pin_user_pages.rst case 1: a device reaches their data): pin them with pin_user_pages_fast() and release with unpin_user_page() [gup-release]
 * check-error-end
 *
 * check-output-start
{"file":"leak-switch.c","line":19,"col":37
{"file":"release-pages-call.c","line":21,"col":28
{"file":"release-put-page.c","line":23,"col":37
 * check-output-end
 */
