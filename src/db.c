// SPDX-License-Identifier: GPL-2.0
/*
 * Reading and writing the summary database.  Many gupcheck processes
 * (make -j) share one file: it is in WAL mode, waits for the write lock
 * instead of failing, and writes a unit's facts in one transaction that
 * first deletes the unit's old ones, so checking a file again replaces
 * them and a reader never sees half a unit.
 */
#include <limits.h>
#include <stdlib.h>
#include <unistd.h>
#include <string.h>
#include <sqlite3.h>
#include "db.h"

#define BUSY_MS 120000

static const char schema[] =
	"CREATE TABLE IF NOT EXISTS units("
	" file TEXT PRIMARY KEY, sites INTEGER, facts INTEGER);"
	"CREATE TABLE IF NOT EXISTS facts("
	" file TEXT NOT NULL, func TEXT NOT NULL, static INTEGER, line INTEGER,"
	" role TEXT NOT NULL, param INTEGER, pages INTEGER, member TEXT, api TEXT, via TEXT,"
	" kind TEXT, count INTEGER, dirty INTEGER, returns TEXT, target TEXT,"
	" source TEXT, arg INTEGER, rst_case INTEGER);"
	"CREATE INDEX IF NOT EXISTS facts_file ON facts(file);"
	"CREATE INDEX IF NOT EXISTS facts_func ON facts(func);"
	"CREATE INDEX IF NOT EXISTS facts_member ON facts(member);"
	"CREATE VIEW IF NOT EXISTS members AS"
	" SELECT member, role, func, file, line, api, kind, via FROM facts"
	" WHERE member IS NOT NULL AND role != 'call';"
	"CREATE VIEW IF NOT EXISTS calls AS"
	" SELECT file, func AS caller, line, api AS callee, arg,"
	" param, member, source FROM facts WHERE role = 'call';";

static const char columns[] =
	"func, static, line, role, param, pages, member, api, via, kind, count,"
	" dirty, returns, target, source, arg, rst_case";

static sqlite3 *db;

static void close_db(void)
{
	sqlite3_close(db);
}

static int fail(const char *what)
{
	fprintf(stderr, "gupcheck: warning: database: %s: %s\n", what,
		db ? sqlite3_errmsg(db) : "out of memory");
	return -1;
}

/*
 * Switch to WAL mode.  Setting the journal mode takes a lock the busy
 * handler does not wait for when several writers open a new file at
 * once, so wait here.
 */
static int wal(sqlite3 *d)
{
	int rc;

	for (int waited = 0; waited < BUSY_MS; waited += 10) {
		rc = sqlite3_exec(d, "PRAGMA journal_mode=WAL;", NULL, NULL, NULL);
		if (rc != SQLITE_BUSY && rc != SQLITE_LOCKED)
			return rc;
		usleep(10000);
	}
	return rc;
}

static int open_db(const char *path)
{
	if (db)
		return 0;
	if (sqlite3_open(path, &db) != SQLITE_OK)
		return fail(path);
	atexit(close_db);
	sqlite3_busy_timeout(db, BUSY_MS);
	if (wal(db) ||
	    sqlite3_exec(db, "PRAGMA synchronous=NORMAL;", NULL, NULL, NULL) ||
	    sqlite3_exec(db, "BEGIN IMMEDIATE;", NULL, NULL, NULL))
		return fail(path);
	if (sqlite3_exec(db, schema, NULL, NULL, NULL)) {
		fail("schema");
		sqlite3_exec(db, "ROLLBACK;", NULL, NULL, NULL);
		return -1;
	}
	return sqlite3_exec(db, "COMMIT;", NULL, NULL, NULL) ? fail("schema") : 0;
}

/* The name a unit has in the database: its absolute path. */
static const char *unit_name(const char *file, char *buf)
{
	return realpath(file, buf) ? buf : file;
}

static const char *text(sqlite3_stmt *st, int col)
{
	const unsigned char *s = sqlite3_column_text(st, col);

	return s ? gc_strdup((const char *)s) : NULL;
}

int gc_db_read(const char *path, const char *file,
	       void (*fn)(const struct gc_fact *x, const char *from, void *ctx),
	       void *ctx)
{
	char sql[256], name[PATH_MAX];
	sqlite3_stmt *st;
	int rc;

	if (open_db(path))
		return -1;
	snprintf(sql, sizeof(sql),
		 "SELECT %s, file FROM facts WHERE file != ?1", columns);
	if (sqlite3_prepare_v2(db, sql, -1, &st, NULL))
		return fail("read");
	sqlite3_bind_text(st, 1, unit_name(file, name), -1, SQLITE_TRANSIENT);
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		const char *kind = (const char *)sqlite3_column_text(st, 9);
		struct gc_fact x = {
			.func = text(st, 0), .is_static = sqlite3_column_int(st, 1),
			.line = sqlite3_column_int(st, 2),
			.role = gc_fact_role_of((const char *)
						sqlite3_column_text(st, 3)),
			.param = sqlite3_column_int(st, 4),
			.pages = sqlite3_column_int(st, 5),
			.member = text(st, 6), .api = text(st, 7),
			.via = text(st, 8),
			.kind = kind && !strcmp(kind, "pin") ? KIND_PIN : KIND_GET,
			.count = sqlite3_column_int(st, 10),
			.dirty = sqlite3_column_int(st, 11),
			.returns = text(st, 12), .target = text(st, 13),
			.source = text(st, 14), .arg = sqlite3_column_int(st, 15),
			.rst_case = sqlite3_column_int(st, 16),
		};

		if ((int)x.role >= 0)
			fn(&x, text(st, 17), ctx);
	}
	sqlite3_finalize(st);
	return rc == SQLITE_DONE ? 0 : fail("read");
}

static void bind_text(sqlite3_stmt *st, int col, const char *s)
{
	if (s)
		sqlite3_bind_text(st, col, s, -1, SQLITE_STATIC);
	else
		sqlite3_bind_null(st, col);
}

static int insert(sqlite3_stmt *st, const char *unit, const struct gc_fact *x)
{
	int n = 1;

	sqlite3_reset(st);
	bind_text(st, n++, unit);
	bind_text(st, n++, x->func);
	sqlite3_bind_int(st, n++, x->is_static);
	sqlite3_bind_int(st, n++, x->line);
	bind_text(st, n++, gc_fact_role_name(x->role));
	sqlite3_bind_int(st, n++, x->param);
	sqlite3_bind_int(st, n++, x->pages);
	bind_text(st, n++, x->member);
	bind_text(st, n++, x->api);
	bind_text(st, n++, x->via);
	bind_text(st, n++, x->role == FACT_ACQUIRE || x->role == FACT_RELEASE ?
		  (x->kind == KIND_PIN ? "pin" : "get") : NULL);
	sqlite3_bind_int(st, n++, x->count);
	sqlite3_bind_int(st, n++, x->dirty);
	bind_text(st, n++, x->returns);
	bind_text(st, n++, x->target);
	bind_text(st, n++, x->source);
	sqlite3_bind_int(st, n++, x->arg);
	sqlite3_bind_int(st, n++, x->rst_case);
	return sqlite3_step(st) == SQLITE_DONE ? 0 : -1;
}

static int write_unit(const char *unit, struct gc_unit *u,
		      const struct gc_fact *facts)
{
	char sql[256];
	sqlite3_stmt *st;
	int nsites = 0, nfacts = 0, err = 0;

	for (struct gc_site *s = u->sites; s; s = s->next)
		nsites++;
	snprintf(sql, sizeof(sql),
		 "INSERT INTO facts(file, %s) VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
		 columns);
	if (sqlite3_prepare_v2(db, sql, -1, &st, NULL))
		return -1;
	for (const struct gc_fact *x = facts; x && !err; x = x->next, nfacts++)
		err = insert(st, unit, x);
	sqlite3_finalize(st);
	if (err || sqlite3_prepare_v2(db,
			"INSERT OR REPLACE INTO units VALUES(?1, ?2, ?3)",
			-1, &st, NULL))
		return -1;
	bind_text(st, 1, unit);
	sqlite3_bind_int(st, 2, nsites);
	sqlite3_bind_int(st, 3, nfacts);
	err = sqlite3_step(st) != SQLITE_DONE;
	sqlite3_finalize(st);
	return err ? -1 : 0;
}

int gc_db_write(const char *path, struct gc_unit *u,
		const struct gc_fact *facts)
{
	char name[PATH_MAX];
	const char *unit = unit_name(u->file, name);
	sqlite3_stmt *st;
	int err;

	if (open_db(path))
		return -1;
	if (sqlite3_exec(db, "BEGIN IMMEDIATE;", NULL, NULL, NULL))
		return fail("begin");
	err = sqlite3_prepare_v2(db, "DELETE FROM facts WHERE file = ?1", -1,
				 &st, NULL);
	if (!err) {
		bind_text(st, 1, unit);
		err = sqlite3_step(st) != SQLITE_DONE;
		sqlite3_finalize(st);
	}
	if (err || write_unit(unit, u, facts)) {
		fail(unit);
		sqlite3_exec(db, "ROLLBACK;", NULL, NULL, NULL);
		return -1;
	}
	return sqlite3_exec(db, "COMMIT;", NULL, NULL, NULL) ? fail("commit") : 0;
}
