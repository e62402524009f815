/* SPDX-License-Identifier: GPL-2.0 */
/*
 * The checks gupcheck runs: GUP_CHECK(id, name, severity, summary, help).
 * The name ends every message ("[gup-leak]") and turns a check off
 * (-Wno-gup-leak).  Severity: ERROR (breaks refcounts or memory),
 * WARNING (wrong API or unsafe), NOTE (likely wrong, worth a look).
 * The summary says what the check finds, the help how to fix it; both
 * go into --sarif's rules.
 * Scripts read this file too; keep one row per line.
 */
GUP_CHECK(RELEASE,        "gup-release",        WARNING, "pages from GUP given back with put_page()/release_pages() where the tree has the dedicated API", "Pin the pages with pin_user_pages*() and release them with unpin_user_page*() (5.6+), or release them with put_user_page*() (5.3-5.5), so the kernel can tell pinned pages from referenced ones: see Documentation/core-api/pin_user_pages.rst.")
GUP_CHECK(DIRTY_UNLOCKED, "gup-dirty-unlocked", WARNING, "set_page_dirty() on a GUP page without the page lock", "Mark the pages dirty with set_page_dirty_lock(), or release them with unpin_user_pages_dirty_lock(): without the page lock the filesystem may have dropped the page's buffers (ext4's BUG_ON(!PagePrivate(page))).")
GUP_CHECK(PIN_KIND,       "gup-pin-kind",       ERROR,   "FOLL_PIN pin released as a FOLL_GET reference, or the reverse", "Release FOLL_PIN pages (pin_user_pages*()) with unpin_user_page*() and FOLL_GET references (get_user_pages*()) with put_page(): the other call leaves the pin count wrong.")
GUP_CHECK(LEAK,           "gup-leak",           ERROR,   "pinned pages neither released nor handed off on a path to a return", "Release the pages on every path out of the function that pinned them, or hand them to the object that releases them (an sg table, a bio, a struct member), before freeing the array that holds them.")
GUP_CHECK(PARTIAL,        "gup-partial",        ERROR,   "a short pin handled as if every requested page was pinned", "GUP may pin fewer pages than requested, or return -errno: release the count it returned, test it for errors before using it as a count, and release the pages it pinned on the 'fewer than requested' branch.")
GUP_CHECK(DOUBLE,         "gup-double-release", ERROR,   "the same pages released twice on one path", "Release the pages once: drop the release on the error branch or skip the common cleanup after it.")
GUP_CHECK(FREE,           "gup-free",           ERROR,   "GUP pages given back with a memory-freeing call", "Give GUP pages back with put_page() or unpin_user_page(): __free_page() and kfree() free memory the process still maps.")
GUP_CHECK(NO_DIRTY,       "gup-no-dirty",       NOTE,    "pages pinned for writing released without being marked dirty", "Pages pinned with FOLL_WRITE may have been written: release them with unpin_user_pages_dirty_lock(..., true) or mark them with set_page_dirty_lock() first.")
GUP_CHECK(LONGTERM,       "gup-longterm",       NOTE,    "FOLL_PIN pages kept in a long-lived object without FOLL_LONGTERM", "A pin kept in an object that outlives the call (a global, an object the function keeps, a parameter of an entry point) is long-term: add FOLL_LONGTERM to the flags so the pages are migrated out of CMA and DAX is refused (pin_user_pages.rst case 2).")
GUP_CHECK(SUPPRESS,       "gup-suppress",       WARNING, "a suppression of a finding without a reason", "Say why after the check's name: a comment 'gupcheck: ignore gup-leak: <reason>' in the source, a line 'WHERE CHECK <reason>' in a --suppress list.")
GUP_CHECK(BUDGET,         "gup-budget",         NOTE,    "a function whose paths exceed the analysis budget: its path checks stop there", "Split the function, or review its paths by hand: gupcheck's path checks (gup-leak, gup-partial, gup-double-release) stop at its budget of steps.")
