# SPDX-License-Identifier: GPL-2.0
"""Read rules/gup-api.h and rules/checks.h, the GUP API as data."""

import csv
import os
import re
from collections import namedtuple

RULES = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "rules")

COLUMNS = {
    "ACQUIRE": "name kind shape pages count flags returns since until",
    "PARAM": "role name",
    "RELEASE": "name kind family shape page count dirty since until",
    "REPLACE": "family page pages pages_dirty acquire",
    "DIRTY": "name locked page",
    "FREE": "name arg",
    "ALLOC": "name arg",
    "UNMAP": "name arg",
    "HANDOFF": "name arg to",
    "USE": "name arg use",
    "NOTIFIER": "name",
    "WARN": "name",
    "FLAG": "name value",
    "CONTAINER": "struct member",
    "CONVERT": "name family to flags",
    "WRITE_ARG": "name arg",
    "PIN_TEST": "name arg tag",
    "ERR_TEST": "name arg",
    "SAME": "name arg",
    "ACCESS": "name arg member",
    "PFN": "name arg",
    "PFN_PAGE": "name arg",
    "MOVE": "name to",
    "CHECK": "id name severity summary help",
}
ROW = {k: namedtuple(k.title(), v) for k, v in COLUMNS.items()}
LINE = re.compile(r"^GUP_([A-Z_]+)\((.*)\)\s*$")


def _value(text):
    text = text.strip()
    if text.startswith('"'):
        return text[1:-1]
    if re.fullmatch(r"-?(0x[0-9a-fA-F]+|\d+)", text):
        return int(text, 0)
    return text


def load(path=None):
    """Return {"ACQUIRE": [row, ...], "RELEASE": [...], ...}."""
    paths = [path] if path else [os.path.join(RULES, f)
                                 for f in ("gup-api.h", "checks.h")]
    table = {k: [] for k in COLUMNS}
    for p in paths:
        with open(p) as f:
            for lineno, line in enumerate(f, 1):
                m = LINE.match(line)
                if not m:
                    continue
                kind, args = m.groups()
                fields = next(csv.reader([args], skipinitialspace=True))
                if kind not in ROW or len(fields) != len(ROW[kind]._fields):
                    raise ValueError(f"{p}:{lineno}: malformed GUP_{kind} row")
                table[kind].append(ROW[kind](*map(_value, fields)))
    return table


def names(table, row, **where):
    """Names of the rows of one kind whose columns match where."""
    return [r.name for r in table[row]
            if all(getattr(r, k) == v for k, v in where.items())]
