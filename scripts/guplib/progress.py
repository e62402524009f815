# SPDX-License-Identifier: GPL-2.0
"""Progress on stderr: a counter per stage and the time each stage took."""

import sys
import time


class Progress:
    def __init__(self, quiet=False, stream=sys.stderr):
        self.quiet = quiet
        self.stream = stream
        self.tty = stream.isatty()
        self.timings = []
        self._stage = None

    def _print(self, text, end="\n"):
        if not self.quiet:
            self.stream.write(text + end)
            self.stream.flush()

    def stage(self, name):
        """Start a stage (ending the previous one)."""
        self.done()
        self._stage = (name, time.monotonic())
        self._last = -1

    def count(self, done, total, what=""):
        """Report that done of total items of the stage are finished."""
        name = self._stage[0]
        if self.tty:
            self._print(f"\r\033[K{name}: {done}/{total} {what}"[:200], end="")
        else:
            decile = done * 10 // max(total, 1)
            if decile != self._last or done == total:
                self._last = decile
                self._print(f"{name}: {done}/{total}")

    def done(self):
        """End the current stage and remember how long it took."""
        if self._stage:
            name, start = self._stage
            seconds = time.monotonic() - start
            self.timings.append((name, seconds))
            if self.tty:
                self._print("\r\033[K", end="")
            self._print(f"{name}: done in {seconds:.1f}s")
            self._stage = None

    def total(self):
        return sum(s for _, s in self.timings)

    def timing_line(self):
        return ", ".join(f"{n} {s:.1f}s" for n, s in self.timings)
