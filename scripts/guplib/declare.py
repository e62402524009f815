# SPDX-License-Identifier: GPL-2.0
"""The tree's API header as a series needs it: with the acquirers,
releases and gup_flags the rewrite to a family may use and the tree does
not declare (a tree older than the API: the series adds it, or is meant
for a later tree), so that gupcheck reads the rewritten calls as the
series means them rather than as calls of undeclared functions."""

import os
import re

from guplib import tree

# The releases' prototypes, as the kernel declares them.
RELEASES = (("page", "struct page *page"),
            ("pages", "struct page **pages, unsigned long npages"),
            ("pages_dirty", "struct page **pages, unsigned long npages, bool make_dirty"))


def prototype(text, name, to):
    """A declaration of to with the prototype text (without comments)
    gives name, or None."""
    m = re.search(r"^(?:static\s+inline\s+|extern\s+)?((?:\w+[\s*]+)+?)%s\s*\(([^()]*)\)"
                  % re.escape(name), text, re.M)
    return m and f"{m.group(1).strip()} {to}({' '.join(m.group(2).split())});"


def header(table, family, root):
    """The text of the tree's API header with what the rewrite to family
    needs and it lacks declared before its last #endif, or None when it
    lacks nothing.  An acquirer gets the prototype of the one the rewrite
    renames to it: the rewrite keeps the arguments."""
    with open(os.path.join(root, tree.API_HEADER), errors="surrogateescape") as f:
        text = f.read()
    code = tree.uncommented(text)
    have = tree.declared(code)
    converts = [r for r in table["CONVERT"] if r.family == family]
    lines = []
    for r in converts:
        if r.to not in have and (line := prototype(code, r.name, r.to)):
            have.add(r.to)
            lines.append(line)
    replace = {r.family: r for r in table["REPLACE"]}[family]
    lines += [f"void {getattr(replace, job)}({params});" for job, params in RELEASES
              if getattr(replace, job) not in have]
    value = {r.name: r.value for r in table["FLAG"]}
    lines += [f"#define {flag}\t{value[flag]:#x}"
              for flag in sorted({f for r in converts for f in re.findall(r"\bFOLL_\w+", r.flags)})
              if flag in value and not re.search(r"\b%s\b" % flag, code)]
    if not lines:
        return None
    at = text.rstrip().rfind("\n#endif") + 1 or len(text)
    return text[:at] + "\n".join(lines) + "\n\n" + text[at:]
