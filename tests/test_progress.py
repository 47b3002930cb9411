"""The cold parse's progress line: pages counted with separators, the time left from the pace so far."""

from __future__ import annotations

from reader.progress import ParseProgress, ProgressClock


def test_the_time_left_follows_the_pace_so_far():
    ticks = iter([100.0, 104.0, 118.0])
    clock = ProgressClock(lambda: next(ticks))
    assert clock(0, 10_000).line() == "Parsing 0 of 10,000 pages"
    assert clock(200, 10_000).line() == "Parsing 200 of 10,000 pages · 3 min 16 s left"  # 4 s per 200 pages
    assert clock(9_000, 10_000).line() == "Parsing 9,000 of 10,000 pages · 2 s left"


def test_a_finished_parse_has_nothing_left():
    assert ParseProgress(60, 60, 0.0).line() == "Parsing 60 of 60 pages · 0 s left"
