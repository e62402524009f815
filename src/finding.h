/* SPDX-License-Identifier: GPL-2.0 */
/*
 * A finding as the outputs see it, once report.c has sorted and merged
 * the diagnostics: its fingerprint, whether a suppression or the
 * baseline hides it, and the outputs besides stderr (--sarif).
 */
#ifndef FINDING_H
#define FINDING_H

#include "report.h"

#define GC_FINGERPRINT_LEN	16	/* hex digits */

struct gc_finding {
	enum gc_check_id id;
	enum gc_severity severity;	/* as printed: -Wsparse-error applied */
	struct gc_pos pos;
	const char *text;
	const struct gc_site *site;	/* the site it is about, or NULL */
	char fingerprint[GC_FINGERPRINT_LEN + 1];
	const char *suppressed;	/* SARIF's kind: "inSource", "external" */
	const char *reason;	/* the suppression's reason, or NULL */
	int known;		/* its fingerprint is in the baseline */
};

/*
 * fingerprint.c: a hash of the check, the file as records name it, the
 * function, the pages' holder and the message without its line numbers.
 */
void gc_fingerprint(struct gc_finding *f);

/* baseline.c: 0, or -errno when path cannot be read. */
int gc_baseline_load(const char *path);
int gc_baseline_loaded(void);
int gc_baseline_has(const char *fingerprint);

/*
 * suppress.c: read a --suppress list; 0, -errno when it cannot be read,
 * or the number of its first malformed line.
 */
int gc_suppress_load(const char *path);
/*
 * Set f->suppressed and f->reason when a list entry or a comment in the
 * source suppresses f; return 1 when it does without a reason, its place
 * then in *at (columns as sparse counts them, tabs to tabstop).
 */
int gc_suppress(struct gc_finding *f, int tabstop, struct gc_pos *at);

/* sarif.c: results of the unit being checked, then written to path. */
void gc_sarif_add(const struct gc_finding *f, const struct gc_options *opt);
int gc_sarif_write(struct gc_unit *u, const char *path);

#endif
