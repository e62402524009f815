# SPDX-License-Identifier: GPL-2.0
"""Review a patch: check the files it touches as patched, with gupcheck and
the conversion rules, and keep the findings on the lines it touches."""

import difflib
import os
import shutil
import subprocess
import tempfile
from dataclasses import dataclass

from guplib import checker, diff, spatch
from guplib.cli import Error


@dataclass
class Finding:
    severity: str       # ERROR, WARNING or NOTE
    check: str
    text: str
    file: str
    line: int
    patch_line: int     # line in the patch, 0 when the patch does not add it
    code: str           # the source line
    suggestion: str = ""
    sarif: dict = None  # gupcheck's SARIF result, when it made the finding


def patched_copy(tree, patch_path, files, strip, workdir):
    """Copy the files the patch touches out of tree into workdir and apply
    the patch there; return workdir's copy's root."""
    root = os.path.join(workdir, "tree")
    for fp in files:
        for rel in {fp.old, fp.new} - {None}:
            src = os.path.join(tree, rel)
            if os.path.isfile(src):
                os.makedirs(os.path.dirname(os.path.join(root, rel)), exist_ok=True)
                shutil.copy(src, os.path.join(root, rel))
    os.makedirs(root, exist_ok=True)
    p = subprocess.run(["patch", f"-p{strip}", "-d", root, "-s", "--batch", "-N",
                        "--no-backup-if-mismatch", "--reject-file=-", "-i", patch_path],
                       capture_output=True, text=True)
    if p.returncode:
        why = (p.stdout + p.stderr).strip().splitlines()
        raise Error(f"the patch does not apply to {tree}: {why[0] if why else ''}")
    return root


def scope(fp, sites):
    """The new-file lines findings may sit on: the added lines, and the GUP
    call of any site whose call or releases the patch adds."""
    lines = set(fp.added)
    for s in sites:
        if s["line"] in fp.added or any(r.get("line") in fp.added for r in s.get("releases", [])):
            lines.add(s["line"])
    return lines


def rule_findings(table_severity, fp, path, rule_list, include, timeout, workdir, lines):
    """Findings for the hunks of the rules' rewrite that touch added lines."""
    res = spatch.apply_rules(path, fp.new, rule_list, include, timeout, workdir)
    old, new = res.old.splitlines(), res.new.splitlines()
    found = []
    for tag, i1, i2, j1, j2 in difflib.SequenceMatcher(None, old, new, autojunk=False).get_opcodes():
        if tag == "equal":
            continue
        hit = [n for n in range(i1 + 1, i2 + 1) if n in lines]
        if not hit:
            continue
        suggestion = "".join(f"-{l}\n" for l in old[i1:i2]) + "".join(f"+{l}\n" for l in new[j1:j2])
        found.append(Finding(table_severity, "gup-convert",
                             f"use the tree's GUP API ({', '.join(res.applied)})",
                             fp.new, hit[0], fp.patch_line.get(hit[0], 0),
                             old[hit[0] - 1], suggestion))
    return found + [Finding("WARNING", "gup-convert", f"rules not applied: {e}", fp.new, 0, 0, "")
                    for e in res.errors]


def review(tree, build, patch_text, strip, exe, rule_list, severities, timeout, extra=()):
    """[Finding] for the patch, and the number of lines it adds; extra:
    more gupcheck options."""
    files = diff.parse(patch_text, strip)
    if not files:
        raise Error("no unified diff found in the input")
    findings = []
    with tempfile.TemporaryDirectory(prefix="gup-review.") as work:
        patch_path = os.path.join(work, "input.patch")
        with open(patch_path, "w") as f:
            f.write(patch_text)
        root = patched_copy(tree, patch_path, files, strip, work)
        for fp in files:
            if not fp.new or not fp.new.endswith(".c"):
                continue
            path = os.path.join(root, fp.new)
            rep = checker.check_file(exe, path, fp.new,
                                     checker.flags(tree, build, fp.new) + list(extra), timeout)
            if rep.error:
                findings.append(Finding("WARNING", "gupcheck", rep.error, fp.new, 0, 0, ""))
            lines = scope(fp, rep.sites)
            with open(path, errors="replace") as f:
                source = f.read().splitlines()
            for d in rep.diagnostics:
                if d.line in lines:
                    findings.append(Finding(severities.get(d.check, d.severity.upper()), d.check,
                                            d.text, fp.new, d.line, fp.patch_line.get(d.line, 0),
                                            source[d.line - 1] if d.line <= len(source) else "",
                                            sarif=d.sarif))
            if rule_list:
                findings += rule_findings(severities.get("gup-release", "WARNING"), fp, path,
                                          rule_list, spatch.kernel_includes(tree) +
                                          ["-I", os.path.join(tree, os.path.dirname(fp.new))],
                                          timeout, work, set(fp.added))
    findings.sort(key=lambda f: (f.file, f.line))
    return findings, sum(len(fp.added) for fp in files)


def format_finding(f):
    """checkpatch's layout: severity and message, where, the line."""
    out = [f"{f.severity}: {f.text} [{f.check}]"]
    where = f"FILE: {f.file}:{f.line}:" if f.line else f"FILE: {f.file}"
    out.append(f"#{f.patch_line}: {where}" if f.patch_line else where)
    if f.line:
        out.append(("+" if f.patch_line else " ") + f.code)
    if f.suggestion:
        out += ["suggested:", f.suggestion.rstrip("\n")]
    return "\n".join(out) + "\n"
