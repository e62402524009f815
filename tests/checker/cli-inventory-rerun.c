/*
 * --inventory=FILE over several runs: each file's records replace those
 * an earlier run left for it (no duplicates, the other file's kept), and
 * a file given by its absolute path is recorded relative to the current
 * directory.
 * Command line handling only: this file is not checked.
 */

/*
 * check-name: --inventory: a file checked again replaces its records
 * check-command: for f in leak-switch-fixed.c $PWD/release-put-page-fixed.c leak-switch-fixed.c; do gupcheck -Iinclude --inventory=$tmpdir/gup.jsonl $f || exit; done; cut -d, -f1-2 $tmpdir/gup.jsonl
 *
 * check-output-start
{"file":"release-put-page-fixed.c","line":22
{"file":"leak-switch-fixed.c","line":18
 * check-output-end
 */
