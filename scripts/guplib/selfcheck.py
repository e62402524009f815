# SPDX-License-Identifier: GPL-2.0
"""gup-convert checks its own rewrite: gupcheck on the old and the new
text of every file the rules changed, each file on its own (no database:
the summaries of other files were made from their old text and would
disagree with the new one).  A finding the new text has and the old one
has not means the rewrite of that file is wrong: it goes back.  Both
texts are read with the API the series converts to, declared where the
tree lacks it (guplib/declare.py)."""

import os
import re
from dataclasses import dataclass, field

from guplib import checker, declare, diff
from guplib.tree import API_HEADER, api_names

# Notes that do not say pages are mishandled: gup-longterm asks a FOLL_PIN
# pin kept in an object for FOLL_LONGTERM, so a faithful rewrite to pin_*()
# brings it wherever the old code kept its pages; gup-budget is gupcheck's
# own limit.  gup-no-dirty (what was written may be lost) counts.
ADVICE = ("gup-longterm", "gup-budget")
LINE = re.compile(r"\bline \d+")
CALL = re.compile(r"\b(\w+)\(\)")


@dataclass
class Outcome:
    checked: int = 0                                # files compared
    wrong: dict = field(default_factory=dict)       # rel: why its rewrite goes back
    unparsed: dict = field(default_factory=dict)    # rel: why it was not compared


def renames(table, family):
    """{name: what the rewrite to family calls it}: the acquirers of
    GUP_CONVERT and the legacy releases GUP_REPLACE takes over."""
    out = {r.name: r.to for r in table["CONVERT"] if r.family == family and r.to}
    replace = {r.family: r for r in table["REPLACE"]}[family]
    shapes = {"PAGE": replace.page, "ARRAY": replace.pages}
    out.update({r.name: shapes[r.shape] for r in table["RELEASE"]
                if r.family == "LEGACY" and r.kind == "GET" and r.shape in shapes})
    return out


def key(d, names):
    """What finding d says, read alike in the old and the new text: its
    check, its function and its message with the line numbers out (the
    rewrite moves lines) and the API names as the rewrite spells them
    (renaming an acquire does not change what is found about its pages).
    SARIF's partial fingerprint would not do: it hashes the names."""
    try:
        func = d.sarif["locations"][0]["logicalLocations"][0]["name"]
    except (TypeError, LookupError):
        func = None
    text = CALL.sub(lambda m: names.get(m.group(1), m.group(1)) + "()", LINE.sub("line", d.text))
    return d.check, func, text


def _write(path, text):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", errors="surrogateescape") as f:
        f.write(text)


def check(exe, tree, build, results, table, family, jobs, timeout, workdir, progress=None):
    """Compare gupcheck's findings on the old and the new text of the
    changed results (spatch.Results) of tree, rewritten to family, jobs
    files at a time.  Returns an Outcome."""
    names = renames(table, family)
    changed = [r for r in results if r.new != r.old]
    base = os.path.join(workdir, "selfcheck")
    header = declare.header(table, family, tree)
    if header:
        _write(os.path.join(base, "api", API_HEADER), header)
    work = []
    for r in changed:
        # Both texts are copies in a tree of their own with the file's
        # directory early on the include path: quoted includes resolve
        # from there, as for the file in place, and alike for both.  The
        # API header with what the tree lacks comes first.
        extra = (["-I", os.path.join(base, "api", "include")] if header else []) + \
            ["-I", os.path.join(tree, os.path.dirname(r.rel)),
             *checker.flags(tree, build, r.rel), f"--api={api_names(table)[family]}"]
        for side, text in (("old", r.old), ("new", r.new)):
            path = os.path.join(base, side, r.rel)
            _write(path, text)
            work.append((path, r.rel, extra))
    reports = checker.run(exe, jobs, timeout, work, progress)
    out = Outcome()
    for r, old, new in zip(changed, reports[::2], reports[1::2]):
        if old.error:
            out.unparsed[r.rel] = old.error
            continue
        out.checked += 1
        if new.error:
            out.wrong[r.rel] = f"gupcheck cannot check the rewrite: {new.error}"
            continue
        before = {key(d, names) for d in old.diagnostics if d.check not in ADVICE}
        found = [d for d in new.diagnostics
                 if d.check not in ADVICE and key(d, names) not in before]
        if found:
            d = found[0]
            out.wrong[r.rel] = (f"gupcheck finds the rewrite wrong: {diff.quote(r.rel)}:"
                                f"{d.line}: {d.text} [{d.check}]")
    return out
