# SPDX-License-Identifier: GPL-2.0
"""Write an output directory all at once: fill a temporary sibling, then
rename it into place, so readers never see a half-written result.  An
existing directory is replaced only when it holds nothing but what an
earlier run wrote there, unchanged (as its MANIFEST lists them): nothing
else is lost."""

import contextlib
import hashlib
import json
import os
import shutil
import tempfile

from guplib.cli import Error

MANIFEST = ".gupcheck-output"


def _digest(path):
    if not os.path.isfile(path) or os.path.islink(path):
        return None
    with open(path, "rb") as f:
        return hashlib.sha256(f.read()).hexdigest()


def _manifest(path):
    """{name: sha256} of the files in directory path."""
    return {n: _digest(os.path.join(path, n)) for n in sorted(os.listdir(path))}


def _foreign(path):
    """The entries of directory path that no earlier run wrote as they are."""
    try:
        with open(os.path.join(path, MANIFEST)) as f:
            ours = json.load(f)
    except (OSError, ValueError):
        ours = {}
    return [n for n, d in _manifest(path).items()
            if n != MANIFEST and (d is None or ours.get(n) != d)]


@contextlib.contextmanager
def atomic_dir(path):
    """Yield a temporary directory that becomes path when the block ends
    without an exception (replacing an earlier output at path); removed
    otherwise.  Refuses a path holding anything else."""
    path = os.path.abspath(path)
    parent = os.path.dirname(path)
    if os.path.exists(path) and not os.path.isdir(path):
        raise Error(f"{path} exists and is not a directory")
    if os.path.isdir(path):
        foreign = _foreign(path)
        if foreign:
            shown = ", ".join(foreign[:3]) + (", ..." if len(foreign) > 3 else "")
            raise Error(f"{path} holds files an earlier run did not write or that changed "
                        f"since ({shown}); "
                        f"not replacing it: remove them or choose another output directory")
    try:
        os.makedirs(parent, exist_ok=True)
        tmp = tempfile.mkdtemp(prefix=f".{os.path.basename(path)}.", dir=parent)
    except OSError as e:
        raise Error(f"cannot create output directory in {parent}: {e.strerror}")
    try:
        yield tmp
        manifest = _manifest(tmp)
        with open(os.path.join(tmp, MANIFEST), "w") as f:
            json.dump(manifest, f, indent=0)
        os.chmod(tmp, 0o755)
        old = None
        if os.path.exists(path):
            old = tempfile.mkdtemp(prefix=f".{os.path.basename(path)}.old.", dir=parent)
            os.rename(path, os.path.join(old, "d"))
        os.rename(tmp, path)
        if old:
            shutil.rmtree(old)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
