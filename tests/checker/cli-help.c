/*
 * --help documents the exit status, on stdout, exit 0.
 * Command line handling only: this file is not checked.
 */

/*
 * check-name: --help documents the exit status
 * check-command: gupcheck --help | sed -n '/^exit status:/,$p'
 *
 * check-output-start
exit status:
  0  nothing reported at the --fail-on severity
  1  a finding at the --fail-on severity, or an error with -Wsparse-error
  2  bad input: a missing, unreadable or unparsable file, a directory,
     an unknown option or value, an inventory or SARIF log that cannot
     be written, a baseline or suppression list that cannot be read
Inside Kbuild (-DKBUILD_MODNAME= in the arguments) bad input is a
warning and exits 0, or 2 with --fail-on=warning or note.
 * check-output-end
 */
