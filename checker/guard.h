/* SPDX-License-Identifier: GPL-2.0 */
/* Running gupcheck on a large stack, with crashes reported (guard.c). */
#ifndef GUARD_H
#define GUARD_H

/* Run main(argc, argv) on a thread with a large stack; return its value. */
int gc_guarded(int (*main)(int argc, char **argv), int argc, char **argv);

/*
 * The file being checked from now on: a crash is reported as an error
 * naming it, ending the process with status 2, or inside Kbuild as a
 * warning with status 0.
 */
void gc_guard_file(const char *file, int kbuild);

#endif
