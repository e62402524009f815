# SPDX-License-Identifier: GPL-2.0
"""The first patch of a series for a tree without a dedicated release API:
placeholder put_user_page*() that only call put_page() and
set_page_dirty_lock(), so that the conversions compile on any tree."""

import os
import re

import gupapi
from guplib import plan
from guplib.series import Patch
from guplib.tree import API_HEADER

MM_FILES = ("mm/gup.c", "mm/swap.c")

HEADER_TEXT = """
/*
 * Pages from get_user_pages*() are to be released with {page}*()
 * rather than {put}(), so that they can one day be tracked apart from
 * ordinary page references.  For now these are placeholders that do what
 * the callers did before.
 */
static inline void {page}(struct page *page)
{{
	{put}(page);
}}

void {pages_dirty}(struct page **pages, unsigned long npages,
{pad}bool make_dirty);
void {pages}(struct page **pages, unsigned long npages);
"""

SOURCE_TEXT = """
/**
 * {pages_dirty}() - release and optionally dirty pages from GUP
 * @pages:      array of pages to be released
 * @npages:     number of pages in the array
 * @make_dirty: whether to mark the pages dirty first
 *
 * Placeholder: if @make_dirty, marks each page dirty with {dirty}(),
 * then releases it with {page}().
 */
void {pages_dirty}(struct page **pages, unsigned long npages,
{pad}bool make_dirty)
{{
	unsigned long index;

	for (index = 0; index < npages; index++) {{
		if (make_dirty)
			{dirty}(pages[index]);
		{page}(pages[index]);
	}}
}}
EXPORT_SYMBOL({pages_dirty});

/**
 * {pages}() - release an array of pages from GUP
 * @pages:  array of pages to be released
 * @npages: number of pages in the array
 *
 * Placeholder: releases each page with {page}().
 */
void {pages}(struct page **pages, unsigned long npages)
{{
	unsigned long index;

	for (index = 0; index < npages; index++)
		{page}(pages[index]);
}}
EXPORT_SYMBOL({pages});
"""


def _names(table):
    r = {x.family: x for x in table["REPLACE"]}["USER"]
    return dict(page=r.page, pages=r.pages, pages_dirty=r.pages_dirty,
                put=gupapi.names(table, "RELEASE", family="LEGACY", shape="PAGE")[0],
                dirty=gupapi.names(table, "DIRTY", locked="LOCKED")[0],
                pad="\t\t\t" + " " * (len(r.pages_dirty) + 6 - 24))


def _after_put(text, put):
    """Offset just after the definition of put() in text, else before the
    header's final #endif."""
    m = re.search(r"^static inline void %s\(struct page \*page\)\n\{\n.*?^\}\n" % put,
                  text, flags=re.M | re.S)
    if m:
        return m.end()
    return text.rstrip().rfind("\n#endif") + 1


def patch(table, tree):
    """The Patch that introduces the placeholders into tree."""
    names = _names(table)
    changes = []
    with open(os.path.join(tree, API_HEADER), errors="surrogateescape") as f:
        old = f.read()
    at = _after_put(old, names["put"])
    changes.append((API_HEADER, old, old[:at] + HEADER_TEXT.format(**names) + old[at:]))
    source = next((m for m in MM_FILES if os.path.isfile(os.path.join(tree, m))), MM_FILES[0])
    path = os.path.join(tree, source)
    old = ""
    if os.path.isfile(path):
        with open(path, errors="surrogateescape") as f:
            old = f.read()
    changes.append((source, old, old + SOURCE_TEXT.format(**names)))
    body = plan.fill(f"Introduce {names['page']}(), {names['pages']}() and "
            f"{names['pages_dirty']}(), the calls that pages from get_user_pages*()\n"
            f"are to be released with, so that callers can be converted one\n"
            f"subsystem at a time by the patches that follow.\n\n"
            f"They are placeholders: they call {names['put']}() and "
            f"{names['dirty']}() as the callers\ndid, so there is no functional change. "
            f"Tracking pages from GUP apart from\nordinary references comes later and "
            f"then needs no change in the callers.")
    return Patch(f"mm: introduce {names['page']}*(), placeholder versions", body, changes)
