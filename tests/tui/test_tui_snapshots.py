"""Screens pinned as SVG snapshots on the fixed sample corpus (update with --snapshot-update)."""

from __future__ import annotations

import pytest
from textual.pilot import Pilot
from textual.widgets import Input
from tui_sample import make_app


async def _no_blink(pilot: Pilot) -> None:
    for field in pilot.app.query(Input):
        field.cursor_blink = False
    await pilot.pause()


@pytest.mark.parametrize("size", [(120, 40), (80, 24)])
def test_main_screen(snap_compare, size: tuple[int, int]) -> None:
    assert snap_compare(make_app(), terminal_size=size, run_before=_no_blink)


def test_search_state(snap_compare) -> None:
    async def search(pilot: Pilot) -> None:
        await pilot.press("slash")
        await _no_blink(pilot)
        await pilot.press(*"kishida", "enter")
        await pilot.pause()

    assert snap_compare(make_app(), terminal_size=(120, 40), run_before=search)


def test_empty_search_result(snap_compare) -> None:
    async def search(pilot: Pilot) -> None:
        await pilot.press("slash")
        await _no_blink(pilot)
        await pilot.press(*"zzz")
        await pilot.pause()

    assert snap_compare(make_app(), terminal_size=(80, 24), run_before=search)


def test_officials_view(snap_compare) -> None:
    assert snap_compare(make_app(), terminal_size=(120, 40), press=["o"], run_before=_no_blink)


def test_help_screen(snap_compare) -> None:
    assert snap_compare(make_app(), terminal_size=(120, 40), press=["question_mark"], run_before=_no_blink)
