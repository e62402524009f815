/* SPDX-License-Identifier: GPL-2.0 */
/* Diagnostics in sparse's form, and the options that shape them. */
#ifndef REPORT_H
#define REPORT_H

#include "gup.h"

enum gc_check_id {
#define GUP_CHECK(id, name, severity, summary) CHECK_##id,
#include "rules/checks.h"
#undef GUP_CHECK
	NR_CHECKS
};

struct gc_options {
	const char *inventory;	/* JSON Lines file to append to */
	const char *db;		/* summary database to read and write */
	const char *api;	/* --api= override */
	const char *prefix;	/* sparse's -fdiagnostic-prefix */
	unsigned int max;	/* sparse's -fmax-warnings */
	int fail;		/* --fail-on-warning */
	int dump;		/* --dump-model */
};

/* 0 when name ("gup-leak") is a check, which is then turned on or off. */
int gc_check_enable(const char *name, int on);
int gc_check_enabled(enum gc_check_id id);
const char *gc_check_name(enum gc_check_id id);

/* Report a finding about site s (which may be NULL) at pos. */
void gc_diag(enum gc_check_id id, struct gc_site *s, struct gc_pos pos,
	     const char *fmt, ...) __attribute__((format(printf, 4, 5)));

/* Print what was reported, sorted by position; return how many. */
int gc_report_flush(const struct gc_options *opt);

/* Run every check on a unit and report; return the number of findings. */
int gc_check_unit(struct gc_unit *u, const struct gc_options *opt);

/* Append the unit's sites to the inventory file; 0 on success. */
int gc_inventory_write(struct gc_unit *u, const char *path);

#endif
