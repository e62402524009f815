# SPDX-License-Identifier: GPL-2.0
"""Unified diffs: write them the way git does, read the ones we are given."""

import difflib
import re
from dataclasses import dataclass, field

NO_NEWLINE = "\\ No newline at end of file\n"
HUNK = re.compile(r"^@@ -(\d+)(?:,(\d+))? \+(\d+)(?:,(\d+))? @@")


FUNCNAME = re.compile(r"^[A-Za-z_$]")


def _funcname(lines, first):
    """Like git: the last line before line first (1-based) that starts with
    a letter, _ or $, shown after the hunk header."""
    for line in reversed(lines[:max(first - 1, 0)]):
        if FUNCNAME.match(line):
            return " " + line.rstrip()[:60]
    return ""


def unified(path, old, new):
    """The git-style diff of one file (a/path, b/path) from old to new text."""
    a, b = old.splitlines(True), new.splitlines(True)
    out = [f"diff --git a/{path} b/{path}\n"]
    for line in difflib.unified_diff(a, b, f"a/{path}", f"b/{path}", n=3):
        m = HUNK.match(line)
        if m:
            line = line.rstrip("\n") + _funcname(a, int(m.group(1))) + "\n"
        if not line.endswith("\n"):
            line += "\n" + NO_NEWLINE
        out.append(line)
    return "".join(out) if len(out) > 1 else ""


def stat(diff):
    """(insertions, deletions) of a unified diff."""
    plus = minus = 0
    for line in diff.splitlines():
        if line.startswith("+") and not line.startswith("+++ "):
            plus += 1
        elif line.startswith("-") and not line.startswith("--- "):
            minus += 1
    return plus, minus


@dataclass
class FilePatch:
    """What a patch does to one file: its paths before and after (None when
    created or deleted), the new-file lines it adds and where they are in
    the patch."""
    old: str
    new: str
    added: dict = field(default_factory=dict)       # new line -> text
    patch_line: dict = field(default_factory=dict)  # new line -> line in patch


def _strip(name, strip):
    name = name.split("\t")[0].strip()
    if name == "/dev/null":
        return None
    parts = name.split("/")
    return "/".join(parts[strip:]) if len(parts) > strip else name


def parse(text, strip=1):
    """[FilePatch] of a unified diff (git or plain diff -u)."""
    files, cur, new_line, in_hunk = [], None, 0, False
    lines = text.splitlines()
    i = 0
    while i < len(lines):
        line = lines[i]
        if line.startswith("--- ") and i + 1 < len(lines) and lines[i + 1].startswith("+++ "):
            old, new = _strip(line[4:], strip), _strip(lines[i + 1][4:], strip)
            cur, in_hunk = FilePatch(old, new), False
            files.append(cur)
            i += 2
            continue
        m = HUNK.match(line)
        if m and cur:
            new_line = int(m.group(3))
            in_hunk = True
        elif cur and in_hunk and line[:1] in ("+", " ", ""):
            if line.startswith("+"):
                cur.added[new_line] = line[1:]
                cur.patch_line[new_line] = i + 1
            new_line += 1
        i += 1
    return files
