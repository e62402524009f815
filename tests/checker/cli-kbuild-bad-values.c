/*
 * Bad option values inside Kbuild: a warning each, and the defaults
 * instead (the API family the headers declare, no inventory).
 * Command line handling only: this file is not checked.
 */

/*
 * check-name: bad option values inside Kbuild: warnings, defaults, exit 0
 * check-command: gupcheck --api=get_page --inventory= -Iinclude -DKBUILD_BASENAME=\"x\" -DKBUILD_MODNAME=\"x\" release-put-page.c
 *
 * check-error-start
gupcheck: warning: --inventory= needs a file name
gupcheck: warning: unknown API family get_page
release-put-page.c:35:25: warning: put_page() on pages from get_user_pages_fast() (line 23; pin_user_pages.rst case 1: a device reaches their data): pin them with pin_user_pages_fast() and release with unpin_user_page() [gup-release]
 * check-error-end
 */
