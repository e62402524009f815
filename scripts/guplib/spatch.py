# SPDX-License-Identifier: GPL-2.0
"""The project's Coccinelle rules and a parallel runner that applies them
to many files per spatch, each file with its own time limit, so a slow or
failing file costs only its own result."""

import glob
import json
import os
import queue
import re
import shutil
import signal
import subprocess
import tempfile
import threading
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


# What spatch says of a file it could not process (a Python exception,
# its own --timeout), after that file's HANDLING line.
EXN = re.compile(r"^EXN: (.*) in \S+$")


def _spatch(rule, paths, include, budget, env, job):
    """Run rule in place on the files paths, one file group each, with
    spatch's --timeout of budget seconds per file.  Returns {path: (seconds,
    why it failed or None)} for the files spatch finished or gave up on;
    when it hangs on one (or exits) past it, the files after it are left
    out."""
    groups = os.path.join(job, "groups")
    with open(groups, "w") as f:
        f.write("".join(p + "\n\n" for p in paths))
    cmd = ["spatch", "-D", "patch", "--quiet", "--no-show-diff",
           "--sp-file", rule.path, *rule.options, "--timeout", str(max(1, int(budget))),
           *include, "--file-groups", groups, "--in-place"]
    proc = subprocess.Popen(cmd, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                            stderr=subprocess.PIPE, text=True, errors="replace", env=env,
                            start_new_session=True)
    lines = queue.Queue()

    def read():
        for line in proc.stderr:
            lines.put(line.strip())
        lines.put(None)

    threading.Thread(target=read, daemon=True).start()
    done, current, since, why, last = {}, None, time.monotonic(), None, ""
    try:
        while True:
            try:
                line = lines.get(timeout=max(0, since + budget + 5 - time.monotonic()))
            except queue.Empty:
                why = f"{rule.name}: timed out"
                break
            if line is None and proc.wait():
                why = why or f"{rule.name}: spatch exited with {proc.returncode}: {last}"
            if line is None or line.startswith(("HANDLING: ", "Skipping: ")):
                if current:
                    done[current] = (time.monotonic() - since, why)
                if line is None:
                    break
                current, since, why = line[len("HANDLING: "):], time.monotonic(), None
                if line.startswith("Skipping: "):
                    # none of the rule's tokens: nothing to do
                    done[current], current = (0.0, None), None
                continue
            last = line or last
            m = EXN.match(line)
            if current and m and not why:
                why = f"{rule.name}: " + ("timed out" if "timeout" in m.group(1).lower()
                                          else m.group(1))
    finally:
        if proc.poll() is None:
            # spatch and what it started (sh -c cp ...)
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait()
    if current and current not in done:
        done[current] = (time.monotonic() - since, why)
    elif not done:
        # it never got to a file: every file failed
        done = {p: (time.monotonic() - since, why) for p in paths}
    return done


def _read(path):
    with open(path, errors="surrogateescape") as f:
        return f.read()


def _apply(files, rule_list, include, timeout, workdir, plan, env):
    """Apply rule_list in turn to files, [(path, rel)], in one spatch per
    rule: each rule sees the previous one's output, and the tree-wide plan
    (guplib/groups.py) when given; spatch runs in environment env.
    Returns their Results.  spatch runs on
    copies with plain names: it hands file names to the shell."""
    job = tempfile.mkdtemp(dir=workdir)
    results, copies = [], []
    for i, (path, rel) in enumerate(files):
        old = _read(path)
        results.append(Result(rel, old, old))
        copies.append(os.path.join(job, f"{i}{os.path.splitext(path)[1]}"))
        shutil.copyfile(path, copies[-1])
    include = list(include) + [a for d in sorted({os.path.dirname(p) for p, _ in files})
                               for a in ("-I", d)]
    if plan is not None:
        job_plan = os.path.join(job, "plan.json")
        with open(job_plan, "w") as f:
            json.dump({os.path.realpath(c): plan.get(os.path.realpath(p), {})
                       for c, (p, _) in zip(copies, files)}, f)
        env = dict(env, GUP_PLAN=job_plan)
    live = list(range(len(files)))
    for rule in rule_list:
        for i in [i for i in live if results[i].seconds >= timeout]:
            results[i].errors.append(f"{rule.name}: timed out")
            live.remove(i)
        todo = list(live)
        while todo:
            budget = timeout - max(results[i].seconds for i in todo)
            done = _spatch(rule, [copies[i] for i in todo], include, budget, env, job)
            for i in [i for i in todo if copies[i] in done]:
                seconds, why = done[copies[i]]
                res = results[i]
                res.seconds += seconds
                if why:
                    # what the rule left of the file does not count
                    res.errors.append(why)
                    with open(copies[i], "w", errors="surrogateescape") as f:
                        f.write(res.new)
                elif (text := _read(copies[i])) != res.new:
                    res.new = text
                    res.applied.append(rule.name)
            todo = [i for i in todo if copies[i] not in done]
    shutil.rmtree(job, ignore_errors=True)
    return results


def apply_rules(path, rel, rule_list, include, timeout, workdir, plan=None):
    """Apply rule_list in turn to the file at path (shown as rel); returns
    its Result (see _apply)."""
    return _apply([(path, rel)], rule_list, include, timeout, workdir, plan,
                  dict(os.environ))[0]


# What a rule's report mode says of a GUP site it leaves as it is.
LEFT_ALONE = re.compile(r"^\S+?:(\d+):\d+-\d+: GUP site left alone: (.*)$")


def _report(tree, n, rel, rule_list, timeout, job):
    """What rule_list's report mode says of the sites it leaves in the
    file rel of tree (the n-th asked for): {(rel, line): why}."""
    env = dict(os.environ, GUP_MM_H=os.path.join(tree, "include", "linux", "mm.h"))
    copy = os.path.join(job, str(n) + os.path.splitext(rel)[1])
    shutil.copyfile(os.path.join(tree, rel), copy)
    include = kernel_includes(tree) + ["-I", os.path.dirname(os.path.join(tree, rel))]
    out = {}
    for rule in rule_list:
        try:
            p = subprocess.run(["spatch", "-D", "report", "--very-quiet", "--sp-file",
                                rule.path, *rule.options, "--timeout",
                                str(max(1, int(timeout))), *include, copy],
                               capture_output=True, text=True, errors="replace",
                               env=env, cwd=job, timeout=timeout + 5)
        except subprocess.TimeoutExpired:
            continue
        for m in map(LEFT_ALONE.match, p.stdout.splitlines()):
            if m:
                out.setdefault((rel, int(m.group(1))), m.group(2))
    return out


def left_alone(tree, rels, rule_list, jobs, timeout):
    """Why rule_list leaves the GUP sites of the files rels (relative to
    tree) as they are, from the rules' report mode: {(rel, line): why}."""
    out = {}
    with tempfile.TemporaryDirectory(prefix="gup-spatch.") as job, \
            ThreadPoolExecutor(max_workers=jobs) as pool:
        for found in pool.map(lambda a: _report(tree, *a, rule_list, timeout, job),
                              enumerate(rels)):
            out.update(found)
    return out


def kernel_includes(tree):
    """The include directories make coccicheck gives spatch (x86)."""
    return [a for d in ("arch/x86/include", "arch/x86/include/uapi", "include",
                        "include/uapi")
            for a in ("-I", os.path.join(tree, d))]


def batches(tree, files, rule_list, jobs):
    """files (relative to tree) cut into the lists one spatch takes.  When
    no rule reads headers (--no-includes), a file's directory on the
    include path does not matter and one spatch takes many files, about
    4 lists per job, dealt biggest first so that they weigh alike;
    otherwise one file each."""
    order = sorted(files, key=lambda rel: -os.path.getsize(os.path.join(tree, rel)))
    n = len(order)
    if all("--no-includes" in r.options for r in rule_list):
        n = min(n, 4 * jobs)
    return [order[i::n] for i in range(n)]


def run(tree, files, rule_list, jobs, timeout, progress=None, plan=None):
    """Apply rule_list to every file of files (relative to tree) in jobs
    parallel jobs, with the tree-wide plan file plan (guplib/groups.py)
    when given; return the Results in the order of files."""
    check_spatch()
    if plan:
        with open(plan) as f:
            plan = json.load(f)
    include = kernel_includes(tree)
    # the copies are out of the tree: the rules read its prototypes here
    env = dict(os.environ, GUP_MM_H=os.path.join(tree, "include", "linux", "mm.h"))
    results = {}
    with tempfile.TemporaryDirectory(prefix="gup-spatch.") as workdir, \
            ThreadPoolExecutor(max_workers=jobs) as pool:
        futures = [pool.submit(_apply, [(os.path.join(tree, rel), rel) for rel in batch],
                               rule_list, include, timeout, workdir, plan, env)
                   for batch in batches(tree, files, rule_list, jobs)]
        for fut in as_completed(futures):
            for res in fut.result():
                results[res.rel] = res
            if progress:
                progress.count(len(results), len(files), res.rel)
    return [results[rel] for rel in files]
