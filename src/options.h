/* SPDX-License-Identifier: GPL-2.0 */
/* The options every front end's driver takes (see gupcheck --help). */
#ifndef OPTIONS_H
#define OPTIONS_H

#include "report.h"

/*
 * Take arg if it is one of the shared options: 1 when taken, 0 when
 * not, -1 when it names no check (-Wno-gup-nosuch).
 */
int gc_option(const char *arg, struct gc_options *opt);

/* The family --api= names; -1 when none. */
int gc_family_option(const char *api, enum gup_family *family);

#endif
