// SPDX-License-Identifier: GPL-2.0
/*
 * A finding's fingerprint, stable while the code around it moves: a
 * 64-bit FNV-1a hash of the check's name, the file (relative to the
 * tree), the function, the holder of the pages and the message with the
 * numbers after "line " taken out, in hex.  SARIF carries it as the
 * "gupcheck/v1" partial fingerprint, and --baseline compares it.  Two
 * findings that differ only by line (two exits leaking the same pages)
 * share it.
 */
#include <ctype.h>
#include <stdio.h>
#include <string.h>
#include "finding.h"
#include "records.h"

#define FNV_OFFSET	0xcbf29ce484222325ULL
#define FNV_PRIME	0x100000001b3ULL

static unsigned long long hash_byte(unsigned long long h, unsigned char c)
{
	return (h ^ c) * FNV_PRIME;
}

/* s and the '\0' after it, as one field. */
static unsigned long long hash_field(unsigned long long h, const char *s)
{
	for (; s && *s; s++)
		h = hash_byte(h, *s);
	return hash_byte(h, 0);
}

/* The message, "line 28" read as "line ". */
static unsigned long long hash_message(unsigned long long h, const char *s)
{
	for (const char *p = s; *p; p++) {
		h = hash_byte(h, *p);
		if (*p == ' ' && p - s >= 4 && !strncmp(p - 4, "line", 4) &&
		    (p - 4 == s || !isalnum((unsigned char)p[-5])))
			while (isdigit((unsigned char)p[1]))
				p++;
	}
	return hash_byte(h, 0);
}

void gc_fingerprint(struct gc_finding *f)
{
	const struct gc_site *s = f->site;
	unsigned long long h = FNV_OFFSET;

	h = hash_field(h, gc_check_name(f->id));
	h = hash_field(h, gc_tree_path(f->pos.file));
	h = hash_field(h, s ? s->func->name : NULL);
	h = hash_field(h, s && s->obj ? s->obj->name : s ? s->pages : NULL);
	h = hash_message(h, f->text);
	snprintf(f->fingerprint, sizeof(f->fingerprint), "%016llx", h);
}
