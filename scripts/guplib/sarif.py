# SPDX-License-Identifier: GPL-2.0
"""SARIF 2.1.0 logs of the scripts (one run each, rules from rules/checks.h)
and baselines: the fingerprints of the findings already known.  Bytes that
are not UTF-8 (str decoded with errors="surrogateescape") are written back
as they were, as gupcheck writes them."""

import hashlib
import json
import os
import re
import urllib.parse

from guplib import cli
from guplib.cli import Error

SCHEMA = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/os/schemas/sarif-schema-2.1.0.json"
LEVEL = {"ERROR": "error", "WARNING": "warning", "NOTE": "note"}
# gupcheck's own key, and the scripts' for findings gupcheck does not make.
GUPCHECK_KEY = "gupcheck/v1"
SCRIPT_KEY = "gup-review/v1"


def rules(table, extra=()):
    """The reportingDescriptors of rules/checks.h, then extra ones given as
    (id, severity, summary, help)."""
    rows = [(c.name, c.severity, c.summary, c.help) for c in table["CHECK"]] + list(extra)
    return [{"id": name, "shortDescription": {"text": summary}, "help": {"text": help_},
             "defaultConfiguration": {"level": LEVEL[severity]}}
            for name, severity, summary, help_ in rows]


def location(rel, line, col=0):
    region = {"startLine": line} | ({"startColumn": col} if col else {})
    loc = {"artifactLocation": {"uri": urllib.parse.quote(rel, errors="surrogateescape"),
                                 "uriBaseId": "SRCROOT"}}
    return {"physicalLocation": loc | ({"region": region} if line else {})}


def fingerprint(*fields):
    """A fingerprint for a finding gupcheck did not make: the hash of its
    fields, line numbers taken out as gupcheck does."""
    text = "\0".join(re.sub(r"\bline \d+", "line ", f) for f in fields)
    return hashlib.sha1(text.encode("utf-8", "surrogateescape")).hexdigest()[:16]


def result(rule_index, check, severity, text, rel, line, suggestion=""):
    """A result for a finding of the scripts' own."""
    return {"ruleId": check, "ruleIndex": rule_index, "level": LEVEL[severity],
            "message": {"text": text}, "locations": [location(rel, line)],
            "partialFingerprints": {SCRIPT_KEY: fingerprint(check, rel, text, suggestion)}}


def fingerprints(res):
    """The fingerprints of a result, whoever made it."""
    return set(res.get("partialFingerprints", {}).values())


def log(tool, rule_list, results, root):
    """A SARIF log of one run of tool."""
    root_uri = "file://" + urllib.parse.quote(os.path.abspath(root).rstrip("/") + "/",
                                          errors="surrogateescape")
    with open(os.path.join(cli.TOP, "VERSION")) as f:
        version = f.read().strip()
    return {"$schema": SCHEMA, "version": "2.1.0",
            "runs": [{"tool": {"driver": {"name": tool, "version": version, "rules": rule_list}},
                      "originalUriBaseIds": {"SRCROOT": {"uri": root_uri}},
                      "columnKind": "unicodeCodePoints", "results": results}]}


def write(path, sarif_log):
    try:
        with open(path, "w", encoding="utf-8", errors="surrogateescape") as f:
            json.dump(sarif_log, f, indent=1, ensure_ascii=False)
            f.write("\n")
    except OSError as e:
        raise Error(f"cannot write --sarif={path}: {e.strerror}")


def read_baseline(path):
    """The fingerprints in a baseline: a SARIF log (gupcheck's, gup-review's
    or gup-inventory's), or one fingerprint first on each line, '#'
    starting a comment."""
    try:
        with open(path, encoding="utf-8", errors="surrogateescape") as f:
            text = f.read()
    except OSError as e:
        raise Error(f"cannot read --baseline={path}: {e.strerror}")
    if text.lstrip().startswith("{"):
        try:
            runs = json.loads(text)["runs"]
        except (ValueError, KeyError, TypeError):
            raise Error(f"--baseline={path}: not a SARIF log")
        return {fp for run in runs for r in run.get("results") or [] for fp in fingerprints(r)}
    return {line.split()[0] for line in text.splitlines()
            if line.strip() and not line.lstrip().startswith("#")}


# The scripts' findings that are not gupcheck's (guplib.review).
SCRIPT_RULES = [
    ("gup-convert", "WARNING", "code the conversion rules (cocci/) rewrite to the tree's GUP API",
     "Apply the suggested rewrite, or run the rules with make coccicheck (see gupcheck-cocci(7))."),
    ("gupcheck", "WARNING", "a file gupcheck could not check",
     "Give gup-review the kernel's build directory (-B) or a longer --timeout, or check "
     "the file by hand."),
]


def finding_result(f, rule_ids):
    """The SARIF result of a guplib.review Finding: gupcheck's own when it
    made it, else one with the scripts' fingerprint."""
    if f.sarif:
        return f.sarif
    return result(rule_ids.index(f.check), f.check, f.severity, f.text, f.file, f.line,
                  f.suggestion)


def findings_log(tool, table, findings, root, known=None):
    """A log of findings; with a baseline (known fingerprints), each says
    whether it is new."""
    rule_list = rules(table, SCRIPT_RULES)
    rule_ids = [r["id"] for r in rule_list]
    results = []
    for f in findings:
        r = dict(finding_result(f, rule_ids))
        if known is not None:
            r["baselineState"] = "unchanged" if fingerprints(r) & known else "new"
        results.append(r)
    return log(tool, rule_list, results, root)
