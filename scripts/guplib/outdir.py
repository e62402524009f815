# SPDX-License-Identifier: GPL-2.0
"""Write an output directory all at once: fill a temporary sibling, then
rename it into place, so readers never see a half-written result."""

import contextlib
import os
import shutil
import tempfile

from guplib.cli import Error


@contextlib.contextmanager
def atomic_dir(path):
    """Yield a temporary directory that becomes path when the block ends
    without an exception (replacing an older path); removed otherwise."""
    path = os.path.abspath(path)
    parent = os.path.dirname(path)
    if os.path.exists(path) and not os.path.isdir(path):
        raise Error(f"{path} exists and is not a directory")
    try:
        os.makedirs(parent, exist_ok=True)
        tmp = tempfile.mkdtemp(prefix=f".{os.path.basename(path)}.", dir=parent)
    except OSError as e:
        raise Error(f"cannot create output directory in {parent}: {e.strerror}")
    try:
        yield tmp
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
