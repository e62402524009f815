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
from guplib.cli import Error


@dataclass
class Patch:
    subject: str
    body: str
    changes: list                               # [(rel, old text, new text)]
    cc: list = field(default_factory=list)
    subsystems: list = field(default_factory=list)  # MAINTAINERS sections (or dirs)

    def paths(self):
        return [rel for rel, _, _ in self.changes]

    def diff(self):
        return "".join(diff.unified(rel, old, new) for rel, old, new in self.changes)


NOBODY = "gupcheck <gupcheck@localhost>"   # the author when git knows none
IDENT = re.compile(r"^([^<>]*\S)\s*<([^<>\s]+@[^<>\s]+)>$")


def identity(given, tree):
    """The author as "Name <email>": given (--author), else the user.name
    and user.email git uses in tree; None when there is neither."""
    if given:
        if not IDENT.match(given.strip()):
            raise Error(f"--author {given!r}: expected \"Full Name <email@address>\"")
        return given.strip()
    values = []
    for key in ("user.name", "user.email"):
        p = subprocess.run(["git", "-C", tree, "config", key], capture_output=True, text=True,
                           errors="replace")
        values.append(p.stdout.strip() if p.returncode == 0 else "")
    return f"{values[0]} <{values[1]}>" if all(values) else None


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
    total = [f" {n} file{'s' if n != 1 else ''} changed"]
    if plus or not minus:
        total.append(f" {plus} insertion{'s' if plus != 1 else ''}(+)")
    if minus or not plus:
        total.append(f" {minus} deletion{'s' if minus != 1 else ''}(-)")
    out.append(",".join(total))
    return "\n".join(out) + "\n"


def _headers(who, date, subject):
    """format-patch's mbox headers; MIME ones and an RFC 2047 From when
    something is not ASCII, as git writes them."""
    m = IDENT.match(who)
    sender = email.utils.formataddr((m.group(1), m.group(2)), "utf-8") if m else who
    out = (f"From 0000000000000000000000000000000000000000 Mon Sep 17 00:00:00 2001\n"
           f"From: {sender}\nDate: {date}\nSubject: {subject}\n")
    if not (who + subject).isascii():
        out += ("MIME-Version: 1.0\nContent-Type: text/plain; charset=UTF-8\n"
                "Content-Transfer-Encoding: 8bit\n")
    return out


def number(n, total):
    return f"[PATCH {n}/{total}]"


def render(patch, n, total, who, date, signoff):
    trailers = "".join(f"Cc: {c}\n" for c in patch.cc)
    if signoff:
        trailers += f"Signed-off-by: {who}\n"
    return (_headers(who, date, f"{number(n, total)} {patch.subject}") +
            f"\n{patch.body.rstrip()}\n\n{trailers}---\n{diffstat(patch.changes)}\n"
            f"{patch.diff()}-- \ngupcheck\n\n")


def cover_letter(cover, patches, who, date):
    """The 0000 message, laid out as git format-patch --cover-letter does:
    the subject and text of cover (a Patch with no changes), the patches'
    shortlog and the diffstat of the whole series."""
    name = IDENT.match(who).group(1) if IDENT.match(who) else who
    shortlog = "".join(f"  {p.subject}\n" for p in patches)
    changes = [c for p in patches for c in p.changes]
    return (_headers(who, date, f"{number(0, len(patches))} {cover.subject}") +
            f"\n{cover.body.rstrip()}\n\n{name} ({len(patches)}):\n{shortlog}\n"
            f"{diffstat(changes)}\n-- \ngupcheck\n\n")


def write(cover, patches, directory, who, signoff):
    """Write the cover letter and patches into directory (which must
    exist); return the names.  who is the author ("Name <email>")."""
    date = email.utils.formatdate(localtime=True)
    names = ["0000-cover-letter.patch"]
    texts = [cover_letter(cover, patches, who, date)]
    for n, patch in enumerate(patches, 1):
        names.append(file_name(n, patch.subject))
        texts.append(render(patch, n, len(patches), who, date, signoff))
    for name, text in zip(names, texts):
        with open(os.path.join(directory, name), "w", errors="surrogateescape") as f:
            f.write(text)
    return names
