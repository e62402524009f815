/*
 * A --suppress list line without a known check is bad input, named by
 * its line; so is a missing list or baseline.
 * Command line handling only: this file is not checked.
 */

/*
 * check-name: --suppress and --baseline: bad or missing files
 * check-command: printf '# comment\nfoo gup-laek typo\n' > $tmpdir/list; cd $tmpdir; gupcheck --suppress=list x.c; echo "exit $?"; gupcheck --suppress=none x.c; echo "exit $?"; gupcheck --baseline=none x.c; echo "exit $?"; gupcheck --baseline=. x.c; echo "exit $?"; gupcheck --sarif= x.c; echo "exit $?"
 *
 * check-error-start
gupcheck: error: list:2: not a suppression (WHERE CHECK REASON)
gupcheck: error: cannot read --suppress=none: No such file or directory
gupcheck: error: cannot read --baseline=none: No such file or directory
gupcheck: error: cannot read --baseline=.: Is a directory
gupcheck: error: --sarif= needs a file name
 * check-error-end
 *
 * check-output-start
exit 2
exit 2
exit 2
exit 2
exit 2
 * check-output-end
 */
