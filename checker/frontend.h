/* SPDX-License-Identifier: GPL-2.0 */
/* The sparse front end: a parsed file's functions, lowered (src/lower.h). */
#ifndef FRONTEND_H
#define FRONTEND_H

#include "gup.h"

struct gc_unit *gc_build_unit(const char *file);

#endif
