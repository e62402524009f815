// SPDX-License-Identifier: GPL-2.0
/// Pin user pages with pin_user_pages*() (FOLL_PIN) and release them with
/// unpin_user_page(), unpin_user_pages() or unpin_user_pages_dirty_lock()
/// (Linux 5.6+) where code pairs get_user_pages*() with put_page(),
/// set_page_dirty*() + put_page() loops, release_pages() or put_user_page*().
/// FOLL_PIN pages must go back through the unpin calls only, so the
/// acquire and its releases change together or not at all: pages handed to
/// another object (unless lent to a device: a teardown of the file gives
/// them back from a struct field), given an extra reference or freed,
/// returned to other files or kept as a pfn (unless the tree-wide plan
/// follows the pfn to where it is turned back into the page), pages of
/// acquirers without a pin_ form, pages with no release in the file, and
/// calls with no page array (they only fault the pages in) are reported,
/// not rewritten.
/// Pages count as GUP pages only when they provably come from the
/// acquire: in the same function, through a struct field that it fills in
/// the same file (also a scatterlist field, set with sg_set_page() and read
/// back with sg_page()), through a parameter of a static helper that every
/// caller passes GUP pages in, or through what a static function pins into
/// or returns to its callers in the file.  Report mode also lists the GUP
/// calls in code spatch could not parse.
///
// Confidence: Moderate
// Copyright: (C) 2026 The gupcheck authors.
// Options: --no-includes --include-headers
// Keywords: get_user_pages, pin_user_pages, unpin_user_pages_dirty_lock
// GUP-API: UNPIN

virtual patch
virtual context
virtual org
virtual report

@initialize:python@
@@
import json
import os
import re

# The GET and PIN rows of GUP_ACQUIRE (of page shapes), the GUP_FREE,
# GUP_ACCESS, GUP_MOVE and GUP_HANDOFF(..., DEVICE) rows in
# rules/gup-api.h, and the GUP_REPLACE(UNPIN, ...) row: tests/cocci checks
# them and the SmPL sets below against the table.
ACQUIRERS = ["get_user_pages", "get_user_pages_fast",
             "get_user_pages_fast_only", "get_user_page_fast_only",
             "get_user_pages_remote", "get_user_pages_unlocked",
             "get_user_pages_locked", "__get_user_pages_fast",
             "get_user_pages_longterm", "get_user_page_vma_remote",
             "iov_iter_get_pages", "iov_iter_get_pages2",
             "iov_iter_get_pages_alloc", "iov_iter_get_pages_alloc2"]
# The GUP_CONVERT(..., UNPIN, ...) rows: what each acquirer becomes and
# its new flags argument (F: the old one; "": unchanged).
PIN_FORMS = {"get_user_pages": ("pin_user_pages", ""),
             "get_user_pages_fast": ("pin_user_pages_fast", ""),
             "get_user_pages_fast_only": ("pin_user_pages_fast_only", ""),
             "get_user_pages_remote": ("pin_user_pages_remote", ""),
             "get_user_pages_unlocked": ("pin_user_pages_unlocked", ""),
             "get_user_pages_locked": ("pin_user_pages_locked", ""),
             "__get_user_pages_fast": ("pin_user_pages_fast_only", "F ? FOLL_WRITE : 0"),
             "get_user_pages_longterm": ("pin_user_pages", "F | FOLL_LONGTERM")}
FREE = ["__free_page", "__free_pages", "free_page", "kfree", "kvfree", "vfree"]
# GUP_ACCESS: accessor -> (argument, member whose pages it returns)
ACCESS = {"frame_vector_pages": (0, "ptrs")}
# GUP_PFN_PAGE: what turns a pfn back into its page
PFN_PAGES = ["pfn_to_page"]
MOVES = {"iov_iter_get_pages2": "iov_iter_extract_pages",
         "iov_iter_get_pages_alloc2": "iov_iter_extract_pages"}
DEVICE = ["sg_set_page", "sg_alloc_table_from_pages",
          "sg_alloc_table_from_pages_segment", "__sg_alloc_table_from_pages",
          "bio_add_page", "__bio_add_page", "bio_add_pc_page",
          "bio_add_hw_page", "sg_alloc_append_table_from_pages",
          "skb_fill_page_desc", "skb_fill_page_desc_noacc",
          "__skb_fill_page_desc", "skb_add_rx_frag", "bvec_set_page",
          "osd_req_op_extent_osd_data_pages"]
PAGE, PAGES, PAGES_DIRTY = ("unpin_user_page", "unpin_user_pages",
                            "unpin_user_pages_dirty_lock")
# GUP_WRITE_ARG: acquirer -> its argument that was an int write
WRITE_ARGS = {"get_user_pages_fast": 2}
MM_H = {}   # path -> the text of a tree's include/linux/mm.h


def mm_h(f):
    """The text of the tree's include/linux/mm.h: $GUP_MM_H, or the one
    above file f (make coccicheck runs in the tree); "" if none."""
    path, d = os.environ.get("GUP_MM_H"), os.path.dirname(os.path.abspath(f))
    while not path and d != os.path.dirname(d):
        if os.path.isfile(os.path.join(d, "include", "linux", "mm.h")):
            path = os.path.join(d, "include", "linux", "mm.h")
        d = os.path.dirname(d)
    if path and path not in MM_H:
        try:
            with open(path, errors="replace") as text:
                MM_H[path] = text.read()
        except OSError:
            MM_H[path] = ""
    return MM_H.get(path, "")


def takes_write(p):
    """Whether the acquirer called at p takes an int write (GUP_WRITE_ARG)
    in this tree: its prototype there names that argument write."""
    with open(p.file, errors="replace") as text:
        line = text.read().split("\n")[int(p.line) - 1]
    name = re.match(r"\w*", line[int(p.column):]).group()
    proto = re.search(r"\b%s\s*\(([^;{]*)\)\s*;" % name, mm_h(p.file))
    params = split(proto.group(1)) if proto and name in WRITE_ARGS else []
    k = WRITE_ARGS.get(name, len(params))
    return k < len(params) and re.findall(r"\w+", params[k])[-1:] == ["write"]


def pinned(name):
    """The pin_ form of an acquirer, or None."""
    return PIN_FORMS.get(name, (None,))[0]


def lent(g, b):
    """Whether a hand-off to b only lends g's pages: b gives them to a
    device (sg, bio, skb), and a function that neither takes nor hands
    them off gives them back from a struct field, as a teardown does after
    the hand-off (a page goes back once: not through the device's object)."""
    busy = {q.current_element for q, _ in g.acquires + g.blocks}
    return b in DEVICE and bool(g.teardown - busy)


def refuse(g):
    """Why a group's acquires and releases stay."""
    if g.plan not in (None, True):
        return g.plan
    odd = sorted(n for n in g.names if not pinned(n))
    moves = sorted({MOVES[n] for n in odd if n in MOVES})
    if moves:
        return "%s() has no pin_ form; where a device uses the pages, " \
            "6.3+ takes them with %s()" % ("(), ".join(odd), "(), ".join(moves))
    if odd:
        return "%s() has no pin_ form" % "(), ".join(odd)
    blocks = [(p, b) for p, b in g.blocks if not lent(g, b)]
    if blocks:
        return "pages passed to %s() at line %s: the pages may be released " \
            "elsewhere" % (blocks[0][1], blocks[0][0].line)
    out = [p for p in g.returns if (p.file, p.current_element) not in statics]
    if out and g.plan is not True:
        return "the pages are returned at line %s to callers in other files, " \
            "which release them" % out[0].line
    if not g.releases and g.plan is not True:
        return "no release of the pages in this file"
    return None


def acquire(name):
    """The advice for an acquire whose group converts."""
    to, flags = PIN_FORMS.get(name, (None, ""))
    return "%s()%s instead of %s(), released by %s*()" % (
        to, flags and " with flags " + flags, name, PAGE)


def upgrade(name, nargs):
    """The unpin_ call for a put_user_page*() call of 5.3-5.5."""
    if name == "put_user_page":
        return PAGE + "()"
    if name == "put_user_pages":
        return PAGES + "()"
    three = name == "put_user_pages_dirty_lock" and nargs == 3
    return PAGES_DIRTY + ("(pages, n, dirty)" if three else "(pages, n, true)")


CALL = re.compile(r"\b(%s)\s*\(" % "|".join(ACQUIRERS))
coccinelle.matched = set()   # (file, line) of each GUP call spatch parsed
coccinelle.scanned = set()   # files spatch looked at that call GUP
# The tree-wide plan of gup-convert --db (scripts/guplib/groups.py): a
# JSON file named by $GUP_PLAN giving, per file, the acquire lines whose
# group converts with releases in other files ("acquires"), the helpers
# whose parameter k holds GUP pages ("helpers"), the fields that hold
# them ("members") and the acquire lines left alone, with why ("keep").
# Without it, as under make coccicheck, the rules reason about one file.
PLAN = {}
if os.environ.get("GUP_PLAN"):
    with open(os.environ["GUP_PLAN"]) as plan_file:
        PLAN = json.load(plan_file)
mode = []         # "org" or "report" when on: decide() then prints
pages = {}        # (file, function) -> {expression: Group}
fields = {}       # file -> {field name: Group}
helper = {}       # (file, function, argument index) -> Group, or None
inloop = set()    # put_page() calls inside a loop that is rewritten whole
live = set()      # loops whose index is read after them: they stay
loops = []        # release() of each loop of a file, once live is known
approved = set()  # positions the patch rules rewrite
assigns = []      # (position, left, right) of each assignment
returns = []      # (position, value) of each return statement
returners = {}    # (file, function) -> Group of the pages it returns
statics = set()   # (file, function) of the static functions
params = {}       # (file, function) -> its parameter names
filled = []       # (position, array) of each acquire
outparams = {}    # (file, function, k) -> Group its parameter k is filled with
calls = []        # (position, callee, arguments) of each call
sg_lists = {}     # (file, function, local) -> the table it walks: sgl = t.sgl
sg_tables = {}    # (file, table) -> Group: scatterlists kept in fields
sg_filled = []    # (position, table, Group) of each sg_set_page() into one
sg_walked = set() # (file, table) of those whose pages are read back


class Group:
    """Pages from the GUP calls that fill one array, variable or field,
    with every release and other use of them that the rules saw."""

    def __init__(self, name, p, plan=None):
        self.names, self.acquires = ({name}, [(p, name)]) if name else (set(), [])
        self.releases, self.blocks, self.returns, self.up = [], [], [], None
        self.teardown = set()   # functions releasing them from a struct field
        self.plan = plan    # the tree-wide plan: True converts, or why not

    def root(self):
        return self.up.root() if self.up else self


def merge(a, b):
    a, b = a.root(), b.root()
    if a is not b:
        b.up = a
        a.names |= b.names
        a.acquires += b.acquires
        a.releases += b.releases
        a.blocks += b.blocks
        a.returns += b.returns
        a.teardown |= b.teardown
        a.plan = b.plan if b.plan not in (None, True) else a.plan or b.plan
    return a


def planned(p):
    """The plan's entry for p's file."""
    return PLAN.get(os.path.realpath(p.file), {})


def site_plan(p):
    """What the plan says of the acquire at p: True, why not, or None."""
    entry = planned(p)
    if p.line in entry.get("keep", {}):
        return entry["keep"][p.line]
    return True if p.line in entry.get("acquires", {}) else None


def at(p):
    return (p.file, p.line, p.column)


def ok(p):
    return at(p[0]) in approved


def say(p, msg):
    if "org" in mode:
        coccilib.org.print_todo(p, msg)
    elif "report" in mode:
        coccilib.report.print_report(p, msg)


def base(e):
    """The array or page variable that an argument expression names."""
    e = re.sub(r"\s+", "", str(e))
    e = re.sub(r"^\((.*)\)$", r"\1", e)
    e = re.sub(r"^(?:page_folio|%s)\((.*)\)$" % "|".join(PFN_PAGES), r"\1", e)
    e = re.sub(r"^\(\w+\*+\)", "", e)     # a pointer cast: (structpage**)
    e = re.sub(r"^[&*]+", "", e)
    return re.sub(r"(\[[^][]*\]|\+.*)$", "", e)


def field(e):
    m = re.search(r"(->|\.)(\w+)$", e)
    return m and m.group(2)


def sg_table(p, e):
    """The field path of the scatterlist (table) a walk starts from, from
    the variable on and without indices: "->sg_head" for umem->sg_head.sgl
    or a local set to it, "->page.mem" for &db->page[i].mem; None for a
    scatterlist not in a field."""
    e = sg_lists.get((p.file, p.current_element, base(e)), base(e))
    e = re.sub(r"\[[^][]*\]", "", re.sub(r"(\.|->)sgl$", "", e))
    return re.sub(r"^\w+", "", e) or None


def add(p, e, g):
    """Record that expression e in p's function holds the pages of g."""
    local, b = pages.setdefault((p.file, p.current_element), {}), base(e)
    local[b] = merge(local[b], g) if b in local else g
    if field(b):
        shared = fields.setdefault(p.file, {})
        f = field(b)
        shared[f] = merge(shared[f], g) if f in shared else g


def group(p, e):
    """The GUP pages that e provably holds at p, or None."""
    m = re.fullmatch(r"sg_page\((.*)\)", re.sub(r"\s+", "", str(e)))
    if m:
        g = sg_tables.get((p.file, sg_table(p, m.group(1))))
        return g and g.root()
    m = re.fullmatch(r"(\w+)\(.*\)", re.sub(r"\s+", "", str(e)))
    if m and (p.file, m.group(1)) in returners:
        return returners[(p.file, m.group(1))].root()   # returns GUP pages
    b = base(e)
    g = pages.get((p.file, p.current_element), {}).get(b)
    if g is None and field(b):
        g = fields.get(p.file, {}).get(field(b))
    if g is None and field(b) in planned(p).get("members", []):
        g = Group(None, p, True)
        add(p, b, g)
    return g and g.root()


def given_back(p, e):
    """Is e *q, q a parameter of the function at p: kept by its callers?"""
    m = re.fullmatch(r"\*\s*(\w+)", str(e).strip())
    return bool(m) and m.group(1) in params.get((p.file, p.current_element), [])


def held(x, a, es):
    """What a local assigned x[E], or accessor a's result, holds: x, or
    the member of the struct argument that a returns the pages of."""
    if not a:
        return x
    k, member = ACCESS[str(a)]
    return "%s->%s" % (split(es)[k], member)


def follow(files):
    """Let the left side of each assignment in files hold what its right
    side holds, a call of a function that returns GUP pages hold them, and
    an argument a function fills with GUP pages hold them, until nothing
    changes (a field may be filled in a function after the one that reads
    it)."""
    for p, array in [f for f in filled if f[0].file in files]:
        names = params.get((p.file, p.current_element), [])
        if array in names:      # fills its caller's array
            outparams[(p.file, p.current_element, names.index(array))] = group(p, array)
    todo = [a for a in assigns if a[0].file in files]
    fills = [(p, arg, (p.file, h, k)) for p, h, args in calls if p.file in files
             for k, arg in enumerate(args) if (p.file, h, k) in outparams]
    rets = [r for r in returns if r[0].file in files]
    assigns[:] = [a for a in assigns if a[0].file not in files]
    returns[:] = [r for r in returns if r[0].file not in files]
    changed = True
    while changed:
        changed = False
        for p, value in rets:
            g, key = group(p, value), (p.file, p.current_element)
            if g and p not in g.returns:
                g.returns.append(p)
                returners[key] = merge(returners[key], g) if key in returners else g
                changed = True
        for p, left, right in todo:
            g = group(p, right)
            if g and group(p, left) is not g:
                add(p, left, g)
                changed = True
        for p, arg, key in fills:
            g = outparams[key].root()
            if group(p, arg) is not g:
                add(p, arg, g)
                changed = True


def find_helpers(files):
    """The helpers of files whose parameter k receives GUP pages at every
    call (helper[(file, function, k)]: their Group, or None)."""
    for p, h, args in [c for c in calls if c[0].file in files]:
        if (p.file, h) not in statics:  # put_page(): not a helper
            continue
        for k, arg in enumerate(args):
            key, g = (p.file, h, k), group(p, arg)
            if key not in helper or helper[key]:
                helper[key] = g and (merge(helper[key], g) if helper.get(key) else g)
    calls[:] = [c for c in calls if c[0].file not in files]


def split(args):
    """Split an argument or parameter list at its top-level commas."""
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


def release(p, e, use, *inner):
    """A release of e at p, rewritten as described by use (None: stays) if
    e holds GUP pages; inner are the release calls in a statement that
    goes whole."""
    g = group(p, e)
    if inner and at(p) in live:
        return
    if g and at(p) not in inloop:
        g.releases.append((p, use))
        if field(base(e)):
            g.teardown.add(p.current_element)
        inloop.update(at(q) for q in inner)


def loop(p, x, e, i, use, q):
    """A loop at p releasing x[i], or x[e + i]: the pages from x[e] on
    (unless e reads the index i too)."""
    if not re.search(r"\b%s\b" % re.escape(str(i)), str(e)):
        loops.append((p, x, use, q))


def reset(u, i):
    """Whether index i at u is written, not read: a plain assignment or
    the header of a loop that starts it over."""
    with open(u.file, errors="replace") as f:
        line = f.read().split("\n")[int(u.line) - 1]
    start = r"\bfor\s*\(\s*%s\s*=(?!=)" % re.escape(i)
    return bool(re.match(r"\s*=(?!=)", line[int(u.column_end):]) or
                re.search(start, line[:int(u.column_end) + 3]))


def decide(files):
    """Rewrite a group's releases (and acquires) all together or not at
    all, and say why not."""
    groups = {g.root() for f in files
              for key, local in pages.items() if key[0] == f
              for g in local.values()}
    for g in groups:
        why = refuse(g)
        for p, use in g.releases + [(p, acquire(n)) for p, n in g.acquires]:
            if why:
                say(p, "GUP site left alone: " + why)
            elif use:
                approved.add(at(p))
                say(p, "use " + use)


def calls_gup(f):
    """Whether file f names an acquirer: only those are worth a scan, and
    a short list keeps the merge of the workers' results small."""
    try:
        with open(f, errors="replace") as text:
            return CALL.search(text.read()) is not None
    except OSError:
        return False


def declaration(prefix):
    words = prefix.split()
    return (re.fullmatch(r"[\w\s*]*", prefix) and words and
            words[-1].strip("*") not in ("return", "else", "do", "case"))


def unparsed(files, matched):
    """Print the GUP calls in the scanned .c files that no rule saw."""
    # comments and string literals, blanked with their line breaks kept
    noise = re.compile(r"/\*.*?\*/|//[^\n]*"
                       r"|'(?:\\.|[^'\n])*'|\"(?:\\.|[^\"\n])*\"", re.S)
    for f in sorted(x for x in files if x.endswith(".c")):
        try:
            text = open(f, errors="replace").read()
        except OSError:
            continue
        text = noise.sub(lambda m: re.sub(r"[^\n]", " ", m.group()), text)
        for n, line in enumerate(text.split("\n"), 1):
            for m in CALL.finditer(line):
                if (f, str(n)) in matched or declaration(line[:m.start()]):
                    continue
                macro = line.lstrip().startswith("#") or line.endswith(chr(92))
                why = ("in a macro" if macro
                       else "in code spatch could not parse")
                print("%s:%d:%d-%d: GUP call %s: not checked" %
                      (f, n, m.start(), m.end(), why))

@script:python depends on org@
@@
mode[:] = ["org"]

@script:python depends on report@
@@
mode[:] = ["report"]
coccinelle.scanned |= set(filter(calls_gup, cocci.files()))

// The GUP calls, by position of their pages argument.  Before 5.9,
// get_user_pages_remote() took the task first: eight arguments.
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
expression list[5] es5;
expression list[4] es4;
expression list[2] es2;
expression list[1] es1;
expression P, V, L;
position pa;
@@
(
 g3@pa(es3, P, ...)
|
 g4@pa(es5, P, V, L)
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
name = "".join(map(str, (g3, g4, g2, g1, gr)))
if base(P) == "NULL":
    say(pa[0], "GUP site left alone: no page array: it only faults the "
        "pages in, and takes no reference to convert")
else:
    add(pa[0], P, Group(name, pa[0], site_plan(pa[0])))
    filled.append((pa[0], base(P)))

// A file the tree-wide plan names: its helpers and fields hold GUP pages
// of other files' acquires (asked once per function, not once per call).
@planned@
identifier f;
position p : script:python() { bool(planned(p[0])) };
@@
f@p(...) { ... }

@planned_helper depends on planned@
identifier h;
parameter list ps;
type T;
position p;
@@
T h@p(ps) { ... }

@script:python@
h << planned_helper.h;
ps << planned_helper.ps;
p << planned_helper.p;
@@
for func, k in planned(p[0]).get("helpers", []):
    name = func == str(h) and k < len(split(ps)) and re.findall(r"\w+", split(ps)[k])
    if name:
        add(p[0], name[-1], Group(None, p[0], True))

// Where the pages go by assignment: a local (page = pages[i], page =
// ctx->page), a field (ctx->page = page), or a local given the pages a
// struct keeps through their accessor (pages = frame_vector_pages(vec)).
// Followed in any order of the file's functions, once all are seen.
@alias depends on acq || planned@
expression S, X;
identifier a = {frame_vector_pages};
expression list es;
position p;
@@
(
S@p = a(es)
|
S@p = X
)

@script:python@
S << alias.S;
X << alias.X = "";
a << alias.a = "";
es << alias.es = "";
p << alias.p;
@@
assigns.append((p[0], str(S), held(X, a, es)))

@alias_decl depends on acq || planned@
identifier S;
expression X;
identifier a = {frame_vector_pages};
expression list es;
type T;
position p;
@@
(
T S@p = a(es);
|
T S@p = X;
)

@script:python@
S << alias_decl.S;
X << alias_decl.X = "";
a << alias_decl.a = "";
es << alias_decl.es = "";
p << alias_decl.p;
@@
assigns.append((p[0], str(S), held(X, a, es)))

// What a function returns, its parameters, and which functions are
// static.  A function that fills its parameter k with GUP pages fills its
// callers' argument k (privcmd's lock_pages()).  The pages a static
// function returns are its callers' in this file (svm's sev_pin_memory());
// a function called from other files gives them to callers only the
// tree-wide plan knows.
@returned depends on acq || planned@
expression X;
position p;
@@
return@p X;

@script:python@
X << returned.X;
p << returned.p;
@@
returns.append((p[0], str(X)))

@function_params depends on acq || planned@
identifier f;
type T;
parameter list ps;
position p;
@@
T f@p(ps) { ... }

@script:python@
f << function_params.f;
ps << function_params.ps;
p << function_params.p;
@@
params[(p[0].file, str(f))] = [(re.findall(r"\w+", q) or [""])[-1] for q in split(ps)]

@static_function depends on acq || planned@
identifier f;
type T;
parameter list ps;
position p;
@@
static T f@p(ps) { ... }

@script:python@
f << static_function.f;
p << static_function.p;
@@
statics.add((p[0].file, str(f)))

// Every call, for the parameters that helpers fill or release.
@call depends on acq || planned@
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
calls.append((p[0], str(h), split(es)))

@script:python depends on acq || planned@
@@
follow(cocci.files())

// Pages set into a scatterlist table that a field keeps, and read back
// with sg_page() where the table is walked again (in the same file): the
// field holds them.  A table filled here and walked nowhere in the file
// is torn down elsewhere, with its pages.
@sg_start depends on acq || planned@
identifier L;
expression E;
position p;
@@
(
L@p = E.sgl
|
L@p = E->sgl
)

@script:python@
L << sg_start.L;
E << sg_start.E;
p << sg_start.p;
@@
sg_lists[(p[0].file, p[0].current_element, str(L))] = base(E)

@sg_fill depends on acq || planned@
iterator name for_each_sg;
expression L, N, P;
identifier sg, i;
position p;
@@
(
for_each_sg(L, sg, N, i) { <... sg_set_page@p(sg, P, ...) ...> }
|
sg_set_page@p(L, P, ...)
)

@script:python@
L << sg_fill.L;
P << sg_fill.P;
p << sg_fill.p;
@@
key, g = (p[0].file, sg_table(p[0], L)), group(p[0], P)
if g and key[1] and all(at(q) != at(p[0]) for q, _, _ in sg_filled):
    sg_tables[key] = merge(sg_tables[key], g) if key in sg_tables else g
    sg_filled.append((p[0], key[1], g))

@sg_read depends on acq || planned@
iterator name for_each_sg, for_each_sg_page;
expression L, N, X, I, O;
identifier sg, i;
position p;
@@
(
for_each_sg(L, sg, N, i) { <... X@p = sg_page(sg) ...> }
|
for_each_sg_page(L, I, N, O) { <... X@p = sg_page_iter_page(I) ...> }
|
X@p = sg_page(L)
)

@script:python@
L << sg_read.L;
X << sg_read.X;
p << sg_read.p;
@@
key = (p[0].file, sg_table(p[0], L))
if key in sg_tables:
    add(p[0], X, sg_tables[key])
    sg_walked.add(key)

// put_page(sg_page(&t->sg)): group() finds the table's pages itself.
@sg_page_read depends on acq || planned@
expression L;
position p;
@@
sg_page@p(L)

@script:python@
L << sg_page_read.L;
p << sg_page_read.p;
@@
if (p[0].file, sg_table(p[0], L)) in sg_tables:
    sg_walked.add((p[0].file, sg_table(p[0], L)))

@script:python depends on acq || planned@
@@
for p, f, g in sg_filled:
    if p.file in cocci.files() and (p.file, f) not in sg_walked:
        g.blocks.append((p, "sg_set_page"))

// A static helper whose parameter k receives GUP pages at every call.
@script:python depends on acq || planned@
@@
find_helpers(cocci.files())

@helper depends on acq || planned@
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
    g, name = helper.get((p[0].file, str(h), k)), re.findall(r"\w+", param)
    if g and name:
        add(p[0], name[-1], g)

// A pfn of the pages kept outside the function (*pfn = page_to_pfn(page),
// GUP_PFN): whoever turns it back into the page releases them.  Kept in
// place of the pages (nums[i] = page_to_pfn(pages[i])), it stays theirs.
// Given to the callers of a group the tree-wide plan converts, the plan
// followed it to the helpers that turn it back (GUP_PFN_PAGE) and names
// their parameters.
@pfn depends on acq || planned@
identifier pf = {page_to_pfn};
expression E, X;
identifier L;
position p;
@@
(
L = pf(X)
|
E = pf@p(X)
)

@script:python@
pf << pfn.pf;
E << pfn.E;
X << pfn.X;
p << pfn.p;
@@
g = group(p[0], X)
if g and group(p[0], E) is not g and not (g.plan is True and given_back(p[0], E)):
    g.blocks.append((p[0], str(pf)))

// Uses after which the pages are not only this code's to release: taken
// into another object, given an extra reference, freed.
@other depends on acq || planned@
identifier b = {sg_set_page, sg_alloc_table_from_pages,
                sg_alloc_table_from_pages_segment, __sg_alloc_table_from_pages,
                bio_add_page, __bio_add_page, bio_add_pc_page,
                bio_add_hw_page, skb_fill_page_desc, bvec_set_page,
                skb_fill_page_desc_noacc, __skb_fill_page_desc,
                skb_add_rx_frag, sg_alloc_append_table_from_pages,
                osd_req_op_extent_osd_data_pages, memory_failure,
                soft_offline_page,
                __free_page, __free_pages, free_page, kfree, kvfree, vfree,
                get_page, folio_get, folio_put};
expression list es;
position p;
@@
b@p(es)

@script:python@
b << other.b;
es << other.es;
p << other.p;
@@
for arg in split(es):
    g = group(p[0], arg)
    if any(at(q) == at(p[0]) for q, _, _ in sg_filled):
        continue        # sg_set_page() into a table of a field: above
    # kfree(pages) frees the array, not the pages in it
    if g and not (str(b) in FREE and base(arg) == re.sub(r"\s+", "", arg)):
        g.blocks.append((p[0], str(b)))

// for (i = 0; i < n; i++) { if (D) set_page_dirty*(X[i]); put_page(X[i]); }
// The loops may release the n pages from X[E] on: X[E + i].
@loop_cond depends on acq || planned@
expression X, n, D, E;
identifier i;
identifier d = {set_page_dirty_lock, set_page_dirty, SetPageDirty};
position p, q;
@@
for@p (i = 0; i < n; i++) {
(
	if (D)
		d(X[i]);
	put_page@q(X[i]);
|
	if (D)
		d(X[E + i]);
	put_page@q(X[E + i]);
)
}

@script:python@
X << loop_cond.X;
E << loop_cond.E = "";
i << loop_cond.i;
p << loop_cond.p;
q << loop_cond.q;
@@
loop(p[0], X, E, i, PAGES_DIRTY + "(pages, n, dirty)", q[0])

// for (i = 0; i < n; i++) { set_page_dirty*(X[i]); put_page(X[i]); }
@loop_dirty depends on acq || planned@
expression X, n, E;
identifier i;
identifier d = {set_page_dirty_lock, set_page_dirty, SetPageDirty};
position p, q;
@@
for@p (i = 0; i < n; i++) {
(
	d(X[i]);
	put_page@q(X[i]);
|
	d(X[E + i]);
	put_page@q(X[E + i]);
)
}

@script:python@
X << loop_dirty.X;
E << loop_dirty.E = "";
i << loop_dirty.i;
p << loop_dirty.p;
q << loop_dirty.q;
@@
loop(p[0], X, E, i, PAGES_DIRTY + "(pages, n, true)", q[0])

// for (i = 0; i < n; i++) put_page(X[i]);
@loop_put depends on acq || planned@
expression X, n, E;
identifier i;
position p, q;
@@
for@p (i = 0; i < n; i++) {
(
	put_page@q(X[i]);
|
	put_page@q(X[E + i]);
)
}

@script:python@
X << loop_put.X;
E << loop_put.E = "";
i << loop_put.i;
p << loop_put.p;
q << loop_put.q;
@@
loop(p[0], X, E, i, PAGES + "(pages, n)", q[0])

// A loop whose index is read after it stays: only its calls change.
// Asked of the loops above only: of every loop of a file, it takes
// seconds.
@after depends on (loop_cond || loop_dirty || loop_put) exists@
identifier i;
expression n, E;
statement S;
position p : script:python() { any(at(p[0]) == at(l[0]) for l in loops) };
position u;
@@
for@p (i = 0; i < n; i++) S
... when != i = E
i@u

@script:python@
i << after.i;
p << after.p;
u << after.u;
@@
if not reset(u[0], str(i)):
    live.add(at(p[0]))

// The loops' releases, now that the loops that stay are known.
@script:python depends on loop_cond || loop_dirty || loop_put@
@@
for args in loops:
    release(*args)
del loops[:]

// if (D) set_page_dirty*(X); put_page(X); and set_page_dirty*(X);
// put_page(X); for one page: one call that dirties and releases it.
@one_dirty depends on acq || planned@
expression X, D;
identifier d = {set_page_dirty_lock, set_page_dirty, SetPageDirty};
position p, q;
@@
(
if@p (D)
	d(X);
put_page@q(X);
|
d@p(X);
put_page@q(X);
)

@script:python@
X << one_dirty.X;
D << one_dirty.D = "";
p << one_dirty.p;
q << one_dirty.q;
@@
if at(q[0]) not in inloop:
    release(p[0], X, PAGES_DIRTY + "(&page, 1, %s)" % ("dirty" if D else "true"), q[0])

// if (D) put_user_pages_dirty_lock(X, n); else put_user_pages(X, n);
// (the two-argument form of 5.3)
@early_cond depends on acq || planned@
expression X, n, D;
position p, q1, q2;
@@
if@p (D)
	put_user_pages_dirty_lock@q1(X, n);
else
	put_user_pages@q2(X, n);

@script:python@
X << early_cond.X;
p << early_cond.p;
q1 << early_cond.q1;
q2 << early_cond.q2;
@@
release(p[0], X, PAGES_DIRTY + "(pages, n, dirty)", q1[0], q2[0])

@bulk depends on acq || planned@
expression X, n;
position p;
@@
release_pages@p(X, n)

@script:python@
X << bulk.X;
p << bulk.p;
@@
release(p[0], X, PAGES + "() instead of release_pages()")

// Any other put_page() of a GUP page, e.g. in a loop that does more than
// release: only the call changes, the other statements stay.
@one depends on acq || planned@
expression X;
position p;
@@
put_page@p(X)

@script:python@
X << one.X;
p << one.p;
@@
release(p[0], X, PAGE + "() instead of put_page()")

// The put_user_page*() calls of 5.3-5.5, in either form.
@user depends on acq || planned@
identifier r = {put_user_page, put_user_pages, put_user_pages_dirty,
                put_user_pages_dirty_lock};
expression list es;
position p;
@@
r@p(es)

@script:python@
r << user.r;
es << user.es;
p << user.p;
@@
release(p[0], split(es)[0], upgrade(str(r), len(split(es))))

@script:python depends on acq || planned@
@@
decide(cocci.files())

// One rule does the whole rewrite: after a rule changes the code, spatch
// parses it again and the positions the scripts approved no longer match.
// The acquires are renamed here as well (GUP_CONVERT(..., UNPIN, ...)).
@rewrite depends on patch@
expression X, n, D, E;
expression F;
expression list[2] L2;
expression list R;
symbol false, true;
expression W : script:python() { "FOLL_" not in W };
position pw : script:python() { ok(pw) and takes_write(pw[0]) };
identifier i;
identifier d = {set_page_dirty_lock, set_page_dirty, SetPageDirty};
position p : script:python() { ok(p) };
@@
(
- for@p (i = 0; i < n; i++) {
-	if (D)
-		d(X[i]);
-	put_page(X[i]);
- }
+ unpin_user_pages_dirty_lock(X, n, D);
|
- for@p (i = 0; i < n; i++) {
-	if (D)
-		d(X[E + i]);
-	put_page(X[E + i]);
- }
+ unpin_user_pages_dirty_lock(&X[E], n, D);
|
- for@p (i = 0; i < n; i++) {
-	d(X[i]);
-	put_page(X[i]);
- }
+ unpin_user_pages_dirty_lock(X, n, true);
|
- for@p (i = 0; i < n; i++) {
-	d(X[E + i]);
-	put_page(X[E + i]);
- }
+ unpin_user_pages_dirty_lock(&X[E], n, true);
|
- for@p (i = 0; i < n; i++) {
-	put_page(X[i]);
- }
+ unpin_user_pages(X, n);
|
- for@p (i = 0; i < n; i++) {
-	put_page(X[E + i]);
- }
+ unpin_user_pages(&X[E], n);
|
- if@p (D)
-	put_user_pages_dirty_lock(X, n);
- else
-	put_user_pages(X, n);
+ unpin_user_pages_dirty_lock(X, n, D);
|
- release_pages@p
+ unpin_user_pages
  (...)
|
- if@p (D)
-	d(X);
- put_page(X);
+ unpin_user_pages_dirty_lock(&X, 1, D);
|
- d@p(X);
- put_page(X);
+ unpin_user_pages_dirty_lock(&X, 1, true);
|
- put_page@p
+ unpin_user_page
  (...)
|
- put_user_pages_dirty@p(X, n)
+ unpin_user_pages_dirty_lock(X, n, true)
|
- put_user_pages_dirty_lock@p(X, n)
+ unpin_user_pages_dirty_lock(X, n, true)
|
- put_user_page@p
+ unpin_user_page
  (...)
|
- put_user_pages@p
+ unpin_user_pages
  (...)
|
- put_user_pages_dirty_lock@p
+ unpin_user_pages_dirty_lock
  (...)
|
- get_user_pages@p
+ pin_user_pages
  (...)
|
- get_user_pages_fast@pw(L2, 0, R)
+ pin_user_pages_fast(L2, 0, R)
|
- get_user_pages_fast@pw(L2, false, R)
+ pin_user_pages_fast(L2, 0, R)
|
- get_user_pages_fast@pw(L2, 1, R)
+ pin_user_pages_fast(L2, FOLL_WRITE, R)
|
- get_user_pages_fast@pw(L2, true, R)
+ pin_user_pages_fast(L2, FOLL_WRITE, R)
|
- get_user_pages_fast@pw(L2, W, R)
+ pin_user_pages_fast(L2, W ? FOLL_WRITE : 0, R)
|
- get_user_pages_fast@p
+ pin_user_pages_fast
  (...)
|
- get_user_pages_fast_only@p
+ pin_user_pages_fast_only
  (...)
|
- get_user_pages_remote@p
+ pin_user_pages_remote
  (...)
|
- get_user_pages_unlocked@p
+ pin_user_pages_unlocked
  (...)
|
- get_user_pages_locked@p
+ pin_user_pages_locked
  (...)
|
- __get_user_pages_fast@p(L2, 0, R)
+ pin_user_pages_fast_only(L2, 0, R)
|
- __get_user_pages_fast@p(L2, false, R)
+ pin_user_pages_fast_only(L2, 0, R)
|
- __get_user_pages_fast@p(L2, 1, R)
+ pin_user_pages_fast_only(L2, FOLL_WRITE, R)
|
- __get_user_pages_fast@p(L2, true, R)
+ pin_user_pages_fast_only(L2, FOLL_WRITE, R)
|
- __get_user_pages_fast@p(L2, F, R)
+ pin_user_pages_fast_only(L2, F ? FOLL_WRITE : 0, R)
|
- get_user_pages_longterm@p(L2, F, R)
+ pin_user_pages(L2, F | FOLL_LONGTERM, R)
)

// A loop index the rewrite left unused goes with the loop, or -Werror
// builds fail on "unused variable".
@depends on rewrite@
identifier rewrite.i;
type T;
@@
- T i;
  ... when != i

@depends on context@
identifier f;
expression e1, e2, e3, E;
statement S, S1, S2;
position p : script:python() { ok(p) };
@@
(
* for@p (e1; e2; e3) S
|
* if@p (E) S1 else S2
|
* f@p(...)
)

@finalize:python depends on report@
scanned << merge.scanned;
matched << merge.matched;
@@
unparsed(set().union(*scanned), set().union(*matched))
