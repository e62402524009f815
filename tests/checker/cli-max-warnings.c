/*
 * release-pages-call.c's two warnings with -fmax-warnings=1: the first
 * one only, as sparse does.
 * Command line handling only: this file is not checked.
 */

/*
 * check-name: -fmax-warnings=1 prints the first finding only
 * check-command: gupcheck -Iinclude -fmax-warnings=1 release-pages-call.c
 *
 * check-error-start
release-pages-call.c:25:38: warning: release_pages() on pages from get_user_pages() (line 21; pin_user_pages.rst case 2: kept long-term for a device): pin them with pin_user_pages() and release with unpin_user_pages() [gup-release]
 * check-error-end
 */
