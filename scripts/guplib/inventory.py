# SPDX-License-Identifier: GPL-2.0
"""The inventory of a tree's GUP sites: gupcheck's rows for every candidate
file (with the pin_user_pages.rst case gupcheck found), the subsystem
added, and totals per subsystem."""

import collections
import os
import re
import time

import gupapi
from guplib import checker, diff, gupdb, tree as gtree
from guplib.cli import Error
from guplib.maintainers import Maintainers

STATUSES = ("converted", "auto", "manual", "keep", "unchecked")
CASES = {
    1: "Direct IO: FOLL_PIN",
    2: "long-term pin (RDMA-like): FOLL_PIN | FOLL_LONGTERM",
    3: "MMU notifier: no pin, unpin on invalidate",
    4: "struct page only: FOLL_GET",
    5: "writes page data: FOLL_PIN",
}
# Words that may stand right before a call but never before a declaration.
CALL_KEYWORDS = {"return", "else", "do", "case", "sizeof"}



def unchecked_sites(text, rel, names, why):
    """Rows for the acquire calls of a file gupcheck could not check."""
    call = re.compile(r"\b(%s)\s*\(" % "|".join(names))
    rows = []
    for n, line in enumerate(diff.lines(text), 1):
        m = call.search(line)
        if not m or re.match(r"^\s*(\*|//|/\*|#)", line):
            continue
        before = re.search(r"(\w+|\S)?\s*$", line[:m.start(1)]).group(1) or ""
        if before in CALL_KEYWORDS or not re.fullmatch(r"\w+|[*.>]", before):
            rows.append({"file": rel, "line": n, "col": m.start(1) + 1, "function": "",
                         "api": m.group(1), "status": "unchecked", "reason": why,
                         "diagnostics": [], "releases": []})
    return rows


def collect(table, root, build, exe, jobs, timeout, progress, results=None):
    """The inventory of the tree at root as a JSON-ready dict; gupcheck's
    SARIF results for the findings it printed go into results (a list)."""
    names = gupapi.names(table, "ACQUIRE")
    progress.stage("prefilter")
    files = gtree.candidates(root, names)
    progress.stage("gupcheck")
    work = [(os.path.join(root, rel), rel, checker.flags(root, build, rel)) for rel in files]
    reports = checker.run(exe, jobs, timeout, work, progress)
    progress.stage("classify")
    maintainers = Maintainers(root)
    sites, errors = [], []
    for rep in reports:
        with open(os.path.join(root, rep.rel), errors="replace") as f:
            text = f.read()
        rows = rep.sites
        if results is not None:
            results += [d.sarif for d in rep.diagnostics if d.sarif]
        if rep.error:
            errors.append({"file": rep.rel, "error": rep.error})
            rows = rows or unchecked_sites(text, rep.rel, names, rep.error)
        owner = maintainers.owner(rep.rel)
        for row in rows:
            row["subsystem"] = owner.name if owner else os.path.dirname(rep.rel)
            row.setdefault("case", None)
            sites.append(row)
    sites.sort(key=lambda r: (r["file"], r["line"], r.get("col", 0)))
    progress.done()
    return {"tree": root, "api": gtree.detect_api(table, root),
            "generated": time.strftime("%Y-%m-%d %H:%M:%S %Z"),
            "files": len({s["file"] for s in sites}), "scanned": len(files),
            "sites": sites, "errors": errors,
            "totals": totals(sites), "subsystems": by_subsystem(sites)}


def totals(sites):
    count = collections.Counter(r["status"] for r in sites)
    return {s: count.get(s, 0) for s in STATUSES} | {"sites": len(sites)}


def by_subsystem(sites):
    """[{name, sites, converted, auto, manual, keep, unchecked}], most sites
    first."""
    groups = collections.defaultdict(list)
    for r in sites:
        groups[r["subsystem"]].append(r)
    rows = [{"name": name} | totals(rows) for name, rows in groups.items()]
    return sorted(rows, key=lambda r: (-r["sites"], r["name"]))


def add_owners(inv, root, db_path):
    """Each site's chain of owners across files, from the summary database."""
    if not os.path.isfile(db_path):
        raise Error(f"{db_path}: no such database (build it with scripts/gup-db)")
    db = gupdb.connect(db_path)
    for row in inv["sites"]:
        row["owners"] = gupdb.owners(db, os.path.join(root, row["file"]), row["line"])
