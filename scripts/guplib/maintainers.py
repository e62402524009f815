# SPDX-License-Identifier: GPL-2.0
"""MAINTAINERS: which section owns a file, and whom to Cc: the tree's own
scripts/get_maintainer.pl when it has one (it knows .mailmap and the
tree's conventions), else MAINTAINERS matched the way get_maintainer.pl
does (F:/X: patterns, the deepest wins)."""

import fnmatch
import os
import re
import subprocess
from dataclasses import dataclass, field

from guplib.cli import Error

GET_MAINTAINER = "scripts/get_maintainer.pl"

FIELD = re.compile(r"^([A-Z]):\s*(.*?)\s*$")
CC_FIELDS = "MRL"


@dataclass
class Section:
    name: str
    fields: dict = field(default_factory=dict)  # letter -> [values]

    def values(self, letter):
        return self.fields.get(letter, [])


def _pattern(pat, tree):
    """Compile an F:/X: pattern into (depth, match function); depth counts
    the literal directories before any glob, a whole file name counts one
    more, so "*" is 0, "mm/" is 1 and "mm/gup.c" is 2."""
    if tree and not pat.endswith("/") and os.path.isdir(os.path.join(tree, pat)):
        pat += "/"
    literal = re.split(r"[*?\[]", pat)[0]
    depth = literal.count("/") + (literal == pat and not pat.endswith("/"))
    if not any(c in pat for c in "*?["):
        if pat.endswith("/"):
            return depth, lambda f: f.startswith(pat)
        return depth, lambda f: f == pat
    # A glob matches in its own directory only, as in get_maintainer.pl;
    # a trailing slash makes it match everything below.
    rx = fnmatch.translate(pat.rstrip("/")).replace(".*", "[^/]*")
    if pat.endswith("/"):
        rx = rx.replace(r"\Z", r"/.*\Z")
    return depth, re.compile(rx).match


class Maintainers:
    def __init__(self, tree):
        self.tree = tree
        self.sections = []
        path = os.path.join(tree, "MAINTAINERS")
        if os.path.isfile(path):
            with open(path, errors="replace") as f:
                self._parse(f, tree)

    def _parse(self, lines, tree):
        current = None
        for line in lines:
            m = FIELD.match(line)
            if m and current:
                current.fields.setdefault(m.group(1), []).append(m.group(2))
            elif line.strip() and not line[0].isspace() and not m:
                current = Section(line.strip())
                self.sections.append(current)
            elif not line.strip():
                current = None if current and current.fields else current
        for s in self.sections:
            s.include = [_pattern(p, tree) for p in s.values("F")]
            s.exclude = [_pattern(p, tree)[1] for p in s.values("X")]
            s.regex = [re.compile(p) for p in s.values("N")]

    def matches(self, path):
        """[(depth, section)] of the sections covering path, deepest first."""
        found = []
        for s in self.sections:
            if any(ex(path) for ex in s.exclude):
                continue
            depth = max((d for d, m in s.include if m(path)), default=-1)
            if depth < 0 and any(r.search(path) for r in s.regex):
                depth = 0
            if depth >= 0:
                found.append((depth, s))
        found.sort(key=lambda x: -x[0])
        return found

    def owner(self, path):
        """The most specific section covering path, or None when only the
        catch-all sections (F: with a top-level glob) cover it."""
        found = self.matches(path)
        return found[0][1] if found and found[0][0] > 0 else None

    def cc(self, paths):
        """Whom to Cc on a patch to paths: get_maintainer.pl's answer when
        the tree has the script, else our reading of MAINTAINERS."""
        if os.path.isfile(os.path.join(self.tree, GET_MAINTAINER)):
            return self.get_maintainer(paths)
        return self.from_sections(paths)

    def get_maintainer(self, paths):
        """The tree's get_maintainer.pl on paths: people then lists, from
        MAINTAINERS only (no git history), with .mailmap applied."""
        cmd = ["perl", GET_MAINTAINER, "--no-rolestats", "--no-git", "--no-git-fallback",
               "--no-tree", "-f", "--", *paths]
        try:
            p = subprocess.run(cmd, cwd=self.tree, capture_output=True, text=True,
                               errors="replace", timeout=120)
        except subprocess.TimeoutExpired:
            raise Error(f"{GET_MAINTAINER} timed out") from None
        if p.returncode:
            why = (p.stderr.strip().splitlines() or ["no output"])[-1]
            raise Error(f"{GET_MAINTAINER} failed (exit {p.returncode}): {why}")
        return list(dict.fromkeys(l.strip() for l in p.stdout.splitlines() if l.strip()))

    def from_sections(self, paths):
        """Maintainers, reviewers and lists of all sections covering paths:
        M: and R: people first, then L: lists, without duplicates.  The
        catch-all sections contribute people only to unowned files."""
        people, lists = [], []
        for path in paths:
            owned = self.owner(path) is not None
            for depth, s in self.matches(path):
                for letter in CC_FIELDS if depth or not owned else "L":
                    for v in s.values(letter):
                        v = re.sub(r"\s*\(.*\)$", "", v)
                        target = lists if letter == "L" else people
                        if v not in people and v not in lists:
                            target.append(v)
        return people + lists
