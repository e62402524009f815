# SPDX-License-Identifier: GPL-2.0
"""What every script does the same way: one-line errors and exit codes."""

import argparse
import os
import sys

PROG = os.path.basename(sys.argv[0])


class Error(Exception):
    """A failure to report on one line, without a traceback."""


def run(main):
    """Call main() and turn its result or an Error into the exit code."""
    try:
        sys.exit(main())
    except Error as e:
        print(f"{PROG}: error: {e}", file=sys.stderr)
        sys.exit(2)
    except KeyboardInterrupt:
        print(f"{PROG}: interrupted", file=sys.stderr)
        sys.exit(130)


class ArgumentParser(argparse.ArgumentParser):
    """argparse, with usage errors reported on one line like the others."""

    def __init__(self, doc, **kw):
        super().__init__(description=doc,
                         formatter_class=argparse.RawDescriptionHelpFormatter, **kw)

    def error(self, message):
        raise Error(f"{message} (see --help)")
