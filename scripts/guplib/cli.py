# SPDX-License-Identifier: GPL-2.0
"""What every script does the same way: one-line errors and exit codes."""

import argparse
import os
import sys
import traceback

PROG = os.path.basename(sys.argv[0])


class Error(Exception):
    """A failure to report on one line, without a traceback."""


def run(main):
    """Call main() and turn its result or an Error into the exit code.
    Text read with errors="surrogateescape" is written back byte for byte;
    a bug is reported with its traceback and exit 2, never 1, which the
    scripts use for "problems found"."""
    sys.stdout.reconfigure(errors="surrogateescape")
    sys.stderr.reconfigure(errors="backslashreplace")
    try:
        sys.exit(main())
    except Error as e:
        print(f"{PROG}: error: {e}", file=sys.stderr)
        sys.exit(2)
    except KeyboardInterrupt:
        print(f"{PROG}: interrupted", file=sys.stderr)
        sys.exit(130)
    except Exception:  # noqa: BLE001 - the last resort, with the traceback
        traceback.print_exc()
        print(f"{PROG}: error: internal error (a bug in {PROG}; please report it "
              f"with the traceback above)", file=sys.stderr)
        sys.exit(2)


class ArgumentParser(argparse.ArgumentParser):
    """argparse, with usage errors reported on one line like the others."""

    def __init__(self, doc, **kw):
        super().__init__(description=doc,
                         formatter_class=argparse.RawDescriptionHelpFormatter, **kw)

    def error(self, message):
        raise Error(f"{message} (see --help)")


def read_input(path):
    """The text of file path, or of stdin for "-", any bytes kept."""
    try:
        if path == "-":
            data = sys.stdin.buffer.read()
        else:
            with open(path, "rb") as f:
                data = f.read()
    except OSError as e:
        raise Error(f"{path}: {e.strerror}")
    return data.decode("utf-8", "surrogateescape")
