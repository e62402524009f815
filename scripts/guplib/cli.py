# SPDX-License-Identifier: GPL-2.0
"""What every script does the same way: one-line errors, exit codes and
--version."""

import argparse
import os
import subprocess
import sys
import traceback

PROG = os.path.basename(sys.argv[0])
# The top of the clone, or PREFIX/share/gupcheck once installed.
TOP = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))


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


def version():
    """This script's version, and what the checker it runs says of its own."""
    from guplib import checker
    with open(os.path.join(TOP, "VERSION")) as f:
        lines = [f"{PROG} (gupcheck) {f.read().strip()}"]
    try:
        p = subprocess.run([checker.GUPCHECK, "--version"], capture_output=True, text=True)
        lines.append(p.stdout.strip() or p.stderr.strip())
    except OSError as e:
        lines.append(f"{os.path.normpath(checker.GUPCHECK)}: {e.strerror}")
    return "\n".join(lines)


class VersionAction(argparse.Action):
    def __init__(self, option_strings, dest, **kw):
        super().__init__(option_strings, dest, nargs=0,
                         help="print the version of this script and of gupcheck, and exit")

    def __call__(self, parser, namespace, values, option_string=None):
        print(version())
        parser.exit()


class ArgumentParser(argparse.ArgumentParser):
    """argparse, with usage errors reported on one line like the others,
    --version, and the exit status (exits: text) after the options."""

    def __init__(self, doc, exits, **kw):
        super().__init__(description=doc, epilog="exit status:\n" + exits,
                         formatter_class=argparse.RawDescriptionHelpFormatter, **kw)
        self.add_argument("--version", action=VersionAction)

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
