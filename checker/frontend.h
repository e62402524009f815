/* SPDX-License-Identifier: GPL-2.0 */
/* The sparse front end: AST to model, and source text of arguments. */
#ifndef FRONTEND_H
#define FRONTEND_H

#include "gup.h"

struct symbol_list;
struct position;

struct gc_unit *gc_build_unit(struct symbol_list *syms, const char *file);
void gc_site_texts(struct gc_site *s, struct position pos, const char *name,
		   int pages, int count, int flags);

#endif
