# SPDX-License-Identifier: GPL-2.0
"""A kernel build's compile_commands.json, and its commands as the sparse
front end takes them (for bench-clang and kernel-frontends)."""

import json
import os
import shlex
import subprocess
import sys

# What Kbuild's CHECKFLAGS give a checker on x86_64.
CHECKFLAGS = ["-D__linux__", "-Dlinux", "-D__STDC__", "-Dunix", "-D__unix__",
              "-Wno-unknown-attribute", "--arch=x86_64", "-mlittle-endian", "-m64"]


def database(root, src, build):
    """root/build/compile-db/<name of BUILD>/, holding a compile_commands.json made
    with the tree's gen_compile_commands.py from BUILD's .cmd files."""
    out = os.path.join(root, "build", "compile-db",
                       os.path.basename(os.path.normpath(build)))
    os.makedirs(out, exist_ok=True)
    subprocess.run([sys.executable,
                    os.path.join(src, "scripts/clang-tools/gen_compile_commands.py"),
                    "-d", build, "-o", os.path.join(out, "compile_commands.json")],
                   check=True, capture_output=True)
    return out


def entries(db):
    """{absolute source path: entry} of db/compile_commands.json."""
    with open(os.path.join(db, "compile_commands.json")) as f:
        return {os.path.realpath(os.path.join(e["directory"], e["file"])): e
                for e in json.load(f)}


def sparse_argv(entry):
    """gupcheck's arguments for an entry, as Kbuild runs a checker: the
    compiler's flags without -c, -o FILE and -Wp,... (a dependency file)."""
    args = entry.get("arguments") or shlex.split(entry["command"])
    keep, skip = [], False
    for a in args[1:]:
        if skip:
            skip = False
        elif a == "-o":
            skip = True
        elif a != "-c" and not a.startswith("-Wp,") and a != entry["file"]:
            keep.append(a)
    return CHECKFLAGS + keep + [entry["file"]]
