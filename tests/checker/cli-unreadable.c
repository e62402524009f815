/*
 * A file that cannot be opened for another reason than a missing file
 * (a symlink loop: a mode 000 file is readable when the tests run as
 * root).  Command line handling only: this file is not checked.
 */

/*
 * check-name: a file that cannot be opened: one line with the reason, exit 2
 * check-command: ln -s loop.c $tmpdir/loop.c && cd $tmpdir && gupcheck loop.c
 * check-exit-value: 2
 *
 * check-error-start
gupcheck: error: cannot read loop.c: Too many levels of symbolic links
 * check-error-end
 */
