/* SPDX-License-Identifier: GPL-2.0 */
/* The sparse front end: AST to model, and source text of arguments. */
#ifndef FRONTEND_H
#define FRONTEND_H

#include "gup.h"

struct position;

struct gc_unit *gc_build_unit(const char *file);
void gc_site_texts(struct gc_site *s, struct position pos, const char *name,
		   int pages, int count, int flags);

#endif
