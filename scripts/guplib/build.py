# SPDX-License-Identifier: GPL-2.0
"""Build the objects whose sources a patch touches, in a configured
build directory (make O=...)."""

import os
import re
import subprocess
from dataclasses import dataclass

from guplib.cli import Error


def check_build_dir(path):
    build = os.path.abspath(path)
    if not os.path.isfile(os.path.join(build, ".config")):
        raise Error(f"{path}: not a configured build directory (no .config)")
    return build


def is_kernel_tree(tree):
    """A real kernel tree (not a stand-in): it cannot be checked without a
    configured build directory's generated headers."""
    return os.path.isfile(os.path.join(tree, "Kbuild")) and \
        os.path.isdir(os.path.join(tree, "arch"))


def review_build_dir(tree, given):
    """The build directory for checking files of tree: the given one, else
    the tree itself when configured in place, else $KBUILD_OUTPUT; None
    for a tree that needs none; an Error saying why otherwise."""
    if given:
        return check_build_dir(given)
    for build in (tree, os.environ.get("KBUILD_OUTPUT")):
        if build and os.path.isfile(os.path.join(build, ".config")):
            return check_build_dir(build)
    if is_kernel_tree(tree):
        raise Error(f"{tree} needs a build directory for its generated headers and none "
                    f"was found (the tree has no .config, KBUILD_OUTPUT is not set): "
                    f"pass -B BUILD_DIR, prepared with make O=BUILD_DIR defconfig prepare")
    return None


def build_arch(build):
    """The architecture directory the build directory is configured for."""
    with open(os.path.join(build, ".config"), errors="replace") as f:
        text = f.read()
    m = re.search(r"^# Linux/(\w+) ", text, re.M)
    arch = m.group(1) if m else os.uname().machine
    return {"x86_64": "x86", "i386": "x86", "aarch64": "arm64"}.get(arch, arch)


# make's line for a target that failed: "make[2]: *** [Makefile:5: x/y.o] Error 1".
FAILED = re.compile(r"\*\*\* \[[^\]\n]*?:\d+: ([^\]\n]+\.o)\] Error")


def objects_of(build, patch):
    """(objects to build, objects of another architecture) for the .c
    files patch touches."""
    arch = build_arch(build)
    objects, skipped = [], []
    for p in patch.paths():
        if p.endswith(".c"):
            other = p.startswith("arch/") and p.split("/")[1] != arch
            (skipped if other else objects).append(p[:-2] + ".o")
    return objects, skipped


def build_objects(tree, build, objects, jobs):
    """(the objects that failed to build, the compiler's error lines)."""
    if not objects:
        return set(), []
    cmd = ["make", "-C", tree, f"O={build}", "-k", f"-j{jobs}", "--", *objects]
    p = subprocess.run(cmd, capture_output=True, text=True, errors="replace")
    if p.returncode == 0:
        return set(), []
    out = p.stdout + p.stderr
    failed = set(FAILED.findall(out)) & set(objects) or set(objects)
    lines = out.splitlines()
    errors = [l for l in lines if "error:" in l] or [l for l in lines if "*** " in l]
    return failed, errors


def failing_before(tree, build, patches, jobs):
    """The objects the patches touch that fail to build on the tree as it
    is, before the series."""
    objects = sorted({o for p in patches for o in objects_of(build, p)[0]})
    return build_objects(tree, build, objects, jobs)[0]


@dataclass
class BuildResult:
    objects: list           # built
    skipped: list           # of another architecture
    new: list               # failing now, built before the series
    old: list               # failing before the series already
    errors: list            # the compiler's error lines for the new failures

    def state(self):
        if self.new:
            return "FAIL"
        if self.old:
            return "OLD "
        return "OK  " if self.objects else "SKIP"

    def describe(self):
        what = " ".join(self.objects) or "no objects"
        if self.old:
            what += f"; fails before the series: {' '.join(self.old)}"
        if self.skipped:
            what += f"; skipped, other architecture: {' '.join(self.skipped)}"
        return what


def build_patch(tree, build, patch, jobs, before):
    """Build the objects of patch's .c files (objects of another
    architecture are skipped) and tell the failures the series brought
    from those in before, the objects that failed without it."""
    objects, skipped = objects_of(build, patch)
    failed, errors = build_objects(tree, build, objects, jobs)
    new = sorted(failed - before)
    return BuildResult(objects, skipped, new, sorted(failed & before),
                       errors[-10:] if new else [])
