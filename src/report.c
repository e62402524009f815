// SPDX-License-Identifier: GPL-2.0
/*
 * Diagnostics: collected per unit, then printed sorted by position in
 * sparse's form "file:line:col: warning: text [gup-name]", except those
 * a suppression or the baseline hides (finding.h); --sarif lists all.
 */
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include "finding.h"

static const struct {
	const char *name;
	enum gc_severity severity;
} checks[] = {
#define ERROR SEV_ERROR
#define WARNING SEV_WARNING
#define NOTE SEV_NOTE
#define GUP_CHECK(id, name, severity, summary, help) { name, severity },
#include "rules/checks.h"
#undef GUP_CHECK
};

const char *gc_severity_name(enum gc_severity sev)
{
	static const char *const names[] = {
		[SEV_NOTE] = "note", [SEV_WARNING] = "warning",
		[SEV_ERROR] = "error",
	};

	return names[sev];
}

static int disabled[NR_CHECKS];

static struct gc_finding *diags;
static int ndiags, adiags;

int gc_check_enable(const char *name, int on)
{
	for (int i = 0; i < NR_CHECKS; i++)
		if (!strcmp(checks[i].name, name)) {
			disabled[i] = !on;
			return 0;
		}
	return -1;
}

int gc_check_enabled(enum gc_check_id id)
{
	return !disabled[id];
}

const char *gc_check_name(enum gc_check_id id)
{
	return checks[id].name;
}

enum gc_severity gc_check_severity(enum gc_check_id id)
{
	return checks[id].severity;
}

void gc_diag(enum gc_check_id id, struct gc_site *s, struct gc_pos pos,
	     const char *fmt, ...)
{
	char buf[512];
	va_list ap;

	if (s)		/* what the analysis found, printed or not */
		s->diags |= 1u << id;
	if (disabled[id])
		return;
	va_start(ap, fmt);
	vsnprintf(buf, sizeof(buf), fmt, ap);
	va_end(ap);
	if (ndiags == adiags) {
		adiags = adiags ? 2 * adiags : 16;
		diags = realloc(diags, adiags * sizeof(*diags));
	}
	diags[ndiags++] = (struct gc_finding){
		.id = id, .pos = pos, .text = gc_strdup(buf), .site = s,
	};
}

static int by_position(const void *a, const void *b)
{
	const struct gc_finding *x = a, *y = b;
	int c = strcmp(x->pos.file, y->pos.file);

	if (c)
		return c;
	if (x->pos.line != y->pos.line)
		return x->pos.line - y->pos.line;
	if (x->pos.col != y->pos.col)
		return x->pos.col - y->pos.col;
	if (x->id != y->id)
		return x->id - y->id;
	return strcmp(x->text, y->text);
}

/* One finding of a check at a place, even when several sites lead there. */
static int same_place(const struct gc_finding *x, const struct gc_finding *y)
{
	return x->id == y->id && x->pos.line == y->pos.line &&
	       x->pos.col == y->pos.col && !strcmp(x->pos.file, y->pos.file);
}

/* A suppression without a reason is a finding at its place. */
static void suppress(int tabstop)
{
	struct gc_pos at;

	for (int i = 0, n = ndiags; i < n; i++)
		if (gc_suppress(&diags[i], tabstop, &at))
			gc_diag(CHECK_SUPPRESS, NULL, at,
				"suppresses %s without a reason: say why after the check's name",
				gc_check_name(diags[i].id));
}

enum gc_severity gc_report_flush(const struct gc_options *opt)
{
	static unsigned int printed;
	enum gc_severity worst = 0;

	suppress(opt->tabstop);
	if (ndiags)	/* nothing reported yet: diags is NULL */
		qsort(diags, ndiags, sizeof(*diags), by_position);
	for (int i = 0; i < ndiags; i++) {
		struct gc_finding *d = &diags[i];

		if (i && same_place(d, d - 1))
			continue;
		d->severity = checks[d->id].severity;
		if (opt->werror && d->severity == SEV_WARNING)
			d->severity = SEV_ERROR;
		gc_fingerprint(d);
		d->known = gc_baseline_has(d->fingerprint);
		if (opt->sarif)
			gc_sarif_add(d, opt);
		if (d->suppressed || d->known)
			continue;
		if (d->severity > worst)
			worst = d->severity;
		/* what gupcheck left unchecked is said whatever the cap */
		if (printed++ >= opt->max && d->id != CHECK_BUDGET)
			continue;
		fprintf(stderr, "%s:%d:%d: %s%s: %s [%s]\n", d->pos.file,
			d->pos.line, d->pos.col, opt->prefix ? opt->prefix : "",
			gc_severity_name(d->severity), d->text,
			checks[d->id].name);
	}
	ndiags = 0;
	return worst;
}
