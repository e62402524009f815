/* SPDX-License-Identifier: GPL-2.0 */
/*
 * A file of one-line records keyed by translation unit, shared by the
 * gupcheck processes of a parallel build: --inventory's JSON Lines and
 * --sarif's results.
 */
#ifndef RECORDS_H
#define RECORDS_H

#include "json.h"

struct gc_records {
	const char *prefix;	/* every record line starts with it */
	const char *head;	/* before the records, written anew each time */
	const char *sep;	/* between two records */
	const char *tail;	/* after them */
};

/*
 * file as records name it: without the kernel tree's path (Kbuild's
 * $srctree) or else the current directory's before it, so records made
 * on two machines compare.
 */
const char *gc_tree_path(const char *file);

/* 0 when path can be written, else -errno. */
int gc_records_writable(const char *path);

/*
 * Replace the records of path that start with key by lines (records of
 * one line each, ending with '\n'), under a lock on path's directory,
 * through a temporary file renamed into place: parallel writers lose no
 * record and an interrupted build leaves no torn line.  An existing file
 * with no record of key stays as is when lines is empty.  0 or -errno.
 */
int gc_records_replace(const char *path, const struct gc_records *fmt,
		       const char *key, const struct buf *lines);

#endif
