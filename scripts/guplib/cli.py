# SPDX-License-Identifier: GPL-2.0
"""What every script does the same way: one-line errors and exit codes."""

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
