/*
 * gupcheck-clang -j N --sarif=FILE: the N children share FILE as the
 * gupcheck processes of a Kbuild run do, and one process checking every
 * file writes the same: one valid log, every file's results, none lost.
 * Command line handling only: this file is not checked.
 */

/*
 * check-name: -j 4 --sarif: one valid log with every file's results
 * check-frontend: clang
 * check-command: set -- leak-[!k]*.c release-*.c double-*.c free-*.c; for f; do gupcheck -Iinclude --sarif=$tmpdir/$f.sarif $f 2>/dev/null; done; gupcheck -Iinclude --sarif=$tmpdir/seq.sarif "$@" 2>/dev/null; gupcheck -j 4 -Iinclude --sarif=$tmpdir/par.sarif "$@" 2>/dev/null; ../sarif/validate -s $tmpdir/*.c.sarif | grep -v '^run:' | sort > $tmpdir/one; for s in seq par; do ../sarif/validate -s $tmpdir/$s.sarif | grep -v '^run:' | sort | cmp - $tmpdir/one || echo "$s differs"; done; wc -l < $tmpdir/one | awk '$1 > 15 { print "more than 15 results" }'
 *
 * check-output-start
more than 15 results
 * check-output-end
 */
