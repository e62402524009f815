// SPDX-License-Identifier: GPL-2.0
/// Release pages that get_user_pages*() returned with put_user_page(),
/// put_user_pages() or put_user_pages_dirty_lock() (Linux 5.3-5.5), not
/// with put_page(), set_page_dirty*() + put_page() loops or release_pages().
/// GUP pages are about to be tracked apart from other page references; the
/// dedicated calls mark every site that must follow.  A release is changed
/// only when its pages provably come from a GUP call: in the same function,
/// through a struct field that a GUP call in the same file fills, or through
/// a parameter of a static helper that every caller passes GUP pages in.
/// Report mode also lists the GUP releases left alone and the GUP calls in
/// code spatch could not parse, so that no site is lost unnoticed.
///
// Confidence: High
// Copyright: (C) 2026 The gupcheck authors.
// Options: --no-includes --include-headers
// Keywords: get_user_pages, put_user_pages, put_user_pages_dirty_lock
// GUP-API: USER

virtual patch
virtual context
virtual org
virtual report

@initialize:python@
@@
import re

# Equal to the GET rows of GUP_ACQUIRE in rules/gup-api.h (checked by
# tests/cocci); the SmPL sets in rule acq split them by pages argument.
ACQUIRERS = ["get_user_pages", "get_user_pages_fast",
             "get_user_pages_fast_only", "get_user_page_fast_only",
             "get_user_pages_remote", "get_user_pages_unlocked",
             "get_user_pages_locked", "__get_user_pages_fast",
             "get_user_pages_longterm", "get_user_page_vma_remote",
             "iov_iter_get_pages", "iov_iter_get_pages2",
             "iov_iter_get_pages_alloc", "iov_iter_get_pages_alloc2"]
# put_user_page*() pairs with get_user_pages*() only: iov_iter pages keep
# put_page().
CONVERTIBLE = {a for a in ACQUIRERS if "get_user_page" in a}

coccinelle.matched = set()   # (file, line) of each GUP call spatch parsed
coccinelle.scanned = set()   # files spatch looked at
pages = {}     # (file, function) -> {base expression: {acquirer}}
fields = {}    # file -> {field name: {acquirer}}
helper = {}    # (file, function, argument index) -> {acquirer} or None
approved = set()  # positions of the releases the patch rules rewrite
inloop = set()    # put_page() calls inside a loop that is rewritten whole

def base(e):
    """The array or page variable that an argument expression names."""
    e = re.sub(r"\s+", "", str(e))
    e = re.sub(r"^\((.*)\)$", r"\1", e)
    e = re.sub(r"^[&*]+", "", e)
    e = re.sub(r"(\[[^][]*\]|\+.*)$", "", e)
    return e

def field(e):
    m = re.search(r"(->|\.)(\w+)$", e)
    return m and m.group(2)

def add(p, e, names):
    key, b = (p.file, p.current_element), base(e)
    pages.setdefault(key, {}).setdefault(b, set()).update(names)
    if field(b):
        fields.setdefault(p.file, {}).setdefault(field(b), set()).update(names)

def source(p, e):
    """Acquirers the pages in e provably come from, or None."""
    b = base(e)
    names = pages.get((p.file, p.current_element), {}).get(b)
    if names is None and field(b):
        names = fields.get(p.file, {}).get(field(b))
    return names

def split(args):
    """Split an argument list at its top-level commas."""
    out, depth, cur = [], 0, ""
    for c in str(args):
        depth += c in "([{"
        depth -= c in ")]}"
        if c == "," and depth == 0:
            out.append(cur)
            cur = ""
        else:
            cur += c
    return out + [cur] if cur.strip() else out

def at(p):
    return (p.file, p.line, p.column)

def ok(p):
    return at(p[0]) in approved

mode = []     # "org" or "report" when on: the scripts below print

def say(p, msg):
    if "org" in mode:
        coccilib.org.print_todo(p, msg)
    elif "report" in mode:
        coccilib.report.print_report(p, msg)

def convert(p, e, use, q=None):
    """Approve a release when its pages come from get_user_pages*();
    q is the put_page() inside a loop that is rewritten whole."""
    names = source(p, e)
    if names is None or at(p) in inloop:
        return
    if not names <= CONVERTIBLE:
        say(p, "GUP release left alone: pages from %s() keep put_page()"
            % ", ".join(sorted(names - CONVERTIBLE)))
        return
    approved.add(at(p))
    if q:
        inloop.add(at(q))
    say(p, "use %s for pages from get_user_pages*()" % use)

def declaration(prefix):
    words = prefix.split()
    return (re.fullmatch(r"[\w\s*]*", prefix) and words and
            words[-1].strip("*") not in ("return", "else", "do", "case"))

def unparsed(files, matched):
    """GUP calls in the scanned .c files that no rule could see."""
    call = re.compile(r"\b(%s)\s*\(" % "|".join(ACQUIRERS))
    comment = re.compile(r"/\*.*?\*/|//[^\n]*", re.S)
    for f in sorted(x for x in files if x.endswith(".c")):
        try:
            text = open(f, errors="replace").read()
        except OSError:
            continue
        text = comment.sub(lambda m: re.sub(r"[^\n]", " ", m.group()), text)
        for n, line in enumerate(text.split("\n"), 1):
            for m in call.finditer(line):
                if (f, str(n)) in matched or declaration(line[:m.start()]):
                    continue
                macro = line.lstrip().startswith("#") or line.endswith(chr(92))
                why = "in a macro" if macro else "in code spatch could not parse"
                print("%s:%d:%d-%d: GUP call %s: not checked" %
                      (f, n, m.start(), m.end(), why))

@script:python depends on org@
@@
mode[:] = ["org"]

@script:python depends on report@
@@
mode[:] = ["report"]
coccinelle.scanned |= set(cocci.files())

// The GUP calls, by position of the pages argument.
@acq@
identifier g3 = {get_user_pages, get_user_pages_fast,
                 get_user_pages_fast_only, get_user_pages_locked,
                 __get_user_pages_fast, get_user_pages_longterm};
identifier g4 = {get_user_pages_remote};
identifier g2 = {get_user_pages_unlocked, get_user_page_fast_only};
identifier g1 = {iov_iter_get_pages, iov_iter_get_pages2,
                 iov_iter_get_pages_alloc, iov_iter_get_pages_alloc2};
identifier gr = {get_user_page_vma_remote};
expression list[3] es3;
expression list[4] es4;
expression list[2] es2;
expression list[1] es1;
expression P;
position pa;
@@
(
 g3@pa(es3, P, ...)
|
 g4@pa(es4, P, ...)
|
 g2@pa(es2, P, ...)
|
 g1@pa(es1, P, ...)
|
 P = gr@pa(...)
)

@script:python@
g3 << acq.g3 = "";
g4 << acq.g4 = "";
g2 << acq.g2 = "";
g1 << acq.g1 = "";
gr << acq.gr = "";
P << acq.P;
pa << acq.pa;
@@
coccinelle.matched.add((pa[0].file, pa[0].line))
add(pa[0], P, {str(g3) + str(g4) + str(g2) + str(g1) + str(gr)})

// A local that holds one of the pages: page = pages[i].
@alias depends on acq@
identifier S;
expression X, E;
position p;
@@
S@p = X[E]

@script:python@
S << alias.S;
X << alias.X;
p << alias.p;
@@
if source(p[0], X):
    add(p[0], S, source(p[0], X))

@alias_decl depends on acq@
identifier S;
expression X, E;
type T;
position p;
@@
T S@p = X[E];

@script:python@
S << alias_decl.S;
X << alias_decl.X;
p << alias_decl.p;
@@
if source(p[0], X):
    add(p[0], S, source(p[0], X))

// A static helper whose parameter k receives GUP pages at every call.
@call depends on acq@
identifier h;
expression list es;
position p;
@@
h@p(es)

@script:python@
h << call.h;
es << call.es;
p << call.p;
@@
for k, arg in enumerate(split(es)):
    key = (p[0].file, str(h), k)
    names = source(p[0], arg)
    if key not in helper or helper[key] is not None:
        helper[key] = names and (helper.get(key) or set()) | names

@helper depends on acq@
identifier h;
parameter list ps;
type T;
position p;
@@
static T h@p(ps) { ... }

@script:python@
h << helper.h;
ps << helper.ps;
p << helper.p;
@@
for k, param in enumerate(split(ps)):
    names = helper.get((p[0].file, str(h), k))
    name = re.findall(r"\w+", param)
    if names and name:
        add(p[0], name[-1], names)

// for (i = 0; i < n; i++) { if (D) set_page_dirty*(X[i]); put_page(X[i]); }
@loop_cond depends on acq@
expression X, n, D;
identifier i;
identifier d = {set_page_dirty_lock, set_page_dirty, SetPageDirty};
position p, q;
@@
for@p (i = 0; i < n; i++) {
	if (D)
		d(X[i]);
	put_page@q(X[i]);
}

@script:python@
X << loop_cond.X;
p << loop_cond.p;
q << loop_cond.q;
@@
convert(p[0], X, "put_user_pages_dirty_lock(pages, n, dirty)", q[0])

// for (i = 0; i < n; i++) { set_page_dirty*(X[i]); put_page(X[i]); }
@loop_dirty depends on acq@
expression X, n;
identifier i;
identifier d = {set_page_dirty_lock, set_page_dirty, SetPageDirty};
position p, q;
@@
for@p (i = 0; i < n; i++) {
	d(X[i]);
	put_page@q(X[i]);
}

@script:python@
X << loop_dirty.X;
p << loop_dirty.p;
q << loop_dirty.q;
@@
convert(p[0], X, "put_user_pages_dirty_lock(pages, n, true)", q[0])

// for (i = 0; i < n; i++) put_page(X[i]);
@loop_put depends on acq@
expression X, n;
identifier i;
position p, q;
@@
for@p (i = 0; i < n; i++) {
	put_page@q(X[i]);
}

@script:python@
X << loop_put.X;
p << loop_put.p;
q << loop_put.q;
@@
convert(p[0], X, "put_user_pages(pages, n)", q[0])

@bulk depends on acq@
expression X, n;
position p;
@@
release_pages@p(X, n)

@script:python@
X << bulk.X;
p << bulk.p;
@@
convert(p[0], X, "put_user_pages() instead of release_pages()")

// Any other put_page() of a GUP page, e.g. in a loop that does more than
// release: only the call changes, the other statements stay.
@one depends on acq@
expression X;
position p;
@@
put_page@p(X)

@script:python@
X << one.X;
p << one.p;
@@
convert(p[0], X, "put_user_page() instead of put_page()")

// The rewrite matches again rather than inheriting positions, which
// Coccinelle refuses once an earlier rule has changed the code.
@depends on patch@
expression X, n, D;
identifier i;
identifier d = {set_page_dirty_lock, set_page_dirty, SetPageDirty};
position p : script:python() { ok(p) };
@@
- for@p (i = 0; i < n; i++) {
-	if (D)
-		d(X[i]);
-	put_page(X[i]);
- }
+ put_user_pages_dirty_lock(X, n, D);

@depends on patch@
expression X, n;
identifier i;
identifier d = {set_page_dirty_lock, set_page_dirty, SetPageDirty};
position p : script:python() { ok(p) };
@@
- for@p (i = 0; i < n; i++) {
-	d(X[i]);
-	put_page(X[i]);
- }
+ put_user_pages_dirty_lock(X, n, true);

@depends on patch@
expression X, n;
identifier i;
position p : script:python() { ok(p) };
@@
- for@p (i = 0; i < n; i++) {
-	put_page(X[i]);
- }
+ put_user_pages(X, n);

@depends on patch@
position p : script:python() { ok(p) };
@@
(
- release_pages@p
+ put_user_pages
|
- put_page@p
+ put_user_page
)
  (...)

@depends on context@
expression e1, e2, e3;
statement S;
position p : script:python() { ok(p) };
@@
(
* for@p (e1; e2; e3) S
|
* release_pages@p(...)
|
* put_page@p(...)
)

@finalize:python depends on report@
scanned << merge.scanned;
matched << merge.matched;
@@
unparsed(set().union(*scanned), set().union(*matched))
