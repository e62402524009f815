# SPDX-License-Identifier: GPL-2.0
"""Build the objects whose sources a patch touches, in a configured
build directory (make O=...)."""

import os
import re
import subprocess

from guplib.cli import Error


def check_build_dir(path):
    build = os.path.abspath(path)
    if not os.path.isfile(os.path.join(build, ".config")):
        raise Error(f"{path}: not a configured build directory (no .config)")
    return build


def build_arch(build):
    """The architecture directory the build directory is configured for."""
    with open(os.path.join(build, ".config")) as f:
        text = f.read()
    m = re.search(r"^# Linux/(\w+) ", text, re.M)
    arch = m.group(1) if m else os.uname().machine
    return {"x86_64": "x86", "i386": "x86", "aarch64": "arm64"}.get(arch, arch)


def build_patch(tree, build, patch, jobs):
    """(ok, objects built, objects skipped, compiler errors) of building the
    objects of patch's .c files; objects of another architecture are
    skipped."""
    arch = build_arch(build)
    objects, skipped = [], []
    for p in patch.paths():
        if p.endswith(".c"):
            other = p.startswith("arch/") and p.split("/")[1] != arch
            (skipped if other else objects).append(p[:-2] + ".o")
    if not objects:
        return True, [], skipped, ""
    cmd = ["make", "-C", tree, f"O={build}", "-k", f"-j{jobs}", *objects]
    p = subprocess.run(cmd, capture_output=True, text=True)
    lines = (p.stdout + p.stderr).splitlines()
    errors = [l for l in lines if "error:" in l] or [l for l in lines if "*** " in l]
    return p.returncode == 0, objects, skipped, "\n".join(errors[-10:])
