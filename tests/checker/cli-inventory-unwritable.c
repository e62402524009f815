/*
 * Command line handling only: this file is not checked.
 */

/*
 * check-name: --inventory into a missing directory or onto a directory: one line, exit 2
 * check-command: gupcheck -Iinclude --inventory=include $file; echo $?; gupcheck -Iinclude --inventory=no-such-dir/gup.jsonl $file
 * check-exit-value: 2
 *
 * check-error-start
gupcheck: error: cannot write --inventory=include: Is a directory
gupcheck: error: cannot write --inventory=no-such-dir/gup.jsonl: No such file or directory
 * check-error-end
 *
 * check-output-start
2
 * check-output-end
 */
