/*
 * leak-switch.c's leak, with the check turned off on the command line.
 * Command line handling only: this file is not checked.
 */

/*
 * check-name: -Wno-gup-leak silences the leak
 * check-command: gupcheck -Iinclude -Wno-gup-leak leak-switch.c
 */
