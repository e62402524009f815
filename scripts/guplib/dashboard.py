# SPDX-License-Identifier: GPL-2.0
"""The inventory as Markdown and as one self-contained HTML page (sortable
site table, progress bar per subsystem)."""

import html
import json
import os

from guplib.inventory import CASES, STATUSES

TITLE = "GUP conversion dashboard"
STATUS_TEXT = {"converted": "converted", "auto": "auto-convertible",
               "manual": "manual", "keep": "stays FOLL_GET",
               "unchecked": "not checked"}


def _reason(row):
    parts = [row.get("reason") or ""]
    if row.get("diagnostics"):
        parts.append("checks: " + ", ".join(row["diagnostics"]))
    return "; ".join(p for p in parts if p)


def _case(row):
    return f"{row['case']}: {CASES[row['case']]}" if row.get("case") else ""


def _finished(row):
    """Sites needing no more work: converted, or right as FOLL_GET."""
    return row["converted"] + row["keep"]


def _done(row):
    return 100 * _finished(row) // row["sites"] if row["sites"] else 100


def markdown(inv):
    t = inv["totals"]
    md = [f"# {TITLE}", "",
          f"Tree `{inv['tree']}` (release API: `{inv['api']}`), {inv['generated']}.", "",
          f"**{t['sites']} GUP sites** in {inv['files']} files ({inv['scanned']} files "
          f"scanned): " + ", ".join(f"{t[s]} {STATUS_TEXT[s]}" for s in STATUSES) + ".", "",
          "## Subsystems", "",
          "| subsystem | sites | converted | auto | manual | stays FOLL_GET | not checked | done |",
          "|---|--:|--:|--:|--:|--:|--:|--:|"]
    for s in inv["subsystems"]:
        md.append(f"| {s['name']} | {s['sites']} | {s['converted']} | {s['auto']} | "
                  f"{s['manual']} | {s['keep']} | {s['unchecked']} | {_done(s)}% |")
    md += ["", "## Sites", "",
           "| site | function | call | status | reason | pin_user_pages.rst case |",
           "|---|---|---|---|---|---|"]
    for r in inv["sites"]:
        cells = [f"`{r['file']}:{r['line']}`", f"`{r.get('function', '')}`",
                 f"`{r['api']}()`", STATUS_TEXT[r["status"]], _reason(r), _case(r)]
        md.append("| " + " | ".join(c.replace("|", "\\|") for c in cells) + " |")
    if inv["errors"]:
        md += ["", "## Files not checked", ""]
        md += [f"- `{e['file']}`: {e['error']}" for e in inv["errors"]]
    return "\n".join(md) + "\n"


CSS = """
*{box-sizing:border-box}
body{font:14px/1.45 system-ui,-apple-system,"Segoe UI",sans-serif;margin:0;background:#f6f7f9;color:#1d2330}
header{background:#1d2330;color:#fff;padding:20px 32px}
header h1{margin:0 0 4px;font-size:22px}header p{margin:0;color:#b8c0d0}
main{padding:24px 32px;max-width:1400px}
.cards{display:flex;gap:12px;flex-wrap:wrap;margin-bottom:24px}
.card{background:#fff;border-radius:8px;padding:12px 18px;box-shadow:0 1px 3px #0002;min-width:120px}
.card b{display:block;font-size:26px}
.converted{--c:#2e9d5b}.auto{--c:#3a78d8}.manual{--c:#e08a1e}.keep{--c:#7a5cc4}.unchecked{--c:#8a93a3}
.card.converted b,.card.auto b,.card.manual b,.card.keep b,.card.unchecked b{color:var(--c)}
h2{font-size:17px;margin:28px 0 10px}
.subs{background:#fff;border-radius:8px;box-shadow:0 1px 3px #0002;padding:8px 16px}
.sub{display:grid;grid-template-columns:minmax(220px,34%) 1fr 110px;gap:12px;align-items:center;padding:5px 0;border-bottom:1px solid #eef0f3;overflow-wrap:anywhere}
.sub:last-child{border:0}.sub .n{color:#5b6475;text-align:right;font-variant-numeric:tabular-nums}
.bar{display:flex;height:12px;border-radius:6px;overflow:hidden;background:#e7eaef}
.bar span{background:var(--c)}
table{border-collapse:collapse;width:100%;table-layout:fixed;background:#fff;border-radius:8px;overflow:hidden;box-shadow:0 1px 3px #0002}
th,td{padding:6px 10px;text-align:left;border-bottom:1px solid #eef0f3;vertical-align:top;overflow-wrap:anywhere}
col.site{width:25%}col.function{width:15%}col.call{width:13%}col.status{width:10%}col.reason{width:17%}col.case{width:11%}col.subsystem{width:9%}
th{background:#eceff4;cursor:pointer;user-select:none;position:sticky;top:0}
th:after{content:" \\2195";color:#9aa3b2}th.asc:after{content:" \\2191"}th.desc:after{content:" \\2193"}
tr:hover td{background:#f8fafc}code{font:12px ui-monospace,Menlo,monospace}
.badge{display:inline-block;padding:1px 8px;border-radius:10px;color:#fff;background:var(--c);font-size:12px;white-space:nowrap}
#filter{padding:6px 10px;width:320px;border:1px solid #ccd2dc;border-radius:6px;margin-bottom:10px}
.legend span{margin-right:14px}.legend i{display:inline-block;width:10px;height:10px;border-radius:2px;background:var(--c);margin-right:4px}
"""

JS = """
document.querySelectorAll('th').forEach(function(th, col) {
  th.addEventListener('click', function() {
    var body = th.closest('table').tBodies[0], asc = !th.classList.contains('asc');
    document.querySelectorAll('th').forEach(function(h){h.classList.remove('asc','desc');});
    th.classList.add(asc ? 'asc' : 'desc');
    var rows = Array.prototype.slice.call(body.rows);
    rows.sort(function(a, b) {
      var x = a.cells[col].dataset.key || a.cells[col].textContent,
          y = b.cells[col].dataset.key || b.cells[col].textContent;
      var c = x.localeCompare(y, undefined, {numeric: true});
      return asc ? c : -c;
    });
    rows.forEach(function(r){body.appendChild(r);});
  });
});
document.getElementById('filter').addEventListener('input', function(e) {
  var q = e.target.value.toLowerCase();
  Array.prototype.forEach.call(document.querySelectorAll('tbody tr'), function(r) {
    r.style.display = r.textContent.toLowerCase().indexOf(q) < 0 ? 'none' : '';
  });
});
"""


def _e(text):
    return html.escape(str(text), quote=True)


def _bar(row):
    spans = "".join(f'<span class="{s}" style="width:{100 * row[s] / row["sites"]:.2f}%" '
                    f'title="{row[s]} {STATUS_TEXT[s]}"></span>'
                    for s in STATUSES if row[s] and row["sites"])
    return f'<div class="bar">{spans}</div>'


def page(inv):
    t = inv["totals"]
    cards = [f'<div class="card"><b>{t["sites"]}</b>GUP sites in {inv["files"]} files '
             f'({inv["scanned"]} scanned)</div>']
    cards += [f'<div class="card {s}"><b>{t[s]}</b>{STATUS_TEXT[s]}</div>' for s in STATUSES]
    legend = "".join(f'<span class="{s}"><i></i>{STATUS_TEXT[s]}</span>' for s in STATUSES)
    subs = "".join(
        f'<div class="sub"><div>{_e(s["name"])}</div>{_bar(s)}'
        f'<div class="n">{_finished(s)}/{s["sites"]} done</div></div>'
        for s in inv["subsystems"])
    rows = []
    for r in inv["sites"]:
        rows.append(
            "<tr>"
            f'<td data-key="{_e(r["file"])}:{r["line"]:06d}"><code>{_e(r["file"])}:{r["line"]}</code></td>'
            f'<td><code>{_e(r.get("function", ""))}</code></td>'
            f'<td><code>{_e(r["api"])}()</code></td>'
            f'<td data-key="{STATUSES.index(r["status"])}"><span class="badge {r["status"]}">'
            f'{STATUS_TEXT[r["status"]]}</span></td>'
            f'<td>{_e(_reason(r))}</td><td>{_e(_case(r))}</td><td>{_e(r["subsystem"])}</td>'
            "</tr>")
    errors = ""
    if inv["errors"]:
        errors = "<h2>Files not checked</h2><ul>" + "".join(
            f"<li><code>{_e(e['file'])}</code>: {_e(e['error'])}</li>" for e in inv["errors"]) + "</ul>"
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{TITLE}</title><style>{CSS}</style></head>
<body><header><h1>{TITLE}</h1>
<p>Tree <code>{_e(inv["tree"])}</code> &middot; release API <code>{_e(inv["api"])}</code> &middot; {_e(inv["generated"])}</p></header>
<main><div class="cards">{''.join(cards)}</div>
<h2>Progress per subsystem</h2><p class="legend">{legend}</p><div class="subs">{subs}</div>
<h2>Sites</h2><input id="filter" type="search" placeholder="Filter sites (file, function, status, ...)">
<table><colgroup><col class="site"><col class="function"><col class="call"><col class="status">
<col class="reason"><col class="case"><col class="subsystem"></colgroup>
<thead><tr><th>site</th><th>function</th><th>call</th><th>status</th><th>reason</th>
<th>pin_user_pages.rst case</th><th>subsystem</th></tr></thead>
<tbody>{''.join(rows)}</tbody></table>{errors}</main>
<script>{JS}</script></body></html>
"""


def write_all(inv, directory):
    """inventory.json, inventory.md and inventory.html into directory."""
    with open(os.path.join(directory, "inventory.json"), "w") as f:
        json.dump(inv, f, indent=1)
        f.write("\n")
    # Bytes of the tree that are not UTF-8 show as U+FFFD.
    with open(os.path.join(directory, "inventory.md"), "w", errors="replace") as f:
        f.write(markdown(inv))
    with open(os.path.join(directory, "inventory.html"), "w", errors="replace") as f:
        f.write(page(inv))
