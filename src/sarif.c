// SPDX-License-Identifier: GPL-2.0
/*
 * --sarif=FILE: the findings as a SARIF 2.1.0 log, one run of gupcheck
 * with its rules (rules/checks.h: summary and help), each result with
 * its location and function, the acquire as a related location, for the
 * path checks the path from the acquire to where it was found, and the
 * "gupcheck/v1" fingerprint.  Suppressed results are listed with their
 * suppression; with --baseline, each says whether it is new.
 *
 * Every result is one line starting with its translation unit, so the
 * gupcheck processes of a parallel build share FILE as they share the
 * inventory (records.c): each replaces its unit's results, and FILE is
 * a whole SARIF log after each.
 */
#include <ctype.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include "finding.h"
#include "records.h"

#define SCHEMA	"https://docs.oasis-open.org/sarif/sarif/v2.1.0/os/schemas/sarif-schema-2.1.0.json"
#define PREFIX	"{\"properties\":{\"unit\":"

static const struct {
	const char *summary, *help;
} texts[] = {
#define GUP_CHECK(id, name, severity, summary, help) { summary, help },
#include "rules/checks.h"
#undef GUP_CHECK
};

static struct buf results;	/* the unit's, a line each, without PREFIX */

/* path as a URI reference: relative to SRCROOT, or a file: URI. */
static void put_uri(struct buf *b, const char *path)
{
	static const char hex[] = "0123456789ABCDEF";

	puts_raw(b, *path == '/' ? "\"file://" : "\"");
	for (const unsigned char *p = (const unsigned char *)path; *p; p++) {
		char esc[3] = { '%', hex[*p >> 4], hex[*p & 15] };

		if (*p < 128 && (isalnum(*p) || strchr("-._~/", *p)))
			put(b, (const char *)p, 1);
		else
			put(b, esc, 3);
	}
	puts_raw(b, "\"");
}

/*
 * sparse's column counts tabs to the next tab stop; SARIF's counts code
 * points.  0 when the line cannot be read.
 */
static int code_point_column(struct gc_pos pos, int tabstop)
{
	const char *p = gc_source_line(pos.file, pos.line);
	int shown = 0, points = 0;

	for (; p && *p && *p != '\n'; p++) {
		if (shown + 1 >= pos.col)
			return points + 1;
		shown += *p == '\t' ? tabstop - shown % tabstop : 1;
		points += (*p & 0xc0) != 0x80;
	}
	return 0;
}

/* "key":{ */
static void open_object(struct buf *b, const char *key)
{
	put_string(b, key);
	puts_raw(b, ":{");
}

/* "key":{"text":text}, */
static void put_message(struct buf *b, const char *key, const char *text)
{
	open_object(b, key);
	put_field(b, "text", text);
	put_close(b, "},");
}

/* A location object (with an id when not 0), and its comma. */
static void put_location(struct buf *b, struct gc_pos pos, const char *func,
			 const char *message, int id,
			 const struct gc_options *opt)
{
	const char *path = gc_tree_path(pos.file);
	int col = code_point_column(pos, opt->tabstop);

	puts_raw(b, "{");
	if (id)
		put_int(b, "id", id);
	puts_raw(b, "\"physicalLocation\":{\"artifactLocation\":{\"uri\":");
	put_uri(b, path);
	puts_raw(b, *path == '/' ? "}," : ",\"uriBaseId\":\"SRCROOT\"},");
	open_object(b, "region");
	put_int(b, "startLine", pos.line);
	if (col)
		put_int(b, "startColumn", col);
	put_close(b, "}},");
	if (func) {
		puts_raw(b, "\"logicalLocations\":[{");
		put_field(b, "name", func);
		put_field(b, "kind", "function");
		put_close(b, "}],");
	}
	if (message)
		put_message(b, "message", message);
	put_close(b, "},");
}

/* Checks that follow paths: the path is the acquire, then the finding. */
static int path_check(enum gc_check_id id)
{
	return id == CHECK_LEAK || id == CHECK_PARTIAL || id == CHECK_DOUBLE;
}

void gc_sarif_add(const struct gc_finding *f, const struct gc_options *opt)
{
	const struct gc_site *s = f->site;
	const char *func = s ? s->func->name : NULL;
	char pinned[128];
	struct buf *b = &results;

	put_field(b, "ruleId", gc_check_name(f->id));
	put_int(b, "ruleIndex", f->id);
	put_field(b, "level", gc_severity_name(f->severity));
	put_message(b, "message", f->text);
	puts_raw(b, "\"locations\":[");
	put_location(b, f->pos, func, NULL, 0, opt);
	put_close(b, "],");
	if (s) {
		snprintf(pinned, sizeof(pinned), "pinned by %s()", s->api->name);
		puts_raw(b, "\"relatedLocations\":[");
		put_location(b, s->ev->pos, func, pinned, 1, opt);
		put_close(b, "],");
	}
	if (s && path_check(f->id)) {
		puts_raw(b, "\"codeFlows\":[{\"threadFlows\":[{\"locations\":[{\"location\":");
		put_location(b, s->ev->pos, func, pinned, 0, opt);
		put_close(b, "},{\"location\":");
		put_location(b, f->pos, func, "found here", 0, opt);
		put_close(b, "}]}]}],");
	}
	open_object(b, "partialFingerprints");
	put_field(b, "gupcheck/v1", f->fingerprint);
	put_close(b, "},");
	if (f->suppressed) {
		puts_raw(b, "\"suppressions\":[{");
		put_field(b, "kind", f->suppressed);
		if (f->reason)
			put_field(b, "justification", f->reason);
		put_close(b, "}],");
	}
	if (gc_baseline_loaded())
		put_field(b, "baselineState", f->known ? "unchanged" : "new");
	put_close(b, "}\n");
}

/* The log before the results: the run's tool and its rules. */
static void head(struct buf *b)
{
	char root[PATH_MAX + 1];
	const char *tree = getenv("srctree");

	puts_raw(b, "{");
	put_field(b, "$schema", SCHEMA);
	put_field(b, "version", "2.1.0");
	puts_raw(b, "\"runs\":[{\"tool\":{\"driver\":{");
	put_field(b, "name", "gupcheck");
	put_field(b, "version", GUPCHECK_VERSION);
	puts_raw(b, "\"rules\":[\n");
	for (int i = 0; i < NR_CHECKS; i++) {
		puts_raw(b, "{");
		put_field(b, "id", gc_check_name(i));
		put_message(b, "shortDescription", texts[i].summary);
		put_message(b, "help", texts[i].help);
		open_object(b, "defaultConfiguration");
		put_field(b, "level", gc_severity_name(gc_check_severity(i)));
		put_close(b, "}");
		puts_raw(b, i + 1 < NR_CHECKS ? "},\n" : "}\n");
	}
	puts_raw(b, "]}},");
	if (realpath(tree && *tree ? tree : ".", root)) {
		puts_raw(b, "\"originalUriBaseIds\":{\"SRCROOT\":{\"uri\":");
		strcat(root, "/");
		put_uri(b, root);
		puts_raw(b, "}},");
	}
	put_field(b, "columnKind", "unicodeCodePoints");
	puts_raw(b, "\"results\":[\n");
}

int gc_sarif_write(struct gc_unit *u, const char *path)
{
	struct buf key = { 0 }, lines = { 0 }, top = { 0 };
	struct gc_records fmt = { .prefix = PREFIX, .sep = ",", .tail = "]}]}\n" };
	int err;

	puts_raw(&key, PREFIX);
	put_string(&key, gc_tree_path(u->file));
	puts_raw(&key, "},");
	for (const char *p = results.s, *end; p < results.s + results.n;
	     p = end + 1) {
		end = strchr(p, '\n');
		put(&lines, key.s, key.n);
		put(&lines, p, end + 1 - p);
	}
	head(&top);
	fmt.head = top.s;
	err = gc_records_replace(path, &fmt, key.s, &lines);
	results.n = 0;
	free(key.s);
	free(lines.s);
	free(top.s);
	return err;
}
