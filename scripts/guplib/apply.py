# SPDX-License-Identifier: GPL-2.0
"""Write a series' changes into the tree: all files or none."""

import os
import tempfile

from guplib.cli import Error


def _read(path):
    try:
        with open(path, errors="surrogateescape") as f:
            return f.read()
    except FileNotFoundError:
        return ""


def _write(path, text, mode):
    fd, tmp = tempfile.mkstemp(prefix=".gup-apply.", dir=os.path.dirname(path))
    with os.fdopen(fd, "w", errors="surrogateescape") as f:
        f.write(text)
    os.chmod(tmp, mode)
    os.replace(tmp, path)


def apply(tree, patches):
    """Apply every change of patches to tree.  Nothing is written unless
    every file still holds the text the series was made from; a failure
    while writing puts back the files already written."""
    changes = [c for p in patches for c in p.changes]
    paths = [rel for rel, _, _ in changes]
    if len(set(paths)) != len(paths):
        raise Error("the series changes a file twice; not applying")
    for rel, old, _ in changes:
        if _read(os.path.join(tree, rel)) != old:
            raise Error(f"{rel} changed since it was read; nothing applied")
    done = []
    try:
        for rel, old, new in changes:
            path = os.path.join(tree, rel)
            mode = os.stat(path).st_mode & 0o7777 if os.path.exists(path) else 0o644
            _write(path, new, mode)
            done.append((path, old, mode))
    except OSError as e:
        for path, old, mode in done:
            _write(path, old, mode)
        raise Error(f"cannot write {e.filename}: {e.strerror}; nothing applied")
    return len(changes)
