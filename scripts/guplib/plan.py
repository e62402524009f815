# SPDX-License-Identifier: GPL-2.0
"""Turn converted files into a series: one patch per subsystem (the owning
MAINTAINERS section, else the directory), or per subsystems that a
conversion group spans, with a kernel-style subject, a commit message that
says why, and Cc: lines from MAINTAINERS."""

import collections
import os
import re
import subprocess
import textwrap
from concurrent.futures import ThreadPoolExecutor

import gupapi
from guplib.groups import Union
from guplib.series import Patch

# Subject tags whose name differs from the directory (drivers/ dropped):
# directory prefix -> (tag, separator before the component).
TAGS = {
    "infiniband": ("RDMA", "/"),
    "gpu/drm": ("drm", "/"),
    "media": ("media", ": "),
    "staging": ("staging", ": "),
    "misc": ("misc", ": "),
    "net/ethernet": ("net", ": "),
    "events": ("perf", "/"),
}
GENERIC_DIRS = {"core", "common", "lib", "generic", "src", "kernel", "main"}
# Top-level directories that do not name the subsystem.
NEUTRAL_DIRS = ("drivers", "kernel", "arch")
SUBJECT_WIDTH = 75
TAG_PART = re.compile(r"^[\w.,/-]+$")

WHY = {
    "USER": """\
get_user_pages*() hands back pages with an ordinary reference, and this code
drops it with {put}(), the call that drops any page reference.  The core mm
then has no way to tell a page that a device or a direct I/O may still write
into from a page that is merely cached, and that is exactly what writeback,
truncation and page migration need to know.

Give such pages back with the dedicated {page}(), {pages}() and
{pages_dirty}() instead, so that the pins can later be counted apart from
normal references without visiting every caller again.  {pages_dirty}()
takes a make_dirty argument, so "mark dirty, then put" loops become a
single call.

For now {page}*() simply call {put}() and {dirty}(), so there is no
functional change.
""",
    "UNPIN": """\
This code reads or writes the contents of user pages that it holds through
get_user_pages*(), and gives them back with {put}().  Such pages must be
pinned with FOLL_PIN instead, so that the core mm can see that they are in
use by a device or a direct I/O (page_maybe_dma_pinned()) and handle
writeback, migration and fork accordingly; FOLL_PIN pages must then be
released with {page}(), {pages}() or {pages_dirty}() and nothing else.
Documentation/core-api/pin_user_pages.rst describes the cases.

Convert the acquire calls to their pin_ counterparts and the releases to
the unpin family.  Pages that were dirtied before being released now go
through {pages_dirty}(..., make_dirty), which takes the page lock around
the dirtying as {dirty}() did.
""",
}


def _names(table):
    return set(gupapi.names(table, "ACQUIRE")) | set(gupapi.names(table, "RELEASE")) \
        | set(gupapi.names(table, "DIRTY"))


def _describe(names, acquires):
    """put_page(), or put_user_page*() for a family, acquires first."""
    parts = []
    for group in (sorted(n for n in names if n in acquires),
                  sorted(n for n in names if n not in acquires)):
        if not group:
            continue
        short = min(group, key=len)
        if len(group) == 1:
            parts.append(f"{short}()")
        elif all(n.startswith(short) for n in group):
            parts.append(f"{short}*()")
        else:
            parts.append(", ".join(f"{n}()" for n in group))
    return " and ".join(parts)


def change_summary(table, diff_text):
    """(removed, added) API names of a diff."""
    known = _names(table)
    calls = {"-": set(), "+": set()}
    for line in diff_text.splitlines():
        if line[:1] in calls and not line.startswith(("--- ", "+++ ")):
            calls[line[0]] |= set(re.findall(r"\b(\w+)\s*\(", line)) & known
    return calls["-"] - calls["+"], calls["+"] - calls["-"]


def subject_text(table, diff_text):
    removed, added = change_summary(table, diff_text)
    acquires = set(gupapi.names(table, "ACQUIRE"))
    text = f"use {_describe(added, acquires)}"
    if removed:
        text = f"convert {_describe(removed, acquires)} to {_describe(added, acquires)}"
        if len(text) > SUBJECT_WIDTH - 20:
            text = f"convert to {_describe(added, acquires)}"
    return text


def git_tag(tree, paths):
    """The tag most recent commits to paths used ("RDMA/umem"), or None
    when the tree is not the top of a git work tree."""
    try:
        top = subprocess.run(["git", "-C", tree, "rev-parse", "--show-toplevel"],
                             capture_output=True, text=True, errors="replace", timeout=30)
        if top.returncode or os.path.realpath(top.stdout.strip()) != os.path.realpath(tree):
            return None
        p = subprocess.run(["git", "-C", tree, "log", "-n", "100", "--no-merges",
                            "--format=%s", "--", *paths],
                           capture_output=True, text=True, errors="replace", timeout=30)
    except (OSError, subprocess.TimeoutExpired):
        return None
    if p.returncode:
        return None
    tags = collections.Counter()
    for subject in p.stdout.splitlines():
        parts = subject.split(": ")
        if len(parts) > 1 and all(TAG_PART.match(x) for x in parts[:-1]):
            tags[": ".join(parts[:-1])] += 1
    return tags.most_common(1)[0][0] if tags else None


# A MAINTAINERS section named "... (KVM/x86)": the subsystem and the part
# its subjects name, "KVM: x86".
SECTION_TAG = re.compile(r"\(([A-Z][A-Z0-9]+)/(\w+)\)$")


def path_tag(paths, owner=None):
    """A tag in the kernel's style for a tree without git history: the
    subsystems whose tag differs from the directory (TAGS), then the short
    form the owning MAINTAINERS section's name gives (KVM: x86), then the
    path: RDMA/umem, media: videobuf2, futex for kernel/futex.c."""
    common = os.path.commonpath([os.path.dirname(p) for p in paths]) or paths[0]
    parts = common.split("/")
    if parts[0] in NEUTRAL_DIRS and len(parts) > 1:
        parts = parts[1:]
    elif parts[0] in NEUTRAL_DIRS and len(paths) == 1:
        return os.path.splitext(os.path.basename(paths[0]))[0]
    tag, sep, rest = parts[0], "/", parts[1:]
    section = SECTION_TAG.search(owner.name) if owner else None
    for prefix, (name, separator) in TAGS.items():
        n = prefix.count("/") + 1
        if parts[:n] == prefix.split("/"):
            tag, sep, rest = name, separator, parts[n:]
            break
    else:
        if section:
            return f"{section.group(1)}: {section.group(2)}"
    last = rest[-1] if rest and rest[-1] not in GENERIC_DIRS else None
    stem = os.path.splitext(os.path.basename(paths[0]))[0]
    if not last and len(paths) == 1 and stem not in GENERIC_DIRS:
        last = stem
    return f"{tag}{sep}{last}" if last else tag


def why(table, family):
    replace = {r.family: r for r in table["REPLACE"]}[family]
    put = gupapi.names(table, "RELEASE", family="LEGACY", shape="PAGE")[0]
    dirty = gupapi.names(table, "DIRTY", locked="LOCKED")[0]
    text = WHY[family].format(put=put, dirty=dirty, page=replace.page,
                              pages=replace.pages, pages_dirty=replace.pages_dirty)
    return fill(text)


def cover(table, family, patches, placeholder, left=()):
    """The cover letter's subject and text (a Patch without changes): why
    the series, once, how it is cut, and why the sites of left (reasons)
    stay as they are."""
    replace = {r.family: r for r in table["REPLACE"]}[family]
    acquires = gupapi.names(table, "ACQUIRE", kind="GET")
    target = f"{replace.page}*()"
    if family == "UNPIN":
        target = f"{min(gupapi.names(table, 'ACQUIRE', kind='PIN'), key=len)}*() and {target}"
    conversions = patches[1:] if placeholder else patches
    files = len({rel for p in conversions for rel in p.paths()})
    spans = [str(n) for n, p in enumerate(patches, 1) if len(p.subsystems) > 1]
    cut = (f"The series converts {files} file{'s' if files != 1 else ''} in "
           f"{len(conversions)} patch{'es' if len(conversions) != 1 else ''}, one per "
           f"subsystem (the owning MAINTAINERS section), so that each maintainer can take "
           f"theirs.")
    if spans:
        cut = (cut[:-1] + f", but a conversion group, an acquire with every release its "
               f"pages reach, changes in one patch: {'patch' if len(spans) == 1 else 'patches'} "
               f"{_listed(spans)} {'spans' if len(spans) == 1 else 'span'} the subsystems "
               f"its pages cross, with the maintainers of each on Cc.")
    if placeholder:
        cut += (f" Patch 1 adds {replace.page}*() as placeholders; the others need it, "
                f"so it goes first.")
    text = why(table, family) + "\n" + fill(cut)
    if left:
        text += "\nLeft as they are (gup-convert --plan tells more):\n" + "".join(
            textwrap.fill(reason, 72, initial_indent="- ", subsequent_indent="  ",
                          break_on_hyphens=False) + "\n" for reason in _condensed(left))
    return Patch(f"mm/gup: convert {min(acquires, key=len)}*() callers to {target}", text, [])


def _condensed(reasons):
    """reasons, once each, those that differ only in the place they end
    with as one: "x() has no UNPIN form (a.c:1, b.c:2)"."""
    places = {}
    for reason in sorted(set(reasons)):
        m = re.fullmatch(r"(.*) \(([^()]+:\d+)\)", reason)
        places.setdefault(m.group(1) if m else reason, []).append(m and m.group(2))
    return [what + (f" ({', '.join(at)})" if all(at) else "") for what, at in places.items()]


def fill(text):
    """Wrap each paragraph of text at 72 columns."""
    return "\n\n".join(textwrap.fill(" ".join(p.split()), 72)
                       for p in text.split("\n\n")) + "\n"


def subsystem(rel, maintainers):
    """The owning MAINTAINERS section of file rel, else its directory."""
    owner = maintainers.owner(rel)
    return owner.name if owner else os.path.dirname(rel)


def group(results, maintainers):
    """{subsystem: [Result]}."""
    groups = collections.defaultdict(list)
    for r in results:
        groups[subsystem(r.rel, maintainers)].append(r)
    return groups


def join(results, maintainers, tree, conversion):
    """[({subsystem: [Result]}, [Result], [group])]: results cut per
    subsystem, but the subsystems whose files a group of conversion
    (guplib/groups.py) changes are one part, with its results in their
    order and the groups that join them."""
    by_name = group(results, maintainers)
    name_of = {r.rel: name for name, members in by_name.items() for r in members}
    root = os.path.realpath(tree)
    u, spans = Union(), []
    for g in conversion:
        names = list(dict.fromkeys(name_of[rel] for rel in
                                   (os.path.relpath(f, root) for f in g.files())
                                   if rel in name_of))
        for name in names[1:]:
            u.join(name, names[0])
        if len(names) > 1:
            spans.append((g, names[0]))
    parts = collections.defaultdict(list)
    for name in by_name:
        parts[u.find(name)].append(name)
    return [({name: by_name[name] for name in names},
             [r for r in results if name_of[r.rel] in names],
             [g for g, name in spans if u.find(name) == key])
            for key, names in parts.items()]


def _listed(items):
    """"a", "a and b", "a, b and c"."""
    items = list(items)
    return ", ".join(items[:-1]) + " and " + items[-1] if len(items) > 1 else items[0]


def spanning(names, ties, tree, maintainers):
    """Why one patch changes the subsystems names: the conversion groups
    ties, whose pages cross them."""
    root = os.path.realpath(tree)
    how = []
    for g in ties:
        gets = [f"{func}() ({os.path.relpath(file, root)}){' gets' if not n else ''} "
                f"with {api}()" for n, (file, _, func, api, *_) in enumerate(g.sites)]
        near = {subsystem(os.path.relpath(s[0], root), maintainers) for s in g.sites}
        releases = [u for u in g.uses if u[3] == "release"]
        far = [u for u in releases
               if subsystem(os.path.relpath(u[0], root), maintainers) not in near] or releases
        how.append(f"the pages {_listed(gets)} are released in " + _listed(dict.fromkeys(
            f"{u[2]}() ({os.path.relpath(u[0], root)})" for u in far)))
    return (f"The change spans {_listed(names)}: {'; '.join(how)}. A conversion group "
            f"changes whole, its acquire with every release its pages reach, so that no "
            f"commit of the series mixes the two APIs on the same pages: it goes in one "
            f"patch rather than one per subsystem.")


def patches(table, family, tree, results, maintainers, conversion=(), jobs=1):
    """The Patches for the changed results, sorted by subject: one per
    subsystem, or per subsystems that the converting groups conversion
    (guplib/groups.py) join.  get_maintainer.pl runs in jobs parallel
    jobs."""
    out = []
    message = why(table, family)
    parts = join([r for r in results if r.new != r.old], maintainers, tree, conversion)
    with ThreadPoolExecutor(max_workers=jobs) as pool:
        cc = list(pool.map(lambda part: maintainers.cc([r.rel for r in part[1]]), parts))
    for (by_name, members, ties), cc in zip(parts, cc):
        names = list(by_name)
        patch = Patch("", "", [(r.rel, r.old, r.new) for r in members], cc, names)
        tags = []
        for part in by_name.values():
            paths = [r.rel for r in part]
            tags.append(git_tag(tree, paths) or path_tag(paths, maintainers.owner(paths[0])))
        patch.subject = f"{', '.join(dict.fromkeys(tags))}: {subject_text(table, patch.diff())}"
        rules = sorted({n for r in members for n in r.applied})
        patch.body = message + "\n" + fill(
            (spanning(names, ties, tree, maintainers) + "\n\n" if ties else "") +
            f"Generated by gup-convert with {', '.join(rules)} "
            f"(MAINTAINERS: {', '.join(names)}).")
        out.append(patch)
    return sorted(out, key=lambda p: p.subject)
