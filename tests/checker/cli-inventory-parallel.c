/*
 * --inventory=FILE shared by parallel runs, as make -j does: every
 * file's records, whole, none lost.
 * Command line handling only: this file is not checked.
 */

/*
 * check-name: --inventory: parallel writers lose no record and tear no line
 * check-command: for f in leak-*.c release-*.c partial-*.c pattern-*.c; do gupcheck -Iinclude --inventory=$tmpdir/$f.jsonl $f 2>/dev/null; gupcheck -Iinclude --inventory=$tmpdir/all.jsonl $f 2>/dev/null & done; wait; cat $tmpdir/*.c.jsonl | sort > $tmpdir/one; sort $tmpdir/all.jsonl | cmp - $tmpdir/one && wc -l < $tmpdir/one | awk '$1 > 40 { print "more than 40 sites" }'
 *
 * check-output-start
more than 40 sites
 * check-output-end
 */
