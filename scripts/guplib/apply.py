# SPDX-License-Identifier: GPL-2.0
"""Write a series' changes into the tree: all files or none, even when the
run is interrupted or killed at any moment.

Every new text goes to a temporary file next to its target first; a
journal in the tree (JOURNAL) says which, and in which state:

  prepare  the temporaries are being written; the targets are untouched
  commit   every temporary is complete; they are being renamed over the
           targets

The switch from prepare to commit is one atomic rename of the journal.
recover() reads a journal left behind by an interrupted run: it removes
the temporaries of a "prepare" journal (the tree stays as it was) and
renames the rest of a "commit" journal (the tree ends fully converted).
A file the series creates exists only once its complete text is renamed
into place."""

import json
import os

from guplib.cli import Error

JOURNAL = ".gup-apply.journal"
TEMP = ".gup-apply-{}.tmp"


def _read(path):
    try:
        with open(path, errors="surrogateescape") as f:
            return f.read()
    except FileNotFoundError:
        return ""


def _sync_dir(path):
    fd = os.open(path, os.O_RDONLY | os.O_DIRECTORY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _write_journal(tree, state, entries):
    """Replace the journal, atomically, by one in state listing entries."""
    path = os.path.join(tree, JOURNAL)
    with open(path + ".new", "w") as f:
        json.dump({"state": state, "files": entries}, f)
        f.flush()
        os.fsync(f.fileno())
    os.replace(path + ".new", path)
    _sync_dir(tree)


def _write_temp(tree, entry, text):
    """Write text, complete and synced, to the entry's temporary file with
    the mode of its target (that of a new file for a new target)."""
    path = os.path.join(tree, entry["temp"])
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666)
    with os.fdopen(fd, "w", errors="surrogateescape") as f:
        f.write(text)
        f.flush()
        if entry["mode"] is not None:
            os.fchmod(f.fileno(), entry["mode"])
        os.fsync(f.fileno())


def _rename(tree, entry):
    """Put the entry's temporary file in place of its target, if not done."""
    temp = os.path.join(tree, entry["temp"])
    if os.path.lexists(temp):
        os.replace(temp, os.path.join(tree, entry["target"]))


def _finish(tree, entries):
    for e in entries:
        _rename(tree, e)
    for d in sorted({os.path.dirname(os.path.join(tree, e["target"])) for e in entries}):
        _sync_dir(d)
    os.unlink(os.path.join(tree, JOURNAL))
    _sync_dir(tree)


def _undo(tree, entries):
    for e in entries:
        try:
            os.unlink(os.path.join(tree, e["temp"]))
        except FileNotFoundError:
            pass
    os.unlink(os.path.join(tree, JOURNAL))
    _sync_dir(tree)


def recover(tree):
    """Complete or undo what an interrupted apply() left in tree: return
    "finished", "undone", or None when there was nothing to do."""
    path = os.path.join(tree, JOURNAL)
    if os.path.exists(path + ".new"):
        os.unlink(path + ".new")        # a journal never put in place
    if not os.path.exists(path):
        return None
    try:
        with open(path) as f:
            journal = json.load(f)
        state, entries = journal["state"], journal["files"]
        for e in entries:
            for key in ("target", "temp"):
                if os.path.isabs(e[key]) or ".." in e[key].split("/"):
                    raise ValueError(f"{e[key]!r} is outside the tree")
    except (OSError, ValueError, KeyError, TypeError) as e:
        raise Error(f"{path}: damaged journal of an interrupted --apply ({e}); "
                    f"check the tree and remove the file")
    try:
        if state == "commit":
            _finish(tree, entries)
            return "finished"
        _undo(tree, entries)
        return "undone"
    except OSError as e:
        raise Error(f"cannot recover the interrupted --apply of {tree}: {e.filename}: "
                    f"{e.strerror}")


def refuse_pending(tree):
    """Raise Error when tree holds the journal of an apply() that did not
    finish (killed, or still running): until gup-convert's next run
    completes or undoes it, the tree may be half converted."""
    path = os.path.join(tree, JOURNAL)
    if os.path.lexists(path):
        raise Error(f"{path}: a gup-convert --apply did not finish; rerun gup-convert on "
                    f"the tree, which completes it or rolls it back")


def apply(tree, patches):
    """Apply every change of patches to tree.  Nothing is written unless
    every file still holds the text the series was made from; whatever
    stops the run, the tree holds either none or all of the changes once
    this returns, raises, or recover() ran after a kill."""
    changes = [c for p in patches for c in p.changes]
    paths = [rel for rel, _, _ in changes]
    if len(set(paths)) != len(paths):
        raise Error("the series changes a file twice; not applying")
    entries = []
    for i, (rel, old, _) in enumerate(changes):
        path = os.path.join(tree, rel)
        if _read(path) != old or (os.path.lexists(path) and not os.path.isfile(path)):
            raise Error(f"{rel} changed since it was read; nothing applied")
        mode = os.stat(path).st_mode & 0o7777 if os.path.exists(path) else None
        entries.append({"target": rel, "mode": mode,
                        "temp": os.path.join(os.path.dirname(rel), TEMP.format(i))})
    try:
        _write_journal(tree, "prepare", entries)
        for e, (_, _, new) in zip(entries, changes):
            _write_temp(tree, e, new)
        _write_journal(tree, "commit", entries)
        _finish(tree, entries)
    except BaseException as e:
        state = recover(tree)
        if isinstance(e, OSError):
            raise Error(f"cannot write {e.filename}: {e.strerror}; " +
                        ("nothing applied" if state != "finished" else "all applied"))
        raise
    return len(changes)
