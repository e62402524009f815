/* SPDX-License-Identifier: GPL-2.0 */
/* A growing text buffer and JSON values written into it. */
#ifndef JSON_H
#define JSON_H

#include <stddef.h>

struct buf {
	char *s;
	size_t n, a;
};

void put(struct buf *b, const char *s, size_t n);
void puts_raw(struct buf *b, const char *s);
/* s as a JSON string, or null for NULL. */
void put_string(struct buf *b, const char *s);
/* "key":"value", with the comma after it. */
void put_field(struct buf *b, const char *key, const char *value);
/* "key":value, with the comma after it. */
void put_int(struct buf *b, const char *key, long value);

/* close ("}", "]}"...) after the last value, without its comma. */
void put_close(struct buf *b, const char *close);

#endif
