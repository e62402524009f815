# SPDX-License-Identifier: GPL-2.0
"""Run the gupcheck checker on tree files in parallel, one process per file
with its own time limit, and collect its diagnostics and inventory rows."""

import functools
import json
import os
import re
import subprocess
import tempfile
from concurrent.futures import ThreadPoolExecutor, as_completed
from dataclasses import dataclass, field

from guplib.cli import Error

GUPCHECK = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "gupcheck")
# What Kbuild's CHECKFLAGS add for x86_64 (see a "make V=1 C=2" command).
CHECKFLAGS = ["-D__linux__", "-Dlinux", "-D__STDC__", "-Dunix", "-D__unix__",
              "-D__x86_64__", "--arch=x86", "-mlittle-endian", "-m64"]


@dataclass
class Diagnostic:
    file: str
    line: int
    col: int
    severity: str       # error, warning or note, as printed
    text: str
    check: str          # gup-leak, ...
    sarif: dict = None  # gupcheck's SARIF result for it


@dataclass
class FileReport:
    rel: str
    sites: list = field(default_factory=list)        # inventory rows (dicts)
    diagnostics: list = field(default_factory=list)  # [Diagnostic]
    error: str = ""                                   # why the file was not checked


def find(path=None):
    """The gupcheck executable to run, or raise Error."""
    exe = os.path.abspath(path or GUPCHECK)
    if not os.access(exe, os.X_OK):
        raise Error(f"{exe}: gupcheck not found (run make, or pass --gupcheck)")
    return exe


KBUILD_INCLUDE = re.compile(r"-I\s*(\$\((?:srctree|src|obj)\)\S*)")
MAKE_VARIABLE = re.compile(r"(?m)^\s*([A-Za-z_]\w*)\s*:?=\s*(.*?)\s*$")


def expand(text):
    """A makefile's text with the variables it sets itself expanded
    (amdgpu's FULL_AMD_PATH=$(src)/.. in -I$(FULL_AMD_PATH)/include)."""
    names = dict(MAKE_VARIABLE.findall(text))
    for _ in range(4):      # variables made of variables
        text = re.sub(r"\$\((\w+)\)", lambda m: names.get(m.group(1), m.group(0)), text)
    return text


def local_includes(tree, rel):
    """The tree directories the Kbuild makefiles of rel's directory and its
    parents add with ccflags "-I $(srctree)/..." or "-I $(src)/..." (also
    through a variable the makefile sets), then those parents themselves
    (drivers' headers in an upper directory)."""
    dirs = []
    d = os.path.dirname(rel)
    while d:
        for name in ("Kbuild", "Makefile"):
            path = os.path.join(tree, d, name)
            if os.path.isfile(path):
                with open(path, errors="replace") as f:
                    for arg in KBUILD_INCLUDE.findall(expand(f.read())):
                        arg = arg.replace("$(srctree)/", "").replace("$(srctree)", "")
                        arg = re.sub(r"\$\((src|obj)\)", d, arg)
                        dirs.append(os.path.join(tree, arg))
                break
        dirs.append(os.path.join(tree, d))
        d = os.path.dirname(d)
    return [x for x in dict.fromkeys(map(os.path.normpath, dirs)) if os.path.isdir(x)]


@functools.lru_cache(maxsize=None)
def compiler_include():
    """The compiler's own header directory (stdarg.h), or None."""
    try:
        p = subprocess.run([os.environ.get("CROSS_COMPILE", "") + "gcc",
                            "-print-file-name=include"],
                           capture_output=True, text=True, timeout=30)
    except (OSError, subprocess.TimeoutExpired):
        return None
    path = p.stdout.strip()
    return path if p.returncode == 0 and os.path.isdir(path) else None


def flags(tree, build, rel):
    """The checker flags for tree file rel: Kbuild's for a configured
    build directory, else the tree's include/ and the file's directory."""
    d = os.path.dirname(rel)
    if not build:
        return ["-I", os.path.join(tree, "include"), "-I", os.path.join(tree, d)]
    base = os.path.splitext(os.path.basename(rel))[0]
    out = CHECKFLAGS + ["-nostdinc"]
    # Before 5.15 the tree has no stdarg.h: Kbuild lets the compiler's in.
    if not os.path.isfile(os.path.join(tree, "include/linux/stdarg.h")) and compiler_include():
        out += ["-isystem", compiler_include()]
    for inc in ("arch/x86/include", "arch/x86/include/generated", "include",
                "include/generated", "arch/x86/include/uapi",
                "arch/x86/include/generated/uapi", "include/uapi", "include/generated/uapi"):
        root = build if "generated" in inc else tree
        out.append("-I" + os.path.join(root, inc))
    out += ["-I" + os.path.join(build, "include")]
    for h in ("compiler-version.h", "kconfig.h", "compiler_types.h"):
        path = os.path.join(tree, "include/linux", h)
        if os.path.isfile(path):    # older trees lack compiler-version.h
            out += ["-include", path]
    out += ["-D__KERNEL__", "-std=gnu11", "-I" + os.path.join(build, d)]
    out += ["-I" + x for x in local_includes(tree, rel)]
    out += [f"-DKBUILD_BASENAME=\"{base}\"",
            f"-DKBUILD_MODNAME=\"{base}\"", f"-D__KBUILD_MODNAME=kmod_{base}"]
    return out


def _diagnostics(stderr, path, rel):
    """The gupcheck diagnostics on path in stderr, found by the path itself
    so that a file name with a newline or a colon is no trouble."""
    rx = re.compile(r"(?m)^" + re.escape(path) +
                    r":(\d+):(\d+): (error|warning|note): (.*?) \[(gup-[\w-]+)\]$")
    return [Diagnostic(rel, int(m.group(1)), int(m.group(2)), m.group(3), m.group(4),
                       m.group(5)) for m in rx.finditer(stderr)]


def _inventory_rows(data, name, rel):
    """(rows, problems) of the inventory gupcheck wrote (bytes): the rows
    of the file it names name.  Bytes that are not UTF-8 (a file name, a
    comment in a call's arguments) are kept as they were in the source; a
    line that is not a JSON object is left out and reported."""
    rows, bad = [], []
    for n, raw in enumerate(data.split(b"\n"), 1):
        if not raw.strip():
            continue
        try:
            row = json.loads(raw.decode("utf-8", "surrogateescape"))
            if not isinstance(row, dict):
                raise ValueError("not an object")
        except ValueError as e:
            bad.append(f"line {n} is not a JSON object ({str(e).split(':')[0]}), left out")
            continue
        if row.get("file") == name:
            row["file"] = rel
            rows.append(row)
    return rows, bad


def _read(path):
    """The bytes of the file gupcheck renamed into place at path, b"" when
    there is none (it stopped early)."""
    try:
        with open(path, "rb") as f:
            return f.read()
    except FileNotFoundError:
        return b""


def check_file(exe, path, rel, extra, timeout):
    """Run exe on the file at path (reported as rel), within timeout
    seconds."""
    report = FileReport(rel)
    if timeout <= 0:
        report.error = "gupcheck not run: out of time"
        return report
    root = path[:-len(rel)] if path.endswith(rel) else os.path.dirname(path) + "/"
    with tempfile.TemporaryDirectory(prefix="gup-inv.") as tmp:
        inv = os.path.join(tmp, "inventory.jsonl")
        sarif = os.path.join(tmp, "gupcheck.sarif")
        # Paths in the inventory and the SARIF log (and so the findings'
        # fingerprints) are relative to $srctree.
        env = dict(os.environ, srctree=root.rstrip("/") or "/")
        try:
            p = subprocess.run([exe, *extra, f"--inventory={inv}", f"--sarif={sarif}", path],
                               capture_output=True, text=True, errors="surrogateescape",
                               timeout=timeout, env=env)
        except subprocess.TimeoutExpired:
            report.error = f"gupcheck timed out after {timeout:g}s"
            return report
        report.diagnostics = _diagnostics(p.stderr, path, rel)
        results = sarif_results(_read(sarif))
        for d in report.diagnostics:
            d.sarif = results.get((d.check, d.line, d.text))
        report.sites, bad = _inventory_rows(_read(inv), os.path.relpath(path, root), rel)
    if p.returncode != 0:
        errors = [l for l in p.stderr.splitlines() if ": error: " in l] or \
            p.stderr.strip().splitlines()[-1:] or [""]
        first = errors[0].replace(root, "")
        how = f"crashed (signal {-p.returncode})" if p.returncode < 0 else \
            f"exited with {p.returncode}"
        report.error = f"gupcheck {how}: {first}"
    elif bad:
        report.error = "gupcheck's inventory: " + "; ".join(bad)
    return report


def sarif_results(data):
    """gupcheck's SARIF results in its log data (bytes) by (check, line,
    message), but for the suppressed ones, which it does not print
    either."""
    try:
        log = json.loads(data.decode("utf-8", "surrogateescape"))
        results = log["runs"][0]["results"]
    except (ValueError, LookupError, TypeError):
        return {}
    found = {}
    for r in results:
        region = r["locations"][0]["physicalLocation"]["region"]
        if not r.get("suppressions"):
            found[(r["ruleId"], region["startLine"], r["message"]["text"])] = r
    return found


def run(exe, jobs, timeout, work, progress=None):
    """Check every (path, rel, flags) of work in jobs parallel processes
    (one rel may come twice: two texts of a file); return the FileReports
    in the order of work."""
    reports = [None] * len(work)
    with ThreadPoolExecutor(max_workers=jobs) as pool:
        futures = {pool.submit(check_file, exe, path, rel, extra, timeout): i
                   for i, (path, rel, extra) in enumerate(work)}
        for n, fut in enumerate(as_completed(futures), 1):
            reports[futures[fut]] = fut.result()
            if progress:
                progress.count(n, len(work), work[futures[fut]][1])
    return reports
