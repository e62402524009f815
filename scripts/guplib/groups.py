# SPDX-License-Identifier: GPL-2.0
"""Conversion groups across a tree, planned from the summary database
(docs/db-schema.md).  An acquire and every release its pages reach, in
whatever file (through the functions they are passed to, the members
they are kept in, the callers of a wrapper acquirer, the pfn its callers
pass on to a helper that turns it back into the page), convert together
or not at all.  GUP_CONVERT in rules/gup-api.h says what each acquirer
becomes; sites of pin_user_pages.rst cases 3 and 4 stay FOLL_GET.

The plan goes to the SmPL rules as a JSON file named by $GUP_PLAN (see
cocci/): the acquire sites to rename, the release helpers whose
parameters hold GUP pages, the members that do, and the sites to leave."""

import collections
import difflib
import json
import os
import re
from dataclasses import dataclass, field

from guplib import diff
from guplib.gupdb import MEMBER

KEEP_CASES = (3, 4)
DONE = {"release": "releases", "dirty": "dirties", "free": "frees"}


@dataclass
class Group:
    sites: list = field(default_factory=list)     # (file, line, func, api, to, flags)
    uses: list = field(default_factory=list)      # (file, line, func, role, api, param)
    helpers: set = field(default_factory=set)     # (file, func, param)
    members: set = field(default_factory=set)     # "struct T.m"
    reasons: list = field(default_factory=list)   # why it stays; none: it converts

    @property
    def across(self):
        """Do its pages reach releases or acquires in other functions than
        its acquires'?  A group that does not is left to the rules' own
        reasoning."""
        own = {(file, func) for file, _, func, *_ in self.sites}
        return any((file, func) not in own for file, _, func, *_ in self.uses) or \
            any(to == api for _, _, _, api, to, _ in self.sites)

    @property
    def converts(self):
        return self.across and not self.reasons

    def files(self):
        return sorted({s[0] for s in self.sites} | {u[0] for u in self.uses})


class Union:
    def __init__(self):
        self.up = {}

    def find(self, k):
        self.up.setdefault(k, k)
        while self.up[k] != k:
            self.up[k] = self.up[self.up[k]]
            k = self.up[k]
        return k

    def join(self, a, b):
        self.up[self.find(a)] = self.find(b)


def held(member, containers):
    """Is member a struct member that holds pages for its owner (not a
    global, nor a kernel-wide container of rules/gup-api.h)?"""
    return bool(member) and MEMBER.match(member) and member not in containers


def _func(file, func, static):
    """The node of a function's pages: static ones are the unit's own."""
    return ("func", file, func) if static else ("func", func)


def _facts(db, table):
    """The rows of facts, without the GUP implementation (mm/gup.c): no
    site to convert."""
    acquirers = {r.name for r in table["ACQUIRE"]}
    return [r for r in db.execute(
        "SELECT file, func, static, line, role, param, member, api, kind, returns,"
        " target, source, arg, rst_case, via FROM facts")
        if r[1] not in acquirers or r[2]]


def _join(rows, table, u):
    """Join in u each acquire site with what its pages reach; return the
    sites {node: (file, line, func, api, kind, case)}, the uses [(node,
    (file, line, func, role, api, param))], the wrapper acquirers and the
    wrapper calls whose pages their caller keeps to itself."""
    primitives = {r.name for k in ("RELEASE", "DIRTY", "FREE") for r in table[k]}
    containers = {f"struct {r.struct}.{r.member}" for r in table["CONTAINER"]}
    wrappers = {r[1] for r in rows if r[4] == "acquire" and not r[2]
                and (r[9] or r[5] >= 0)}
    # the parameters whose pages a function releases or keeps: a call to
    # anything else (PageDirty(), unlock_page()) only looks at them
    effect = {(r[1], r[5]) for r in rows if not r[2] and r[5] >= 0
              and r[4] in ("release", "dirty", "free", "store", "handoff")}
    sites, uses, kept, passed = {}, [], set(), set()
    statics = {(r[0], r[1]) for r in rows if r[2]}
    # an acquire through the unit's own helper is the helper's site
    pin_for = {(r[0], r[14]) for r in rows if r[4] == "acquire" and r[14]}
    for (file, func, static, line, role, param, member, api, kind, returns,
         target, source, arg, case, via) in rows:
        if role != "acquire":
            continue
        if via:
            node = _func(file, via, (file, via) in statics)
        else:
            node = ("site", file, line)
            sites.setdefault(node, (file, line, func, api, kind, case))
            if (file, func) in pin_for:
                u.join(node, _func(file, func, static))
            if api in wrappers:
                (passed if member or param >= 0 or returns else kept).add(node)
        # what a function gets from api is one (its locals' pages, which
        # its helpers release); a static function's own parameter joins
        # through its callers
        for other in (("local", file, func, api),
                      held(member, containers) and ("member", member),
                      (returns or param >= 0) and (via or not static)
                      and _func(file, func, static),
                      api in wrappers and ("func", api)):
            if other:
                u.join(node, other)
    for (file, func, static, line, role, param, member, api, kind, returns,
         target, source, arg, case, via) in rows:
        here = (held(member, containers) and ("member", member)) or \
            (param >= 0 and _func(file, func, static)) or \
            (source and ("local", file, func, source))
        if role == "call" and (api, arg) not in effect:
            continue
        if role == "call" and source:
            u.join(("local", file, func, source), ("func", api))
        elif role == "call" and here:
            u.join(here, ("func", api))
        elif role == "store" and here and held(target, containers):
            u.join(here, ("member", target))
        elif role in DONE and here:
            uses.append((here, (file, line, func, role, api, param)))
            if api not in primitives:   # a helper of another file
                u.join(here, ("func", api))
            if via:     # what the unit's own helper does to them
                u.join(here, _func(file, via, (file, via) in statics))
    return sites, uses, wrappers, kept - passed


def plan(db, table, family):
    """The conversion groups of the database db (sqlite3 connection) for
    family (USER or UNPIN), largest first."""
    convert = {r.name: r for r in table["CONVERT"] if r.family == family}
    u = Union()
    sites, uses, wrappers, kept = _join(_facts(db, table), table, u)
    groups = {}
    for node, (file, line, func, api, kind, case) in sites.items():
        g = groups.setdefault(u.find(node), Group())
        if kind == "pin":
            continue
        row = convert.get(api)
        if api in wrappers:
            g.sites.append((file, line, func, api, api, ""))
            if node in kept:    # released (or not) where the rules cannot follow
                g.reasons.append(f"{func}() keeps the pages {api}() gives it, out of the "
                                 f"rules' sight ({file}:{line})")
        elif row and row.to:
            g.sites.append((file, line, func, api, row.to, row.flags))
        else:
            g.sites.append((file, line, func, api, "", ""))
            g.reasons.append(f"{api}() has no {family} form ({file}:{line})")
        if case in KEEP_CASES:
            g.reasons.append(f"{func}() ({file}:{line}) is pin_user_pages.rst case {case}:"
                             " it stays FOLL_GET")
    for node, use in uses:
        g = groups.get(u.find(node))
        if g is None:
            continue
        g.uses.append(use)
        if node[0] == "member":
            g.members.add(node[1])
        elif use[5] >= 0:
            g.helpers.add((use[0], use[2], use[5]))
        if use[3] == "free":
            g.reasons.append(f"{use[2]}() frees them with {use[4]}() ({use[0]}:{use[1]})")
    out = [g for g in groups.values() if g.sites]
    for g in out:    # in the same order whatever order the database gives
        g.reasons = sorted(set(g.reasons))
        g.sites.sort(key=lambda s: (s[0], s[1], s[2]))
    return sorted(out, key=lambda g: (-len(g.files()), g.sites[0][:2]))


def describe(g, root=""):
    """Lines saying what a group holds and whether it converts."""
    rel = (lambda f: os.path.relpath(f, root)) if root else (lambda f: f)
    head = "converts" if g.converts else "stays: " + "; ".join(
        r.replace(root + "/", "") if root else r for r in g.reasons) if g.reasons \
        else "left to the rules: no release in another function known"
    lines = [f"group of {len(g.files())} file(s): {head}"]
    for file, line, func, api, to, flags in g.sites:
        what = f" -> {to}()" + (f" with flags {flags}" if flags else "") \
            if g.converts and to != api else ""
        lines.append(f"  acquire {api}() in {func}() {rel(file)}:{line}{what}")
    for file, line, func, role, api, param in sorted(g.uses):
        lines.append(f"  {func}() {DONE[role]} them with {api}() {rel(file)}:{line}")
    return lines


def write(groups, path):
    """The plan file the SmPL rules read ($GUP_PLAN): per file, the acquire
    lines to rename (and how), the helpers' parameters and the members
    that hold GUP pages, and the lines left alone with why."""
    files = collections.defaultdict(lambda: {"acquires": {}, "helpers": [],
                                             "members": [], "keep": {}})
    for g in groups:
        for file, line, func, api, to, flags in g.sites:
            if g.converts:
                files[file]["acquires"][str(line)] = {"to": to, "flags": flags}
            elif g.reasons:
                files[file]["keep"][str(line)] = "; ".join(g.reasons)
        if not g.converts:
            continue
        for file, func, param in sorted(g.helpers):
            files[file]["helpers"].append([func, param])
        for file in g.files():
            files[file]["members"] = sorted(set(files[file]["members"]) |
                                            {m.split(".")[-1] for m in g.members})
    with open(path, "w") as f:
        json.dump(files, f, indent=1, sort_keys=True)


def untouched(groups, root, files, names):
    """Those of files (relative to root) that rules reading the plan leave
    as they are: in no converting group, and every call of an acquirer of
    names in them on a line the plan keeps, so that each group of pages
    there stays."""
    busy, keep = set(), collections.defaultdict(set)
    for g in groups:
        if g.converts:
            busy.update(g.files())
        elif g.reasons:
            for file, line, *_ in g.sites:
                keep[file].add(line)
    call = re.compile(r"\b(%s)\s*\(" % "|".join(map(re.escape, names)))
    out = []
    for rel in files:
        path = os.path.realpath(os.path.join(root, rel))
        if path in busy or path not in keep:
            continue
        with open(path, errors="replace") as f:
            text = f.read()
        if all(text.count("\n", 0, m.start()) + 1 in keep[path] for m in call.finditer(text)):
            out.append(rel)
    return out


def _kept_lines(old, new):
    """The line numbers (from 1) of old that new keeps unchanged."""
    if old == new:
        return set(range(1, len(diff.lines(old)) + 1))
    kept = set()
    matcher = difflib.SequenceMatcher(None, diff.lines(old), diff.lines(new), autojunk=False)
    for tag, i1, i2, _, _ in matcher.get_opcodes():
        if tag == "equal":
            kept.update(range(i1 + 1, i2 + 1))
    return kept


def _by_file(results, root):
    return {os.path.realpath(os.path.join(root, r.rel)): r for r in results}


def _undo(g, why, by_file):
    """g stays, for why: its files go back as they were."""
    g.reasons.append(why)
    for f in g.files():
        if f in by_file:
            by_file[f].new = by_file[f].old


def put_back(groups, results, root, wrong):
    """Put back the rewrite of the files of wrong, {file (relative to
    root): why}, whatever group they are in: each goes back as it was,
    and every group with a file there stays for that reason, a
    converting group with all its files (one left to the rules has only
    the reason, for the plan to say).  results are spatch.Results (their
    new text is reset); returns the groups that stay for it: settle()
    then undoes the groups this leaves half done."""
    by_file = _by_file(results, root)
    why = {os.path.realpath(os.path.join(root, rel)): w for rel, w in wrong.items()}
    for f in why:
        by_file[f].new = by_file[f].old
    stay = []
    for g in groups:
        hit = [f for f in g.files() if f in why]
        if not hit or g.reasons:
            continue
        if g.converts:
            _undo(g, why[hit[0]], by_file)
        else:
            g.reasons.append(why[hit[0]])
        stay.append(g)
    return stay


def settle(groups, results, root, table, family):
    """Keep the rewrite of a converting group only where the rules rewrote
    all of it: each acquire to rename and each release of another family
    than family's, in every file.
    Otherwise its files go back as they were, which can undo other groups
    in them, until none is half done.  results are spatch.Results (their
    new text is reset); returns the groups undone."""
    by_file = _by_file(results, root)
    todo = [g for g in groups if g.converts]
    kept = {f: _kept_lines(by_file[f].old, by_file[f].new)
            for f in {f for g in todo for f in g.files()} if f in by_file}
    legacy = {r.name for r in table["RELEASE"] if r.family != family}
    undone = []
    while True:
        bad = [(g, at) for g in todo for at in _missed(g, kept, legacy)]
        if not bad:
            return undone
        for g, (file, line, api) in bad:
            if g not in todo:
                continue
            todo.remove(g)
            undone.append(g)
            _undo(g, f"the rules did not rewrite {api}() at {file}:{line}", by_file)
            for f in g.files():
                kept.pop(f, None)


def unconverted(groups, results, root):
    """The acquires of the groups left to the rules that the rules left as
    they were: [(group, (file, line, func, api))]."""
    by_file, kept = _by_file(results, root), {}
    left = []
    for g in groups:
        if g.converts or g.reasons:
            continue
        for file, line, func, api, to, _ in g.sites:
            r = by_file.get(file)
            if r and file not in kept:
                kept[file] = _kept_lines(r.old, r.new)
            if to != api and (not r or line in kept[file]):
                left.append((g, (file, line, func, api)))
    return left


def say_unconverted(left, root, reports):
    """Give the groups of left (unconverted()) their reasons: what the
    rules report of each site ({(file relative to root, line): why}), or
    that they did not look at its file.  Returns the groups."""
    out = []
    for g, (file, line, func, api) in left:
        why = reports.get((os.path.relpath(file, os.path.realpath(root)), line),
                          "the rules found no release of its pages to convert with it")
        g.reasons.append(f"{func}() ({file}:{line}) stays {api}(): {why}")
        if g not in out:
            out.append(g)
    return out


def _missed(g, kept, legacy):
    """The (file, line, api) of g's acquires and legacy releases the
    rewrite left (every line of a file it did not change or that went
    back)."""
    lines = [(f, ln, api) for f, ln, _, api, to, _ in g.sites if to != api]
    lines += [(f, ln, api) for f, ln, _, role, api, _ in g.uses
              if role == "release" and api in legacy]
    return [(f, ln, api) for f, ln, api in lines if f not in kept or ln in kept[f]]
