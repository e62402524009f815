// SPDX-License-Identifier: GPL-2.0
/*
 * A file of one-line records keyed by translation unit (see records.h).
 * The file is the head, the records joined by the separator, each on its
 * own line, and the tail; reading it back keeps the lines that start with
 * the records' prefix, so head and tail are rewritten each time.
 */
#include <errno.h>
#include <fcntl.h>
#include <libgen.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>
#include "records.h"

const char *gc_tree_path(const char *file)
{
	static char cwd[PATH_MAX];
	const char *dir = getenv("srctree");

	for (int i = 0; i < 2; i++, dir = getcwd(cwd, sizeof(cwd))) {
		size_t n = dir ? strlen(dir) : 0;

		if (n && !strncmp(file, dir, n) && file[n] == '/')
			return file + n + 1;
	}
	return file;
}

/* The directory path is in, in buf (PATH_MAX bytes). */
static const char *dir_of(const char *path, char *buf)
{
	snprintf(buf, PATH_MAX, "%s", path);
	return dirname(buf);
}

int gc_records_writable(const char *path)
{
	char buf[PATH_MAX];
	struct stat st;

	if (access(dir_of(path, buf), W_OK | X_OK))
		return -errno;
	if (!stat(path, &st) && S_ISDIR(st.st_mode))
		return -EISDIR;
	return 0;
}

/* Add a record line, without the separator it may end with, to b. */
static void add_record(struct buf *b, const char *line, size_t n,
		       const char *sep)
{
	size_t slen = strlen(sep);

	if (n && line[n - 1] == '\n')
		n--;
	if (slen && n >= slen && !strncmp(line + n - slen, sep, slen))
		n -= slen;
	put(b, line, n);
	put(b, "\n", 1);
}

/*
 * The records of fd that do not start with key, into b; return how many
 * did, or -1 on a read error.
 */
static int keep_others(int fd, const struct gc_records *fmt, const char *key,
		       struct buf *b)
{
	int dropped = 0;
	struct buf old = { 0 };
	char chunk[65536];
	size_t plen = strlen(fmt->prefix), klen = strlen(key);
	ssize_t n;

	while ((n = read(fd, chunk, sizeof(chunk))) > 0)
		put(&old, chunk, n);
	for (char *line = old.s, *end; n == 0 && line && *line; line = end) {
		end = strchr(line, '\n');
		end = end ? end + 1 : line + strlen(line);
		if (strncmp(line, fmt->prefix, plen))
			continue;
		if (strncmp(line, key, klen))
			add_record(b, line, end - line, fmt->sep);
		else
			dropped++;
	}
	free(old.s);
	return n < 0 ? -1 : dropped;
}

/* head, the records of b joined by sep, tail. */
static void render(const struct gc_records *fmt, const struct buf *b,
		   struct buf *out)
{
	puts_raw(out, fmt->head);
	for (const char *line = b->s, *end; line && *line; line = end + 1) {
		end = strchr(line, '\n');
		put(out, line, end - line);
		if (end[1])
			puts_raw(out, fmt->sep);
		put(out, "\n", 1);
	}
	puts_raw(out, fmt->tail);
}

/* Write b as path, through a temporary file renamed into place. */
static int replace_file(const char *path, const struct buf *b)
{
	char tmp[PATH_MAX];
	ssize_t n = 0;
	int fd, err = 0;

	if (snprintf(tmp, sizeof(tmp), "%s.%d.tmp", path, getpid()) >= (int)sizeof(tmp))
		return -ENAMETOOLONG;
	fd = open(tmp, O_WRONLY | O_CREAT | O_TRUNC, 0666);
	if (fd < 0)
		return -errno;
	if (b->n)
		n = write(fd, b->s, b->n);
	if (n < 0)
		err = -errno;
	else if (n != (ssize_t)b->n)
		err = -EIO;
	if (close(fd) && !err)
		err = -errno;
	if (!err && rename(tmp, path))
		err = -errno;
	if (err)
		unlink(tmp);
	return err;
}

int gc_records_replace(const char *path, const struct gc_records *fmt,
		       const char *key, const struct buf *lines)
{
	struct buf b = { 0 }, out = { 0 };
	char buf[PATH_MAX];
	int lock = open(dir_of(path, buf), O_RDONLY | O_DIRECTORY);
	int fd, dropped = 0, err = 0;

	if (lock < 0 || flock(lock, LOCK_EX)) {
		err = -errno;
		goto out;
	}
	fd = open(path, O_RDONLY);
	if (fd < 0 && errno != ENOENT)
		err = -errno;
	if (fd >= 0) {
		dropped = keep_others(fd, fmt, key, &b);
		if (dropped < 0)
			err = -errno;
		close(fd);
	}
	if (err || (fd >= 0 && !dropped && !lines->n))
		goto out;
	if (lines->n)
		put(&b, lines->s, lines->n);
	render(fmt, &b, &out);
	err = replace_file(path, &out);
out:
	if (lock >= 0)
		close(lock);
	free(b.s);
	free(out.s);
	return err;
}
