/* SPDX-License-Identifier: GPL-2.0 */
/*
 * The checks gupcheck runs: GUP_CHECK(id, name, severity, summary).
 * The name ends every message ("[gup-leak]") and turns a check off
 * (-Wno-gup-leak).  Severity: ERROR (breaks refcounts or memory),
 * WARNING (wrong API or unsafe), NOTE (likely wrong, worth a look).
 * Scripts read this file too; keep one row per line.
 */
GUP_CHECK(RELEASE,        "gup-release",        WARNING, "pages from GUP given back with put_page()/release_pages() where the tree has the dedicated API")
GUP_CHECK(DIRTY_UNLOCKED, "gup-dirty-unlocked", WARNING, "set_page_dirty() on a GUP page without the page lock")
GUP_CHECK(PIN_KIND,       "gup-pin-kind",       ERROR,   "FOLL_PIN pin released as a FOLL_GET reference, or the reverse")
GUP_CHECK(LEAK,           "gup-leak",           ERROR,   "pinned pages neither released nor handed off on a path to a return")
GUP_CHECK(PARTIAL,        "gup-partial",        ERROR,   "a short pin handled as if every requested page was pinned")
GUP_CHECK(DOUBLE,         "gup-double-release", ERROR,   "the same pages released twice on one path")
GUP_CHECK(FREE,           "gup-free",           ERROR,   "GUP pages given back with a memory-freeing call")
GUP_CHECK(NO_DIRTY,       "gup-no-dirty",       NOTE,    "pages pinned for writing released without being marked dirty")
GUP_CHECK(LONGTERM,       "gup-longterm",       NOTE,    "FOLL_PIN pages kept in a long-lived object without FOLL_LONGTERM")
GUP_CHECK(BUDGET,         "gup-budget",         NOTE,    "a function whose paths exceed the analysis budget: its path checks stop there")
