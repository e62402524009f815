/* SPDX-License-Identifier: GPL-2.0 */
/* Diagnostics in sparse's form, and the options that shape them. */
#ifndef REPORT_H
#define REPORT_H

#include "gup.h"

enum gc_check_id {
#define GUP_CHECK(id, name, severity, summary, help) CHECK_##id,
#include "rules/checks.h"
#undef GUP_CHECK
	NR_CHECKS
};

enum gc_severity {
	SEV_NOTE = 1,
	SEV_WARNING,
	SEV_ERROR,
};

struct gc_options {
	const char *inventory;	/* --inventory= JSON Lines file */
	const char *sarif;	/* --sarif= SARIF log */
	const char *baseline;	/* --baseline= fingerprints already known */
	const char *suppress;	/* --suppress= list */
	const char *db;		/* --db= summary database to read and write */
	const char *api;	/* --api= override */
	enum gup_family family;	/* the family it names */
	const char *prefix;	/* sparse's -fdiagnostic-prefix */
	unsigned int max;	/* sparse's -fmax-warnings */
	enum gc_severity fail_on; /* --fail-on=, 0 when not given */
	int werror;		/* sparse's -Wsparse-error: warnings are errors */
	int tabstop;		/* sparse's -ftabstop, for columns */
	int dump;		/* --dump-model */
};

const char *gc_severity_name(enum gc_severity sev);

/* 0 when name ("gup-leak") is a check, which is then turned on or off. */
int gc_check_enable(const char *name, int on);
int gc_check_enabled(enum gc_check_id id);
const char *gc_check_name(enum gc_check_id id);
enum gc_severity gc_check_severity(enum gc_check_id id);

/* Report a finding about site s (which may be NULL) at pos. */
void gc_diag(enum gc_check_id id, struct gc_site *s, struct gc_pos pos,
	     const char *fmt, ...) __attribute__((format(printf, 4, 5)));

/*
 * Print what was reported, sorted by position, but for what is
 * suppressed or in the baseline; return the highest severity reported
 * (printed or beyond -fmax-warnings), 0 for none.
 */
enum gc_severity gc_report_flush(const struct gc_options *opt);

/* Run every check on a unit and report; return gc_report_flush()'s. */
enum gc_severity gc_check_unit(struct gc_unit *u, const struct gc_options *opt);

/*
 * The inventory file: 0 when path can be written, else -errno.
 * gc_inventory_write() replaces the records of the unit's file in it
 * with the unit's sites; 0 or -errno.
 */
int gc_inventory_writable(const char *path);
int gc_inventory_write(struct gc_unit *u, const char *path);

#endif
