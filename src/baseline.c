// SPDX-License-Identifier: GPL-2.0
/*
 * --baseline=FILE: the fingerprints of the findings already known, so
 * that only new ones are reported.  FILE is a SARIF log (gupcheck's
 * --sarif, gup-review's or gup-inventory's): every "gupcheck/v1" partial
 * fingerprint in it; or else a list, one fingerprint first on each line,
 * '#' starting a comment.
 */
#include <ctype.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include "finding.h"

static char (*known)[GC_FINGERPRINT_LEN + 1];
static int nknown, aknown, loaded;

static const char sarif_key[] = "\"gupcheck/v1\"";

static void add(const char *p, size_t n)
{
	if (n != GC_FINGERPRINT_LEN)
		return;
	if (nknown == aknown) {
		aknown = aknown ? 2 * aknown : 64;
		known = realloc(known, aknown * sizeof(*known));
	}
	memcpy(known[nknown], p, n);
	known[nknown++][n] = 0;
}

static size_t hex_len(const char *p)
{
	size_t n = 0;

	while (isxdigit((unsigned char)p[n]))
		n++;
	return n;
}

static void read_sarif(const char *text)
{
	for (const char *p = strstr(text, sarif_key); p;
	     p = strstr(p, sarif_key)) {
		p += strlen(sarif_key);
		p += strspn(p, " \t\r\n");
		if (*p++ != ':')
			continue;
		p += strspn(p, " \t\r\n");
		if (*p++ == '"')
			add(p, hex_len(p));
	}
}

static void read_list(const char *text)
{
	for (const char *p = text; *p; ) {
		p += strspn(p, " \t");
		if (*p != '#')
			add(p, hex_len(p));
		p += strcspn(p, "\n");
		p += *p == '\n';
	}
}

static int by_text(const void *a, const void *b)
{
	return strcmp(a, b);
}

int gc_baseline_load(const char *path)
{
	const char *text = gc_file_text(path);

	if (!text)
		return errno ? -errno : -EIO;
	if (strstr(text, sarif_key))
		read_sarif(text);
	else
		read_list(text);
	qsort(known, nknown, sizeof(*known), by_text);
	loaded = 1;
	return 0;
}

int gc_baseline_loaded(void)
{
	return loaded;
}

int gc_baseline_has(const char *fingerprint)
{
	return nknown && bsearch(fingerprint, known, nknown, sizeof(*known),
				 by_text) != NULL;
}
