# SPDX-License-Identifier: GPL-2.0
"""The tree's own scripts/checkpatch.pl --strict on the patches of a
series, as a maintainer would run it before taking them."""

import os
import re
import subprocess

from guplib.cli import Error

SCRIPT = "scripts/checkpatch.pl"
PROBLEM = re.compile(r"^[^:]*:\d+: (ERROR|WARNING|CHECK):(.*)$")


def available(tree):
    return os.path.isfile(os.path.join(tree, SCRIPT))


def check(tree, patch_path):
    """[problem lines] checkpatch --strict reports on the patch at
    patch_path; run in the tree, or with --no-tree when the tree is not a
    whole kernel tree (checkpatch's test)."""
    base = ["perl", SCRIPT, "--strict", "--terse", "--show-types", "--no-summary"]
    for extra in ([], ["--no-tree"]):
        try:
            p = subprocess.run(base + extra + ["--", os.path.abspath(patch_path)], cwd=tree,
                               capture_output=True, text=True, errors="replace", timeout=300)
        except subprocess.TimeoutExpired:
            raise Error(f"{SCRIPT} timed out on {patch_path}") from None
        if "Must be run from the top-level dir" not in p.stdout + p.stderr:
            break
    problems = [l.split(": ", 1)[1] for l in p.stdout.splitlines() if PROBLEM.match(l)]
    if p.returncode and not problems:
        why = (p.stdout + p.stderr).strip().splitlines() or ["no output"]
        raise Error(f"{SCRIPT} failed on {os.path.basename(patch_path)}: {why[-1]}")
    return problems
