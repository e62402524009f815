// SPDX-License-Identifier: GPL-2.0
/* A growing text buffer and JSON values written into it. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "json.h"

void put(struct buf *b, const char *s, size_t n)
{
	if (b->n + n + 1 > b->a) {
		b->a = 2 * (b->n + n + 1);
		b->s = realloc(b->s, b->a);
	}
	memcpy(b->s + b->n, s, n);
	b->n += n;
	b->s[b->n] = 0;
}

void puts_raw(struct buf *b, const char *s)
{
	put(b, s, strlen(s));
}

void put_string(struct buf *b, const char *s)
{
	char esc[8];

	if (!s) {
		puts_raw(b, "null");
		return;
	}
	puts_raw(b, "\"");
	for (; *s; s++) {
		if (*s == '"' || *s == '\\' || (unsigned char)*s < 0x20) {
			snprintf(esc, sizeof(esc), "\\u%04x", (unsigned char)*s);
			puts_raw(b, esc);
		} else {
			put(b, s, 1);
		}
	}
	puts_raw(b, "\"");
}

void put_field(struct buf *b, const char *key, const char *value)
{
	put_string(b, key);
	puts_raw(b, ":");
	put_string(b, value);
	puts_raw(b, ",");
}

void put_int(struct buf *b, const char *key, long value)
{
	char num[32];

	put_string(b, key);
	snprintf(num, sizeof(num), ":%ld,", value);
	puts_raw(b, num);
}

void put_close(struct buf *b, const char *close)
{
	if (b->n && b->s[b->n - 1] == ',')
		b->s[--b->n] = 0;
	puts_raw(b, close);
}
