# SPDX-License-Identifier: GPL-2.0
"""A patch series in the layout of git format-patch: one NNNN-subject.patch
file per patch, with From/Date/Subject headers, the message, a diffstat
and the diff."""

import email.utils
import os
import re
import subprocess
from dataclasses import dataclass, field

from guplib import diff


@dataclass
class Patch:
    subject: str
    body: str
    changes: list                               # [(rel, old text, new text)]
    cc: list = field(default_factory=list)

    def paths(self):
        return [rel for rel, _, _ in self.changes]

    def diff(self):
        return "".join(diff.unified(rel, old, new) for rel, old, new in self.changes)


def author():
    """The user's git identity, or a neutral one when git has none."""
    p = subprocess.run(["git", "var", "GIT_AUTHOR_IDENT"], capture_output=True, text=True,
                       errors="replace")
    m = re.match(r"(.*>)", p.stdout)
    return m.group(1) if p.returncode == 0 and m else "gupcheck <gupcheck@localhost>"


def file_name(number, subject):
    """format-patch's name: number, then the subject squeezed to [A-Za-z0-9._]."""
    slug = re.sub(r"[^A-Za-z0-9._]+", "-", subject).strip("-.")[:52].rstrip("-.")
    return f"{number:04d}-{slug}.patch"


def _counts(diff_text):
    """(insertions, deletions) of one file's unified diff."""
    plus = minus = 0
    for line in diff_text.split("\n"):
        if line.startswith("+") and not line.startswith("+++ "):
            plus += 1
        elif line.startswith("-") and not line.startswith("--- "):
            minus += 1
    return plus, minus


def diffstat(changes, width=70):
    """git's --stat of changes [(rel, old, new)]."""
    rows = [(diff.quote(rel), *_counts(diff.unified(rel, old, new)))
            for rel, old, new in changes if old != new]
    if not rows:
        return ""
    name_w = max(len(r[0]) for r in rows)
    num_w = max(len(str(p + m)) for _, p, m in rows)
    bar_w = max(10, width - name_w - num_w - 5)
    out = []
    for name, plus, minus in rows:
        total = plus + minus
        scale = min(1.0, bar_w / total) if total else 1
        bar = "+" * round(plus * scale) + "-" * round(minus * scale)
        out.append(f" {name.ljust(name_w)} | {str(total).rjust(num_w)} {bar}")
    plus = sum(r[1] for r in rows)
    minus = sum(r[2] for r in rows)
    n = len(rows)
    out.append(f" {n} file{'s' if n != 1 else ''} changed, {plus} insertion{'s' if plus != 1 else ''}(+), "
               f"{minus} deletion{'s' if minus != 1 else ''}(-)")
    return "\n".join(out) + "\n"


def render(patch, number, total, who, date):
    d = patch.diff()
    prefix = f"[PATCH {number}/{total}]" if total > 1 else "[PATCH]"
    trailers = "".join(f"Cc: {c}\n" for c in patch.cc)
    return (f"From 0000000000000000000000000000000000000000 Mon Sep 17 00:00:00 2001\n"
            f"From: {who}\nDate: {date}\nSubject: {prefix} {patch.subject}\n\n"
            f"{patch.body.rstrip()}\n\n{trailers}---\n{diffstat(patch.changes)}\n{d}-- \ngupcheck\n\n")


def write(patches, directory):
    """Write patches into directory (which must exist); return the names."""
    who = author()
    date = email.utils.formatdate(localtime=True)
    names = []
    for n, patch in enumerate(patches, 1):
        name = file_name(n, patch.subject)
        with open(os.path.join(directory, name), "w", errors="surrogateescape") as f:
            f.write(render(patch, n, len(patches), who, date))
        names.append(name)
    return names
