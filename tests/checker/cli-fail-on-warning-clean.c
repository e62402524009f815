/*
 * Clean code (release-put-page-fixed.c) with --fail-on-warning: exit 0.
 * Command line handling only: this file is not checked.
 */

/*
 * check-name: --fail-on-warning on clean code exits 0
 * check-command: gupcheck -Iinclude --fail-on-warning release-put-page-fixed.c
 */
