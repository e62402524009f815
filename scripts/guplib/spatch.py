# SPDX-License-Identifier: GPL-2.0
"""The project's Coccinelle rules and a parallel runner that applies them
one file per job, each job with its own time limit, so a slow or failing
file costs only its own result."""

import glob
import json
import os
import re
import shutil
import subprocess
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor, as_completed
from dataclasses import dataclass, field

from guplib.cli import Error

RULES_DIR = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "cocci")
HEADER = re.compile(r"^//\s*GUP-API:\s*(\w+)", re.M)
OPTIONS = re.compile(r"^//\s*Options:(.*)$", re.M)


@dataclass
class Rule:
    path: str
    family: str         # USER or UNPIN: the release family it converts to
    options: list       # from the rule's "// Options:" line
    text: str

    @property
    def name(self):
        return os.path.basename(self.path)


def rules(family, rules_dir=None):
    """The rules of rules_dir whose "// GUP-API:" header names family."""
    rules_dir = rules_dir or RULES_DIR
    found = []
    for path in sorted(glob.glob(os.path.join(rules_dir, "*.cocci"))):
        with open(path, errors="replace") as f:
            text = f.read()
        m = HEADER.search(text)
        if m and m.group(1) == family:
            opts = OPTIONS.search(text)
            found.append(Rule(path, family, opts.group(1).split() if opts else [], text))
    return found


def check_spatch():
    if not shutil.which("spatch"):
        raise Error("spatch (Coccinelle) is not installed")


@dataclass
class Result:
    rel: str                # the file, relative to the tree
    old: str                # its text before
    new: str                # its text after every rule
    seconds: float = 0.0
    applied: list = field(default_factory=list)  # names of rules that changed it
    errors: list = field(default_factory=list)   # "rule: why" of rules that failed


def _run_rule(rule, src, out, include, budget, env):
    cmd = ["spatch", "-D", "patch", "--very-quiet", "--no-show-diff",
           "--sp-file", rule.path, *rule.options,
           "--timeout", str(max(1, int(budget))), *include, src, "-o", out]
    try:
        p = subprocess.run(cmd, capture_output=True, text=True, errors="replace",
                           timeout=budget + 5, env=env)
    except subprocess.TimeoutExpired:
        return f"{rule.name}: timed out"
    unchanged = "can not be applied because there are no modified files"
    err = [l for l in p.stderr.splitlines() if l.strip() and unchanged not in l]
    if p.returncode != 0 and not (unchanged in p.stderr and not err):
        return f"{rule.name}: spatch exited with {p.returncode}: " + (err[-1] if err else "")
    if any("timeout" in l.lower() for l in err):
        return f"{rule.name}: timed out"
    return None


def _job_plan(plan, path, job, n):
    """spatch's environment for a job, with the plan's entry for path
    under the names of the copies the rules see ($GUP_PLAN), or None."""
    if plan is None:
        return None
    entry = plan.get(os.path.realpath(path), {})
    names = ["input" + os.path.splitext(path)[1]] + [f"{i}.c" for i in range(n)]
    job_plan = os.path.join(job, "plan.json")
    with open(job_plan, "w") as f:
        json.dump({os.path.realpath(os.path.join(job, x)): entry for x in names}, f)
    return dict(os.environ, GUP_PLAN=job_plan)


def apply_rules(path, rel, rule_list, include, timeout, workdir, plan=None):
    """Apply rule_list in turn to the file at path (shown as rel): each rule
    sees the previous one's output, and the tree-wide plan (guplib/groups.py)
    when given.  Returns a Result.  spatch runs on a copy with a plain name:
    it hands file names to the shell."""
    start = time.monotonic()
    with open(path, errors="surrogateescape") as f:
        old = f.read()
    res = Result(rel, old, old)
    job = tempfile.mkdtemp(dir=workdir)
    include = list(include) + ["-I", os.path.dirname(path)]
    current = os.path.join(job, "input" + os.path.splitext(path)[1])
    shutil.copyfile(path, current)
    first = current
    env = _job_plan(plan, path, job, len(rule_list))
    for i, rule in enumerate(rule_list):
        budget = timeout - (time.monotonic() - start)
        if budget <= 0:
            res.errors.append(f"{rule.name}: timed out")
            break
        out = os.path.join(job, f"{i}.c")
        why = _run_rule(rule, current, out, include, budget, env)
        if why:
            res.errors.append(why)
        elif os.path.exists(out):
            current = out
            res.applied.append(rule.name)
    if current != first:
        with open(current, errors="surrogateescape") as f:
            res.new = f.read()
    shutil.rmtree(job, ignore_errors=True)
    res.seconds = time.monotonic() - start
    return res


def kernel_includes(tree):
    """The include directories make coccicheck gives spatch (x86)."""
    return [a for d in ("arch/x86/include", "arch/x86/include/uapi", "include",
                        "include/uapi")
            for a in ("-I", os.path.join(tree, d))]


def run(tree, files, rule_list, jobs, timeout, progress=None, plan=None):
    """Apply rule_list to every file of files (relative to tree) in jobs
    parallel jobs, with the tree-wide plan file plan (guplib/groups.py)
    when given; return the Results in the order of files."""
    check_spatch()
    if plan:
        with open(plan) as f:
            plan = json.load(f)
    include = kernel_includes(tree)
    results = {}
    # Biggest files first, so that no long job starts last.
    order = sorted(files, key=lambda rel: -os.path.getsize(os.path.join(tree, rel)))
    with tempfile.TemporaryDirectory(prefix="gup-spatch.") as workdir, \
            ThreadPoolExecutor(max_workers=jobs) as pool:
        futures = {pool.submit(apply_rules, os.path.join(tree, rel), rel, rule_list,
                               include, timeout, workdir, plan): rel for rel in order}
        for n, fut in enumerate(as_completed(futures), 1):
            results[futures[fut]] = fut.result()
            if progress:
                progress.count(n, len(files), futures[fut])
    return [results[rel] for rel in files]
