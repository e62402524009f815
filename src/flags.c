// SPDX-License-Identifier: GPL-2.0
/*
 * The value of an acquire's gup_flags argument, from its source text,
 * when it is made of FOLL_* names and numbers only.  The old "write"
 * argument reads the same way: 1 is FOLL_WRITE.
 */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include "analysis.h"

void gc_site_flags(struct gc_site *s)
{
	const char *p = s->flags;
	char name[64];

	s->flags_known = p != NULL;
	s->flag_bits = 0;
	while (p && *p) {
		if (strchr(" |()", *p)) {
			p++;
		} else if (isdigit((unsigned char)*p)) {
			s->flag_bits |= strtol(p, (char **)&p, 0);
		} else if (!strncmp(p, "FOLL_", 5)) {
			size_t n = 0;

			while ((isalnum((unsigned char)p[n]) || p[n] == '_') &&
			       n < sizeof(name) - 1) {
				name[n] = p[n];
				n++;
			}
			name[n] = 0;
			s->flag_bits |= gup_flag(name);
			p += n;
		} else {
			s->flags_known = 0;
			return;
		}
	}
}
