"""A set of non-overlapping text spans with logarithmic look-up, so a 1 MB line stays linear-ish."""

from __future__ import annotations

from bisect import bisect_right, insort


class TakenSpans:
    """Spans already claimed by an earlier, stronger rule; a later match may not overlap them."""

    def __init__(self) -> None:
        self._starts: list[int] = []
        self._ends: list[int] = []

    def overlaps(self, start: int, end: int) -> bool:
        """Whether [start, end) overlaps a taken span (spans are disjoint, so sorted by start and end alike)."""
        at = bisect_right(self._starts, start)
        if at and self._ends[at - 1] > start:
            return True
        return at < len(self._starts) and self._starts[at] < end

    def add(self, start: int, end: int) -> None:
        insort(self._starts, start)
        insort(self._ends, end)
