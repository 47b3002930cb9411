"""The reading pane drawn line by line: what it draws after key bursts, article changes and resizes.

Each test drives the app with keys and reads the screen (or the pane's drawn lines), since the
pane wraps and draws the text itself rather than leaving it to a Static.
"""

from __future__ import annotations

from textual.pilot import Pilot
from tui_sample import make_app

from reader.tui.app import ReaderApp
from reader.tui.widgets.reading_pane import ReadingPane


def shown(app: ReaderApp) -> str | None:
    article = app.main.pane.article
    return article.id if article is not None else None


def drawn(pane: ReadingPane) -> list[str]:
    """The pane's lines as they are on screen now."""
    return [pane.render_line(y).text for y in range(pane.scrollable_content_region.height)]


async def scroll_to_end(pilot: Pilot[None]) -> None:
    app = pilot.app
    assert isinstance(app, ReaderApp)
    app.main.pane.focus()
    await pilot.press("end")
    await pilot.pause()


async def test_a_burst_of_moves_ends_on_the_last_article_selected(type_fast, screenshot) -> None:
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        await type_fast(pilot, "j", "j", "j", "k")  # queued at once, as a held key sends them
        assert app.main.article_list.cursor == 2
        assert shown(app) == "seoul-2"
        assert "Lãnh đạo Hàn Quốc" in screenshot(app).text  # its headline painted, not an article passed over


async def test_the_scroll_range_follows_each_article_shown() -> None:
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        pane = app.main.pane
        assert pane.max_scroll_y > 0 and pane.show_vertical_scrollbar  # tokyo-1 is longer than the pane
        await pilot.press("G")  # teaser-1: a few lines
        await pilot.pause()
        assert pane.max_scroll_y == 0 and not pane.show_vertical_scrollbar
        await pilot.press("g")
        await pilot.pause()
        assert pane.max_scroll_y > 0 and pane.show_vertical_scrollbar
        await scroll_to_end(pilot)
        article = pane.article
        assert article is not None
        lines = drawn(pane)
        assert lines[-1].strip() == ""  # the blank line after the last block, then nothing cut off
        assert article.blocks[-1].text.split()[-1] in lines[-2]


async def test_a_narrower_terminal_wraps_the_text_again() -> None:
    app = make_app()
    async with app.run_test(size=(200, 50)) as pilot:
        await pilot.pause()
        pane = app.main.pane
        wide_lines = pane.virtual_size.height
        await pilot.resize_terminal(90, 30)
        await pilot.pause()
        width = pane.scrollable_content_region.width
        assert width < 88
        assert pane.virtual_size.height > wide_lines  # more lines at the narrower measure
        assert all(len(line.rstrip()) <= width - 1 for line in drawn(pane))  # the column's padding kept
        await scroll_to_end(pilot)
        article = pane.article
        assert article is not None
        assert any(article.blocks[-1].text.split()[-1] in line for line in drawn(pane))
