/*
 * --inventory=FILE inside Kbuild records paths relative to $srctree, the
 * tree Kbuild exports, whatever the file's path on the command line;
 * a file that no longer has GUP calls drops its records.
 * Command line handling only: this file is not checked.
 */

/*
 * check-name: --inventory: paths relative to $srctree; records dropped with the calls
 * check-command: cp leak-switch-fixed.c $tmpdir/gup.c && cd $tmpdir && srctree=$(dirname $tmpdir) gupcheck -I$OLDPWD/include -DKBUILD_MODNAME=\"x\" --inventory=gup.jsonl $tmpdir/gup.c && sed "s/^{\"file\":\"$(basename $tmpdir)\//{\"file\":\"TMPDIR\//" gup.jsonl | cut -d, -f1-2 && echo '#include "linux-6.1/mm.h"' > gup.c && srctree=$(dirname $tmpdir) gupcheck -I$OLDPWD/include -DKBUILD_MODNAME=\"x\" --inventory=gup.jsonl $tmpdir/gup.c && wc -c < gup.jsonl
 *
 * check-output-start
{"file":"TMPDIR/gup.c","line":18
0
 * check-output-end
 */
