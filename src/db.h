/* SPDX-License-Identifier: GPL-2.0 */
/*
 * The tree-wide summary database (SQLite): the facts of src/summary.h
 * for every unit checked with --db=FILE.  The schema is described in
 * docs/db-schema.md.
 */
#ifndef DB_H
#define DB_H

#include "summary.h"

/*
 * Call fn with each fact of the units other than file (the unit about
 * to be checked) and the unit it comes from.  0 on success.
 */
int gc_db_read(const char *path, const char *file,
	       void (*fn)(const struct gc_fact *x, const char *from, void *ctx),
	       void *ctx);

/* Replace the facts of the unit u->file with facts, at once.  0 on success. */
int gc_db_write(const char *path, struct gc_unit *u,
		const struct gc_fact *facts);

#endif
