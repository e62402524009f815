# SPDX-License-Identifier: GPL-2.0
"""A kernel source tree: which release API it offers, and which of its
files can hold GUP call sites."""

import os
import re
import subprocess

import gupapi
from guplib.cli import Error

API_HEADER = "include/linux/mm.h"
NONE = "none"
# Directories that hold no kernel code GUP could be called from.
SKIP_DIRS = ("Documentation", "tools", "scripts", "usr")


def api_names(table):
    """{family: api name} for the dedicated families, e.g. USER: put_user_page.
    The api name is the family's single-page release (GUP_REPLACE.page)."""
    return {r.family: r.page for r in table["REPLACE"]}


def family_of(table, api):
    """The family (USER/UNPIN) of an api name; None for "none"."""
    for family, name in api_names(table).items():
        if name == api:
            return family
    if api != NONE:
        choices = ", ".join([NONE] + list(api_names(table).values()))
        raise Error(f"unknown API '{api}' (choose from {choices})")
    return None


def check_tree(path):
    """Return the absolute path of a kernel tree, or raise Error."""
    tree = os.path.abspath(path)
    if not os.path.isfile(os.path.join(tree, API_HEADER)):
        raise Error(f"{path}: not a kernel tree (no {API_HEADER})")
    return tree


def uncommented(text):
    """C text without its /* */ comments."""
    return re.sub(r"/\*.*?\*/", "", text, flags=re.S)


def declared(text):
    """The functions C text (without comments) declares or defines."""
    return set(re.findall(r"^[\w ]*?\b(\w+)\s*\(", text, flags=re.M))


def detect_api(table, tree):
    """The newest dedicated release family the tree's mm.h declares, as its
    api name ("unpin_user_page", "put_user_page"), or "none"."""
    with open(os.path.join(tree, API_HEADER), errors="replace") as f:
        names = declared(uncommented(f.read()))
    found = NONE
    for family, api in api_names(table).items():
        releases = gupapi.names(table, "RELEASE", family=family)
        if names & set(releases):
            found = api  # REPLACE rows are in historical order: last wins
    return found


def _grep(tree, cmd):
    """The file names grep -lZ prints, run in tree: NUL-separated, so that
    any byte of a file name, newline included, comes through."""
    p = subprocess.run(cmd, cwd=tree, capture_output=True)
    if p.returncode > 1:
        raise Error(f"grep failed in {tree}: {p.stderr.decode(errors='replace').strip()}")
    return [n.decode("utf-8", "surrogateescape") for n in p.stdout.split(b"\0") if n]


def grep_files(tree, words):
    """Relative paths of the tree's .c files that mention any of words."""
    cmd = ["grep", "-rlZwE", "--include=*.c", "-e", "|".join(map(re.escape, words))]
    cmd += [f"--exclude-dir={d}" for d in SKIP_DIRS] + ["."]
    return sorted(name[2:] for name in _grep(tree, cmd))


def implementations(tree, files, names):
    """Those of files that export one of names: the GUP implementation
    itself, which is not a call site to convert."""
    export = re.compile(r"^EXPORT_SYMBOL\w*\((%s)\)" % "|".join(names), re.M)
    found = set()
    for rel in files:
        with open(os.path.join(tree, rel), errors="replace") as f:
            if export.search(f.read()):
                found.add(rel)
    return found


def mentioning(tree, files, words):
    """Those of files (relative to tree) that mention any of words."""
    if not files:
        return []
    cmd = ["grep", "-lZwE", "-e", "|".join(map(re.escape, words)), "--", *files]
    return sorted(_grep(tree, cmd))


def candidates(tree, names, also=None):
    """The .c files that call any of the acquire functions names (and
    mention one of also, when given), without the files that implement
    them."""
    files = grep_files(tree, names)
    if also:
        files = mentioning(tree, files, also)
    impl = implementations(tree, files, names)
    return [f for f in files if f not in impl]
