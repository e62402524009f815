# SPDX-License-Identifier: GPL-2.0
"""Build the objects whose sources a patch touches, in a configured
build directory (make O=...)."""

import os
import subprocess

from guplib.cli import Error


def check_build_dir(path):
    build = os.path.abspath(path)
    if not os.path.isfile(os.path.join(build, ".config")):
        raise Error(f"{path}: not a configured build directory (no .config)")
    return build


def build_patch(tree, build, patch, jobs):
    """(ok, objects, last lines of output) of building patch's objects."""
    objects = [p[:-2] + ".o" for p in patch.paths() if p.endswith(".c")]
    if not objects:
        return True, [], ""
    cmd = ["make", "-C", tree, f"O={build}", "-k", f"-j{jobs}", *objects]
    p = subprocess.run(cmd, capture_output=True, text=True)
    errors = [l for l in (p.stdout + p.stderr).splitlines()
              if "error:" in l or "*** [" in l]
    return p.returncode == 0, objects, "\n".join(errors[-10:])
