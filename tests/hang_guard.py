"""A bound on wall time for inputs that would blow up if a rule went super-linear.

Not a speed test (speed is measured by benchmarks/, on a named machine): the bound is
far above the normal time (well under a second here), so a loaded CI machine never
trips it, while quadratic work on these inputs would take many minutes.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from contextlib import contextmanager

HANG_SECONDS = 60.0


@contextmanager
def finishes_without_hanging() -> Iterator[None]:
    started = time.perf_counter()
    yield
    elapsed = time.perf_counter() - started
    assert elapsed < HANG_SECONDS, f"took {elapsed:.0f} s: some rule has gone super-linear"
