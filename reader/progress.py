"""How far a cold parse has got, as the one line the app shows: "Parsing 3,200 of 10,000 pages · 18 s left".

The parse calls back with (pages parsed, pages to parse) after each batch it writes
(reader/corpus.py); the time left is the pace so far carried over the pages still to parse.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class ParseProgress:
    done: int
    total: int
    seconds_left: float | None  # None until a batch has been parsed

    def line(self) -> str:
        said = f"Parsing {self.done:,} of {self.total:,} pages"
        if self.seconds_left is None:
            return said
        seconds = round(self.seconds_left)
        left = f"{seconds} s" if seconds < 60 else f"{seconds // 60} min {seconds % 60:02d} s"
        return f"{said} · {left} left"


class ProgressClock:
    """Turns the parse's calls into ParseProgress, timed from the first call."""

    def __init__(self, now: Callable[[], float] = time.monotonic) -> None:
        self._now = now
        self._start: float | None = None

    def __call__(self, done: int, total: int) -> ParseProgress:
        now = self._now()
        if self._start is None:
            self._start = now
        elapsed = now - self._start
        left = elapsed / done * (total - done) if done else None
        return ParseProgress(done, total, left)
