# SPDX-License-Identifier: GPL-2.0
"""The tree-wide summary database (docs/db-schema.md): built round after
round by running gupcheck --db on the files that can hold GUP pages, and
read back as owner chains and conversion groups."""

import hashlib
import os
import re
import shlex
import sqlite3
import subprocess
import time
from concurrent.futures import ThreadPoolExecutor, as_completed

import gupapi
from guplib import build as gbuild, checker, tree as gtree
from guplib.kconfig import Kconfig
from guplib.cli import Error

SOURCES = """CREATE TABLE IF NOT EXISTS sources(
    file TEXT PRIMARY KEY, sha1 TEXT, status TEXT, message TEXT, round INTEGER)"""
META = "CREATE TABLE IF NOT EXISTS meta(key TEXT PRIMARY KEY, value TEXT)"
TIMEOUT = 120


def connect(path):
    db = sqlite3.connect(path, timeout=120)
    db.execute("PRAGMA journal_mode=WAL")
    db.execute(SOURCES)
    db.execute(META)
    db.commit()
    return db


def same_checker(db, exe):
    """Record which gupcheck summarises the files (the sha1 of its
    executable); when another one did (rebuilt, upgraded), forget all it
    wrote: every file is checked again, none against the old summaries."""
    digest = sha1(exe)
    old = db.execute("SELECT value FROM meta WHERE key = 'checker'").fetchone()
    if not old or old[0] != digest:
        db.execute("DELETE FROM sources")
        if has_facts(db):
            db.execute("DELETE FROM facts")
            db.execute("DELETE FROM units")
        db.execute("INSERT OR REPLACE INTO meta VALUES('checker', ?)", (digest,))
        db.commit()


def sha1(path):
    with open(path, "rb") as f:
        return hashlib.sha1(f.read()).hexdigest()


def has_facts(db):
    return db.execute("SELECT name FROM sqlite_master WHERE name = 'facts'").fetchone()


MEMBER = re.compile(r"^struct (\w+)\.(\w+)$")


def carriers(db):
    """What the database knows to carry GUP pages, followed from the
    acquires only: (wrappers, callees, members).  Wrappers are acquirers
    that return pages or a count to their callers; callees the functions
    GUP pages are passed to, and the helpers of other files a unit
    releases them with; members those an acquire, or a store of GUP
    pages, fills.  A member pages are merely read from (a pipe buffer's
    page, a fault's page) or a store of pages that did not come from GUP
    carries nothing."""
    if not has_facts(db):
        return set(), set(), set()
    members = {m for (m,) in db.execute(
        "SELECT member FROM facts WHERE role = 'acquire' AND member IS NOT NULL")}
    wrappers = {f for (f,) in db.execute(
        "SELECT func FROM facts WHERE role = 'acquire' AND static = 0"
        " AND (returns IS NOT NULL OR param >= 0)")}
    params = set()
    calls = db.execute("SELECT func, param, member, source, api, arg FROM facts"
                       " WHERE role = 'call'").fetchall()
    stores = db.execute("SELECT func, param, member, target FROM facts"
                        " WHERE role = 'store' AND target IS NOT NULL").fetchall()
    grown = True
    while grown:
        size = len(members) + len(params)
        for func, param, member, source, callee, arg in calls:
            if source or member in members or (func, param) in params:
                params.add((callee, arg))
        for func, param, member, target in stores:
            if member in members or (func, param) in params:
                members.add(target)
        grown = len(members) + len(params) > size
    table = gupapi.load()
    known = {r.name for k in ("RELEASE", "DIRTY", "FREE", "HANDOFF") for r in table[k]}
    params |= {(api, None) for (api,) in db.execute(
        "SELECT DISTINCT api FROM facts WHERE role IN ('release', 'dirty', 'free', 'handoff')")
        if api not in known}
    containers = {f"struct {r.struct}.{r.member}" for r in table["CONTAINER"]}
    return (wrappers, {f for f, _ in params},
            {m for m in members if MEMBER.match(m) and m not in containers})


def defining(tree, funcs):
    """The tree's .c files that define one of funcs: a line that starts
    with a type and names the function, with no ';' (a call is indented,
    a prototype ends with one; inlines of headers are not looked at)."""
    if not funcs:
        return []
    names = "|".join(map(re.escape, sorted(funcs)))
    cmd = ["grep", "-rlE", "--include=*.c", "-e",
           r"^[A-Za-z_][^;=()]*[ *](%s)\s*\([^;]*$" % names]
    cmd += [f"--exclude-dir={d}" for d in gtree.SKIP_DIRS] + ["."]
    p = subprocess.run(cmd, cwd=tree, capture_output=True, text=True)
    if p.returncode > 1:
        raise Error(f"grep failed in {tree}: {p.stderr.strip()}")
    return sorted(line[2:] for line in p.stdout.splitlines())


def touching(tree, members):
    """The tree's .c files that name a struct of members and one of its
    member names after -> or ."""
    pairs = [MEMBER.match(m).groups() for m in members if MEMBER.match(m)]
    if not pairs:
        return []
    files = gtree.grep_files(tree, sorted({t for t, _ in pairs}))
    access = {t: re.compile(r"(->|\.)(%s)\b" % "|".join(sorted({m for u, m in pairs if u == t})))
              for t, _ in pairs}
    found = []
    for rel in files:
        with open(os.path.join(tree, rel), errors="replace") as f:
            text = f.read()
        if any(re.search(r"\bstruct\s+%s\b" % t, text) and rx.search(text)
               for t, rx in access.items()):
            found.append(rel)
    return found


MARK = "GUPDB-CHECKER"


def kbuild_commands(tree, build, files):
    """{file: (argv, cwd)}: the checker command Kbuild would run for each
    of files, from a dry run (make -n C=2), without compiling anything."""
    objs = [f[:-2] + ".o" for f in files]
    p = subprocess.run(["make", "-s", "-C", tree, f"O={build}", "-n", "-k", "C=2",
                        f"CHECK={MARK}", *objs], capture_output=True, text=True,
                       errors="surrogateescape")
    cmds = {}
    for line in p.stdout.splitlines():
        at = line.find(MARK + " ")
        if at < 0:
            continue
        try:
            args = shlex.split(line[at + len(MARK):])
        except ValueError:
            continue
        src = [i for i, a in enumerate(args) if a.endswith(".c")]
        if not src:
            continue
        path = os.path.join(build, args[src[-1]])
        rel = os.path.relpath(os.path.realpath(path), tree)
        flags = [a for a in args[:src[-1]] if not a.startswith("-Wp,")]
        cmds[rel] = (flags, build)
    return cmds


def check_one(exe, tree, build, db_path, rel, cmd):
    """gupcheck --db on one file, with Kbuild's flags when known."""
    flags, cwd = cmd or (checker.flags(tree, build, rel), None)
    args = [exe, f"--db={os.path.abspath(db_path)}", *flags, os.path.join(tree, rel)]
    try:
        p = subprocess.run(args, capture_output=True, text=True, errors="replace",
                           timeout=TIMEOUT, cwd=cwd)
    except subprocess.TimeoutExpired:
        return rel, f"timed out after {TIMEOUT}s"
    except OSError as e:    # rebuilt or removed under the run
        return rel, f"cannot run {exe}: {e.strerror}"
    errors = [line for line in p.stderr.splitlines()
              if ": error: " in line and "[gup-" not in line]
    if p.returncode:
        return rel, (errors or p.stderr.strip().splitlines()[-1:] or ["failed"])[0]
    return rel, errors[0] if errors else ""


def check_kbuild(exe, tree, build, db_path, files, jobs):
    """gupcheck --db through Kbuild: make O=BUILD C=2 CHECK=... obj.o, -k."""
    objs = [f[:-2] + ".o" for f in files]
    # Kbuild runs $(CHECK) through the shell: quote for it, and $ for make.
    check = " ".join(shlex.quote(a).replace("$", "$$")
                     for a in (exe, f"--db={os.path.abspath(db_path)}"))
    p = subprocess.run(["make", "-C", tree, f"O={os.path.abspath(build)}", "-k", f"-j{jobs}",
                        "C=2", f"CHECK={check}", *objs],
                       capture_output=True, text=True, errors="replace")
    failed = set(re.findall(r"\[\S*?scripts/Makefile.build:\d+: (\S+)\.o\] Error", p.stderr))
    return [(rel, "Kbuild failed" if rel[:-2] in failed else "") for rel in files]


class Builder:
    def __init__(self, tree, build, db_path, exe, jobs, progress, kbuild=False):
        self.tree, self.build, self.db_path = tree, build, db_path
        self.exe, self.jobs, self.progress, self.kbuild = exe, jobs, progress, kbuild
        self.db = connect(db_path)
        same_checker(self.db, exe)
        self.checked = self.not_built = 0
        self.parsed, self.with_errors = set(), set()
        self.failed = []
        self.arch = gbuild.build_arch(build) if build else None
        self.kconfig = build and Kconfig(tree, build)

    def buildable(self, rel):
        """Not a file of another architecture than the build's."""
        parts = rel.split("/")
        return not self.arch or parts[0] != "arch" or parts[1] == self.arch

    def changed(self, files):
        """Those of files whose text is not what the database summarised."""
        known = dict(self.db.execute("SELECT file, sha1 FROM sources WHERE status = 'ok'"))
        hashes = {rel: sha1(os.path.join(self.tree, rel)) for rel in files}
        return [rel for rel in files if known.get(rel) != hashes[rel]], hashes

    def check(self, files, rnd, force=False):
        todo, hashes = self.changed(files)
        if force:
            todo = sorted(files)
        self.progress.stage(f"round {rnd}: {len(todo)} of {len(files)} files to check")
        if self.kconfig:
            built = [rel for rel in todo if self.kconfig.builds(rel[:-2] + ".o")]
            self.unbuilt(sorted(set(todo) - set(built)), hashes, rnd)
            todo = built
        self.forget(todo)
        if self.kbuild:
            results = check_kbuild(self.exe, self.tree, self.build, self.db_path, todo, self.jobs)
        else:
            results = []
            cmds = kbuild_commands(self.tree, self.build, todo) if self.build and todo else {}
            with ThreadPoolExecutor(max_workers=self.jobs) as pool:
                futs = [pool.submit(check_one, self.exe, self.tree, self.build,
                                    self.db_path, rel, cmds.get(rel)) for rel in todo]
                for n, fut in enumerate(as_completed(futs), 1):
                    results.append(fut.result())
                    self.progress.count(n, len(todo), results[-1][0])
        walked = self.walked()
        self.checked += len(results)
        reached = dict(self.db.execute("SELECT file, round FROM sources"))
        for rel, error in results:
            ok = os.path.realpath(os.path.join(self.tree, rel)) in walked
            self.db.execute("INSERT OR REPLACE INTO sources VALUES(?, ?, ?, ?, ?)",
                            (rel, hashes[rel], "ok" if ok else "error",
                             error or (None if ok else "no summary written"),
                             reached.get(rel, rnd) if force else rnd))
            if not ok:
                self.failed.append((rel, error or "no summary written"))
            else:
                self.parsed.add(rel)
                if error:
                    self.with_errors.add(rel)
        self.db.commit()
        self.progress.done()

    def unbuilt(self, files, hashes, rnd):
        """Files Kbuild would not compile in the build's configuration:
        listed, not checked."""
        for rel in files:
            self.db.execute("INSERT OR REPLACE INTO sources VALUES(?, ?, ?, ?, ?)",
                            (rel, hashes[rel], "unbuilt", "not built in this configuration",
                             rnd))
        self.db.commit()
        self.not_built += len(files)

    def forget(self, files):
        """Drop the units rows of files, so that only the checks that
        walk them write them again."""
        if has_facts(self.db):
            self.db.executemany("DELETE FROM units WHERE file = ?",
                                [(os.path.realpath(os.path.join(self.tree, rel)),) for rel in files])
            self.db.commit()

    def walked(self):
        """The units gupcheck summarised: it walked them, sparse errors
        (types, address spaces) or not."""
        if not has_facts(self.db):
            return set()
        return {f for (f,) in self.db.execute("SELECT file FROM units")}

    def run(self):
        names = gupapi.names(gupapi.load(), "ACQUIRE")
        files = set(gtree.candidates(self.tree, names))
        seen, known, rnd = set(), (set(), set(), set()), 1
        while files - seen:
            batch = sorted(f for f in files - seen if self.buildable(f))
            seen |= files
            self.check(batch, rnd)
            wrappers, callees, members = (now - before for now, before in
                                          zip(carriers(self.db), known))
            known = tuple(k | n for k, n in zip(known, (wrappers, callees, members)))
            files = set(seen)
            if wrappers:
                files |= set(gtree.grep_files(self.tree, sorted(wrappers)))
            files |= set(defining(self.tree, callees))
            files |= set(touching(self.tree, members))
            rnd += 1
        stale = self.stale()
        if stale:
            self.check(stale, rnd, force=True)
        return len(seen)

    def stale(self):
        """The files checked before a round that summarised a function
        they call or a wrapper they acquire from: their sites' pairing and
        pin_user_pages.rst case change with what the database now says."""
        if not has_facts(self.db):
            return []
        late = dict(self.db.execute(
            "SELECT f.func, MAX(s.round) FROM facts f JOIN sources s"
            " ON f.file = ? || '/' || s.file WHERE f.static = 0 GROUP BY f.func",
            (os.path.realpath(self.tree),)))
        files = {}
        for file, api, role in self.db.execute(
                "SELECT file, api, role FROM facts WHERE role IN ('call', 'acquire')"):
            files.setdefault(file, set()).add(api)
        done = dict(self.db.execute("SELECT ? || '/' || file, round FROM sources",
                                    (os.path.realpath(self.tree),)))
        return sorted(os.path.relpath(f, os.path.realpath(self.tree)) for f, apis in files.items()
                      if f in done and any(late.get(a, 0) > done[f] for a in apis))


def build_db(tree, build, db_path, exe, jobs, progress, kbuild=False):
    """Build or refresh the database; return (files reached, files not
    built in the configuration, checks run (a file is checked again when
    a later round summarised its callees; unchanged files are not), files
    parsed, of them with sparse errors, [(file, why)] not parsed, seconds)."""
    if build and not os.path.isfile(os.path.join(build, "include/config/auto.conf")):
        raise Error(f"{build}: not a configured build directory")
    start = time.monotonic()
    b = Builder(tree, build, db_path, exe, jobs, progress, kbuild)
    reached = b.run()
    return (reached, b.not_built, b.checked, len(b.parsed), len(b.with_errors), b.failed,
            time.monotonic() - start)


DONE = {"release": "released", "dirty": "dirtied", "free": "freed",
        "store": "kept", "handoff": "handed off"}


def owners(db, path, line, depth=4):
    """The chain of owners of the pages acquired at line of the unit at
    path, across files: where they are kept, which functions release them
    and, for a wrapper, its callers' chains.  A list of strings."""
    chain = []
    for func, param, member, api, returns in db.execute(
            "SELECT func, param, member, api, returns FROM facts"
            " WHERE file = ? AND line = ? AND role = 'acquire'", (path, line)):
        if member:
            chain.append(f"{func}() keeps them in {member}")
            for g, f, ln, how, role in db.execute(
                    "SELECT func, file, line, api, role FROM members WHERE member = ?"
                    " AND role IN ('release', 'dirty', 'free')", (member,)):
                chain.append(f"  {DONE[role]} by {g}() with {how}() ({f}:{ln})")
        for how, ln in db.execute(
                "SELECT api, line FROM facts WHERE file = ? AND func = ? AND role = 'release'"
                " AND param = ? AND param >= 0", (path, func, param)):
            inner = db.execute("SELECT api, file, line FROM facts WHERE func = ? AND static = 0"
                               " AND role = 'release'", (how,)).fetchone()
            chain.append(f"{func}() releases them with {how}() ({path}:{ln})" +
                         (f", which uses {inner[0]}() ({inner[1]}:{inner[2]})" if inner else ""))
        for callee, arg in db.execute(
                "SELECT api, arg FROM facts WHERE file = ? AND func = ? AND role = 'call'"
                " AND (param = ? AND param >= 0 OR source = ?)", (path, func, param, api)):
            for f, ln, how, role in db.execute(
                    "SELECT file, line, api, role FROM facts WHERE func = ? AND param = ?"
                    " AND static = 0 AND role IN ('release', 'dirty', 'store', 'handoff')",
                    (callee, arg)):
                chain.append(f"{func}() passes them to {callee}(): {DONE[role]}"
                             f" with {how or 'a store'} ({f}:{ln})")
        pinned_for = db.execute("SELECT DISTINCT func, line FROM facts WHERE file = ?"
                                " AND via = ? AND role = 'acquire'", (path, func))
        for caller, ln in pinned_for if depth else ():
            chain.append(f"{func}() pins them for {caller}() ({path}:{ln})")
            chain += ["  " + c for c in owners(db, path, ln, depth - 1)]
        if returns and depth:
            for f, ln, caller in db.execute(
                    "SELECT DISTINCT file, line, func FROM facts WHERE role = 'acquire' AND api = ?",
                    (func,)):
                chain.append(f"{func}() returns them to {caller}() ({f}:{ln})")
                chain += ["  " + c for c in owners(db, f, ln, depth - 1)]
    return chain
