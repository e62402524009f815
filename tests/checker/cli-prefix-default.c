/*
 * -fdiagnostic-prefix without a name on release-pages-call.c: the default
 * prefix, which names the tool that speaks (sparse says "sparse:",
 * gupcheck "gupcheck:").
 * Command line handling only: this file is not checked.
 */

/*
 * check-name: -fdiagnostic-prefix alone: the default prefix names the tool, gupcheck
 * check-command: gupcheck -Iinclude -fdiagnostic-prefix release-pages-call.c
 *
 * check-error-start
release-pages-call.c:25:38: gupcheck: warning: release_pages() on pages from get_user_pages() (line 21; pin_user_pages.rst case 2: kept long-term for a device): pin them with pin_user_pages() and release with unpin_user_pages() [gup-release]
release-pages-call.c:36:22: gupcheck: warning: release_pages() on pages from get_user_pages() (line 21; pin_user_pages.rst case 2: kept long-term for a device): pin them with pin_user_pages() and release with unpin_user_pages() [gup-release]
 * check-error-end
 */
