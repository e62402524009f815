# SPDX-License-Identifier: GPL-2.0
"""Review a patch: check the files it touches as patched, with gupcheck and
the conversion rules, and keep the findings on the lines it touches."""

import os
import re
import shutil
import subprocess
import tempfile
import time
from dataclasses import dataclass

from guplib import checker, diff, spatch
from guplib.cli import Error


@dataclass
class Finding:
    severity: str       # ERROR, WARNING or NOTE
    check: str
    text: str
    file: str
    line: int
    patch_line: int     # line in the patch, 0 when the patch does not add it
    code: str           # the source line
    suggestion: str = ""
    sarif: dict = None  # gupcheck's SARIF result, when it made the finding


class Deadline:
    """The time left of a budget, for each step of a file's review."""

    def __init__(self, seconds):
        self.end = time.monotonic() + seconds

    def left(self):
        return self.end - time.monotonic()


class OutOfTime(Exception):
    """A step of a file's review ran past the file's timeout."""


class Unchecked(Exception):
    """A file gupcheck could not check."""


def _run(cmd, deadline, what):
    """Run cmd within the deadline; raise OutOfTime naming what otherwise."""
    if deadline.left() <= 0:
        raise OutOfTime(what)
    try:
        return subprocess.run(cmd, capture_output=True, text=True, errors="replace",
                              timeout=deadline.left())
    except subprocess.TimeoutExpired:
        raise OutOfTime(what) from None


def _inside(tree, path):
    """Whether path, symbolic links resolved, is in tree."""
    real = os.path.realpath(path)
    top = os.path.realpath(tree)
    return real == top or real.startswith(top + os.sep)


def patch_file(tree, fp, root, work, deadline):
    """Make root/fp.new: fp.old's text from tree (empty for a new file)
    with fp's hunks applied.  The hunks are handed to patch(1) with the
    output file named on its command line, so the names in the diff never
    reach it."""
    dst = os.path.join(root, fp.new)
    if not os.path.exists(dst):
        os.makedirs(os.path.dirname(dst), exist_ok=True)
        if fp.old:
            src = os.path.join(tree, fp.old)
            if not os.path.isfile(src):
                raise Error(f"the patch does not apply to {tree}: {diff.quote(fp.old)} "
                            f"is not in the tree")
            if not _inside(tree, src):
                raise Error(f"refusing the diff: {diff.quote(fp.old)} is a link out of the tree")
            shutil.copyfile(src, dst)
        else:
            open(dst, "wb").close()
    if not fp.hunks:
        return
    hunks = os.path.join(work, "hunks.diff")
    with open(hunks, "w", errors="surrogateescape", newline="") as f:
        f.write("--- a\n+++ b\n" + "\n".join(fp.hunks) + "\n")
    p = _run(["patch", "-s", "--batch", "-N", "--no-backup-if-mismatch", "--reject-file=-",
              "-i", hunks, dst], deadline, "applying the patch")
    if p.returncode:
        why = [l for l in (p.stdout + p.stderr).splitlines() if l.strip()]
        raise Error(f"the patch does not apply to {tree}: {diff.quote(fp.new)}: "
                    f"{why[0] if why else 'patch failed'}")


def scope(fp, sites):
    """The new-file lines findings may sit on: the added lines, and the GUP
    call of any site whose call or releases the patch adds."""
    lines = set(fp.added)
    for s in sites:
        if s["line"] in fp.added or any(r.get("line") in fp.added for r in s.get("releases", [])):
            lines.add(s["line"])
    return lines


HUNK0 = re.compile(r"^@@ -(\d+)(?:,(\d+))? \+(\d+)(?:,(\d+))? @@", re.M)


def changed_ranges(old_text, new_text, work, deadline):
    """[(i1, i2, j1, j2)]: the 0-based line ranges old[i1:i2] that became
    new[j1:j2], from diff(1), which stays fast on repetitive text."""
    if old_text == new_text:
        return []
    paths = [os.path.join(work, n) for n in ("old.c", "new.c")]
    for path, text in zip(paths, (old_text, new_text)):
        with open(path, "w", errors="surrogateescape", newline="") as f:
            f.write(text)
    p = _run(["diff", "-U0", "-a", "--", *paths], deadline, "comparing the rules' rewrite")
    if p.returncode > 1:
        raise Error(f"diff failed: {p.stderr.strip()}")
    out = []
    for m in HUNK0.finditer(p.stdout):
        a, b = int(m.group(1)), int(m.group(2) or 1)
        c, d = int(m.group(3)), int(m.group(4) or 1)
        i1 = a if b == 0 else a - 1
        j1 = c if d == 0 else c - 1
        out.append((i1, i1 + b, j1, j1 + d))
    return out


def rule_findings(table_severity, fp, path, rule_list, include, deadline, work, lines):
    """Findings for the hunks of the rules' rewrite that touch added lines."""
    if deadline.left() <= 0:
        raise OutOfTime("applying the conversion rules")
    res = spatch.apply_rules(path, fp.new, rule_list, include, deadline.left(), work)
    found = []
    ranges = changed_ranges(res.old, res.new, work, deadline)
    old, new = (res.old.split("\n"), res.new.split("\n")) if ranges else ([], [])
    for i1, i2, j1, j2 in ranges:
        hit = [n for n in range(i1 + 1, i2 + 1) if n in lines]
        if not hit:
            continue
        suggestion = "".join(f"-{l}\n" for l in old[i1:i2]) + "".join(f"+{l}\n" for l in new[j1:j2])
        found.append(Finding(table_severity, "gup-convert",
                             f"use the tree's GUP API ({', '.join(res.applied)})",
                             fp.new, hit[0], fp.added.get(hit[0], 0),
                             old[hit[0] - 1], suggestion))
    return found + [Finding("WARNING", "gup-convert", f"rules not applied: {e}", fp.new, 0, 0, "")
                    for e in res.errors]


def review_file(tree, build, fp, root, work, exe, rule_list, severities, deadline, extra):
    """The findings on one patched file; raises OutOfTime or Unchecked."""
    path = os.path.join(root, fp.new)
    rep = checker.check_file(exe, path, fp.new, checker.flags(tree, build, fp.new) + list(extra),
                             deadline.left())
    if rep.error:
        raise Unchecked(rep.error)
    lines = scope(fp, rep.sites)
    with open(path, errors="surrogateescape") as f:
        source = f.read().split("\n")
    findings = [Finding(severities.get(d.check, d.severity.upper()), d.check, d.text, fp.new,
                        d.line, fp.added.get(d.line, 0),
                        source[d.line - 1] if d.line <= len(source) else "", sarif=d.sarif)
                for d in rep.diagnostics if d.line in lines]
    if rule_list:
        findings += rule_findings(severities.get("gup-release", "WARNING"), fp, path,
                                  rule_list, spatch.kernel_includes(tree) +
                                  ["-I", os.path.join(tree, os.path.dirname(fp.new))],
                                  deadline, work, set(fp.added))
    return findings


def review(tree, build, patch_text, strip, exe, rule_list, severities, timeout, extra=()):
    """([Finding] for the patch, the number of lines it adds, [(file, why)]
    for each C file it could not check).  Every step of a file (applying
    its hunks, gupcheck, the rules) shares the file's timeout; extra: more
    gupcheck options."""
    files = diff.parse(patch_text, strip)
    if not files:
        raise Error("no unified diff found in the input")
    findings, unchecked = [], []
    with tempfile.TemporaryDirectory(prefix="gup-review.") as work:
        root = os.path.join(work, "tree")
        deadlines = {}
        for fp in files:
            if fp.new:
                deadlines[fp.new] = deadlines.get(fp.new) or Deadline(timeout)
                try:
                    patch_file(tree, fp, root, work, deadlines[fp.new])
                except OutOfTime as e:
                    raise Error(f"{diff.quote(fp.new)}: timed out after {timeout:g}s "
                                f"while {e}") from None
                except OSError as e:    # e.g. a.c and a.c/b.c in one diff
                    raise Error(f"cannot lay out {diff.quote(fp.new)} from the patch: "
                                f"{e.strerror}") from None
        for fp in files:
            if not fp.new or not fp.new.endswith(".c"):
                continue
            try:
                findings += review_file(tree, build, fp, root, work, exe, rule_list,
                                        severities, deadlines[fp.new], extra)
            except OutOfTime as e:
                unchecked.append((fp.new, f"timed out after {timeout:g}s while {e}"))
            except Unchecked as e:
                unchecked.append((fp.new, f"not checked: {e}"))
    findings.sort(key=lambda f: (f.file, f.line))
    return findings, sum(len(fp.added) for fp in files), unchecked


def format_finding(f):
    """checkpatch's layout: severity and message, where, the line."""
    out = [f"{f.severity}: {f.text} [{f.check}]"]
    name = diff.quote(f.file)
    where = f"FILE: {name}:{f.line}:" if f.line else f"FILE: {name}"
    out.append(f"#{f.patch_line}: {where}" if f.patch_line else where)
    if f.line:
        out.append(("+" if f.patch_line else " ") + f.code)
    if f.suggestion:
        out += ["suggested:", f.suggestion.rstrip("\n")]
    return "\n".join(out) + "\n"
