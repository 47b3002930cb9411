"""Screens pinned as SVG snapshots on the fixed sample corpus (update with --snapshot-update).

The cursor does not blink in any app test (conftest's steady_cursor), so a snapshot never
catches it half way.
"""

from __future__ import annotations

import pytest
from textual.pilot import Pilot
from tui_sample import make_app

from reader.chronology import SortOrder


@pytest.mark.parametrize("size", [(120, 40), (80, 24), (200, 50)])
def test_main_screen(snap_compare, size: tuple[int, int]) -> None:
    assert snap_compare(make_app(), terminal_size=size)


def test_search_state(snap_compare) -> None:
    async def search(pilot: Pilot) -> None:
        await pilot.press("slash", *"kishida", "enter")
        await pilot.pause()

    assert snap_compare(make_app(), terminal_size=(120, 40), run_before=search)


def test_empty_search_result(snap_compare) -> None:
    async def search(pilot: Pilot) -> None:
        await pilot.press("slash", *"zzz")
        await pilot.pause()

    assert snap_compare(make_app(), terminal_size=(80, 24), run_before=search)


def test_officials_view(snap_compare) -> None:
    assert snap_compare(make_app(), terminal_size=(120, 40), press=["o"])


def test_officials_view_filtered_at_80_columns(snap_compare) -> None:
    assert snap_compare(make_app(), terminal_size=(80, 24), press=["o", *"nhat", "down"])


def test_palette_with_a_query(snap_compare) -> None:
    async def palette(pilot: Pilot) -> None:
        await pilot.press("ctrl+p", *"kishida")
        await pilot.pause(0.5)  # the palette searches in a worker, then draws its hits

    assert snap_compare(make_app(), terminal_size=(100, 30), run_before=palette)


def test_help_screen(snap_compare) -> None:
    assert snap_compare(make_app(), terminal_size=(120, 40), press=["question_mark"])


def test_list_sorted_by_date(snap_compare) -> None:
    assert snap_compare(make_app(sort=SortOrder.NEWEST), terminal_size=(120, 40))


def test_timeline_screen(snap_compare) -> None:
    assert snap_compare(make_app(), terminal_size=(100, 30), press=["t", "j"])


def test_list_with_read_unread_and_flagged_rows(snap_compare) -> None:
    """tokyo read, danang unread and flagged, seoul unread, the teaser read and flagged."""
    assert snap_compare(make_app(), terminal_size=(120, 40), press=["m", "j", "f", "j", "j", "m", "f"])
