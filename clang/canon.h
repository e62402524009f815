/* SPDX-License-Identifier: GPL-2.0 */
/* --dump-model output reduced to what the analysis sees (canon.c). */
#ifndef CLANG_CANON_H
#define CLANG_CANON_H

#include <stdio.h>

void cl_canonical(FILE *in, FILE *out);

#endif
