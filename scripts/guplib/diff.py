# SPDX-License-Identifier: GPL-2.0
"""Unified diffs: write them the way git does, read the ones we are given.

Text is str decoded with errors="surrogateescape", so that any byte of a
patch or a tree file goes through unchanged."""

import difflib
import re
from dataclasses import dataclass, field

from guplib.cli import Error

NO_NEWLINE = "\\ No newline at end of file\n"
HUNK = re.compile(r"^@@ -(\d+)(?:,(\d+))? \+(\d+)(?:,(\d+))? @@")
FUNCNAME = re.compile(r"^[A-Za-z_$]")
# git's quote_c_style(): these characters and every byte >= 0x80 are escaped.
C_ESCAPES = {7: "a", 8: "b", 9: "t", 10: "n", 11: "v", 12: "f", 13: "r",
             ord('"'): '"', ord("\\"): "\\"}
C_UNESCAPES = {v: k for k, v in C_ESCAPES.items()}


def quote(name):
    """name as git writes it in a diff header: as is, or in double quotes
    with C escapes when it holds a quote, backslash, control character or
    a non-ASCII byte."""
    raw = name.encode("utf-8", "surrogateescape")
    if all(0x20 <= b < 0x7f and b not in (0x22, 0x5c) for b in raw):
        return name
    out = []
    for b in raw:
        if b in C_ESCAPES:
            out.append("\\" + C_ESCAPES[b])
        elif b < 0x20 or b >= 0x7f:
            out.append(f"\\{b:03o}")
        else:
            out.append(chr(b))
    return '"' + "".join(out) + '"'


def unquote(text):
    """(name, rest of text) for a header name at the start of text, quoted
    the git way or not; an unquoted name runs to the end of text."""
    if not text.startswith('"'):
        return text, ""
    raw, i = bytearray(), 1
    while i < len(text):
        c = text[i]
        if c == '"':
            return bytes(raw).decode("utf-8", "surrogateescape"), text[i + 1:]
        if c == "\\" and i + 1 < len(text):
            e = text[i + 1]
            if e in C_UNESCAPES:
                raw.append(C_UNESCAPES[e])
                i += 2
                continue
            if re.match(r"[0-3][0-7]{2}", text[i + 1:i + 4]):
                raw.append(int(text[i + 1:i + 4], 8))
                i += 4
                continue
        raw += c.encode("utf-8", "surrogateescape")
        i += 1
    raise Error(f"unterminated quoted file name in the diff: {text}")


def lines(text, ends=False):
    """The lines of text, split at newlines only: str.splitlines() also
    splits at the form feeds old kernel files have between sections."""
    found = re.findall(r"[^\n]*\n|[^\n]+\Z", text)
    return found if ends else [line.rstrip("\n") for line in found]


def _funcname(lines, first):
    """Like git: the last line before line first (1-based) that starts with
    a letter, _ or $, shown after the hunk header."""
    for line in reversed(lines[:max(first - 1, 0)]):
        if FUNCNAME.match(line):
            return " " + line.rstrip()[:60]
    return ""


def unified(path, old, new):
    """The git-style diff of one file (a/path, b/path) from old to new text."""
    a, b = lines(old, True), lines(new, True)
    qa, qb = quote("a/" + path), quote("b/" + path)
    tab = "\t" if " " in path else ""  # as git, so that patch(1) reads the name whole
    out = [f"diff --git {qa} {qb}\n"]
    if not old:
        out.append("new file mode 100644\n")
    for line in difflib.unified_diff(a, b, n=3):
        if line.startswith(("--- ", "+++ ")):
            line = f"--- {qa if old else '/dev/null'}{tab}\n" if line[0] == "-" \
                else f"+++ {qb}{tab}\n"
        m = HUNK.match(line)
        if m:
            line = line.rstrip("\n") + _funcname(a, int(m.group(1))) + "\n"
        if not line.endswith("\n"):
            line += "\n" + NO_NEWLINE
        out.append(line)
    return "".join(out) if len(out) > 1 + (not old) else ""


@dataclass
class FilePatch:
    """What a patch does to one file: its paths before and after (None when
    created or deleted), its hunks as they stand in the patch, and the
    new-file lines it adds with where they are in the patch."""
    old: str
    new: str
    hunks: list = field(default_factory=list)   # lines of the hunks, as in the patch
    added: dict = field(default_factory=dict)   # added new-file line -> line in patch


def tree_path(name, strip):
    """The tree-relative path of a diff header name after stripping strip
    leading components (as patch -p), None for /dev/null.  A name that is
    absolute or climbs with "..", which no patch to a tree needs, is an
    Error: the review must not read or write outside the tree."""
    if name == "/dev/null":
        return None
    parts = name.split("/")
    if name.startswith("/") or ".." in parts:
        raise Error(f"refusing the diff: the file name {quote(name)} leaves the tree")
    rel = "/".join(p for p in parts[strip:] if p not in ("", "."))
    if not rel:
        raise Error(f"the file name {quote(name)} has no path left after -p{strip}")
    return rel


def _header_name(text):
    """The file name of a ---/+++ line's text: git-quoted, or up to the tab
    before a timestamp, or (git, no tab) the whole line."""
    if text.startswith('"'):
        return unquote(text)[0]
    return text.split("\t")[0].rstrip("\r")


def _git_names(rest):
    """(a name, b name) of "diff --git a/x b/x"; unquoted names with spaces
    are told apart by being equal, as git does."""
    if rest.startswith('"'):
        a, rest = unquote(rest)
        rest = rest.lstrip(" ")
        return a, unquote(rest)[0]
    m = re.match(r'(.*) ("?b/.*)$', rest)
    if m and m.group(2).startswith('"'):
        return m.group(1), unquote(m.group(2))[0]
    half = (len(rest) - 1) // 2
    if len(rest) % 2 == 1 and rest[half] == " " and rest[:half].split("/", 1)[-1] == \
            rest[half + 1:].split("/", 1)[-1]:
        return rest[:half], rest[half + 1:]
    if rest.count(" b/") == 1:      # a rename: the names differ
        a, b = rest.split(" b/")
        return a, "b/" + b
    return None, None


def parse(text, strip=1):
    """[FilePatch] of a unified diff (git or plain diff -u).  Hunk lines are
    counted from the hunk header, so a removed line that starts with "--"
    is not taken for a header.  Linear in the size of the diff."""
    files, cur = [], None
    lines = text.split("\n")
    i, n = 0, len(lines)
    git = None      # [old, new] names of the current "diff --git" section
    while i < n:
        line = lines[i]
        if line.startswith("diff --git "):
            a, b = _git_names(line[len("diff --git "):])
            git = [a, b]
            cur = None
            if a is not None:
                cur = FilePatch(tree_path(a, strip), tree_path(b, strip))
                files.append(cur)
        elif git and cur and line.startswith(("rename from ", "copy from ")):
            cur.old = tree_path(unquote(line.split(" from ", 1)[1])[0], 0)
        elif git and cur and line.startswith(("rename to ", "copy to ")):
            cur.new = tree_path(unquote(line.split(" to ", 1)[1])[0], 0)
        elif git and cur and line.startswith("new file mode"):
            cur.old = None
        elif git and cur and line.startswith("deleted file mode"):
            cur.new = None
        elif line.startswith("--- ") and i + 1 < n and lines[i + 1].startswith("+++ "):
            old = tree_path(_header_name(line[4:]), strip)
            new = tree_path(_header_name(lines[i + 1][4:]), strip)
            if not (git and cur and not cur.hunks):
                cur = FilePatch(old, new)
                files.append(cur)
            else:
                cur.old, cur.new = old, new
            git = None
            i += 2
            continue
        elif cur and HUNK.match(line):
            i = _hunk(lines, i, cur)
            continue
        i += 1
    return files


def _hunk(lines, i, fp):
    """Read the hunk whose header is lines[i] into fp; return the index of
    the line after it."""
    m = HUNK.match(lines[i])
    old_left = int(m.group(2)) if m.group(2) is not None else 1
    new_left = int(m.group(4)) if m.group(4) is not None else 1
    new_line = int(m.group(3))
    fp.hunks.append(lines[i])
    i += 1
    while i < len(lines) and (old_left > 0 or new_left > 0 or lines[i].startswith("\\")):
        line = lines[i]
        tag = line[:1]
        if tag == "\\":
            fp.hunks.append(line)
            i += 1
            continue
        if tag not in ("+", "-", " ", ""):
            break
        if tag == "" and i == len(lines) - 1:
            break   # the end of the text, not an empty context line
        fp.hunks.append(line)
        if tag == "+":
            fp.added[new_line] = i + 1
        if tag != "+":
            old_left -= 1
        if tag != "-":
            new_line += 1
            new_left -= 1
        i += 1
    return i
