/*
 * --sarif=FILE shared by parallel runs, as make -j does: one valid log,
 * one run, every file's results, none lost; a file checked again
 * replaces its results.
 * Command line handling only: this file is not checked.
 */

/*
 * check-name: --sarif: parallel writers make one valid log with every result
 * check-command: for f in leak-*.c release-*.c double-*.c free-*.c; do gupcheck -Iinclude --sarif=$tmpdir/$f.sarif $f 2>/dev/null; gupcheck -Iinclude --sarif=$tmpdir/all.sarif $f 2>/dev/null & done; wait; gupcheck -Iinclude --sarif=$tmpdir/all.sarif leak-goto-skip.c 2>/dev/null; ../sarif/validate -s $tmpdir/*.c.sarif | grep -v '^run:' | sort > $tmpdir/one; ../sarif/validate -s $tmpdir/all.sarif | grep -v '^run:' | sort | cmp - $tmpdir/one && wc -l < $tmpdir/one | awk '$1 > 15 { print "more than 15 results" }'
 *
 * check-output-start
more than 15 results
 * check-output-end
 */
