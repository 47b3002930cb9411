"""Lines kept by what they show (reader/tui/widgets/kept_lines.py): a move draws only what changed, and
what it draws is what a fresh drawing of the whole view gives.

The second is what can go wrong: a key that leaves out something a row shows (the cursor, a mark,
the highlighted entity) puts a stale line on screen, which these tests catch by drawing each view
again from nothing and comparing the lines, styles included.
"""

from __future__ import annotations

from dataclasses import replace

import pytest
from textual.pilot import Pilot
from textual.strip import Strip
from tui_sample import make_app, sample_corpus

from reader.tui.app import ReaderApp
from reader.tui.widgets.article_list import ROW_HEIGHT, ArticleList
from reader.tui.widgets.entities import EntityList
from reader.tui.widgets.kept_lines import KeptLinesView, KeptScrollBar
from reader.tui.widgets.reading_pane import ReadingPane

ARTICLES = 30  # the sample's articles over and over: enough rows to scroll the list


def many_articles_app() -> ReaderApp:
    corpus = sample_corpus()
    articles = tuple(replace(article, id=f"{article.id}-{n}")
                     for n in range(ARTICLES // len(corpus.articles)) for article in corpus.articles)
    return make_app(replace(corpus, articles=articles))


def segments(strips: list[Strip]) -> list[list[tuple[str, object]]]:
    return [[(segment.text, segment.style) for segment in strip] for strip in strips]


def as_kept(view: KeptLinesView | KeptScrollBar) -> list[list[tuple[str, object]]]:
    """The view's whole height as the compositor asks for it now: kept lines where their keys are known."""
    return segments(view.render_lines(view.outer_size.region))


def as_fresh(view: KeptLinesView | KeptScrollBar) -> list[list[tuple[str, object]]]:
    """The same drawn from nothing: no line kept, none in Textual's own cache."""
    view._kept_lines.clear()
    view._styles_cache.clear()
    return segments(view.render_lines(view.outer_size.region))


def views(app: ReaderApp) -> list[KeptLinesView | KeptScrollBar]:
    """The three views, and the scrollbars they show."""
    shown: list[KeptLinesView] = [app.main.article_list, app.main.pane, app.main.query_one(EntityList)]
    bars = [view.vertical_scrollbar for view in shown if view.show_vertical_scrollbar]
    assert all(isinstance(bar, KeptScrollBar) for bar in bars)
    return [*shown, *(bar for bar in bars if isinstance(bar, KeptScrollBar))]


async def assert_as_fresh(pilot: Pilot[None], app: ReaderApp) -> None:
    await pilot.pause()
    for view in views(app):
        kept = as_kept(view)
        assert kept == as_fresh(view), f"{type(view).__name__} drew a stale line"


@pytest.mark.parametrize("keys", [
    ("j", "j", "j", "j", "j", "j", "j", "j"),  # past the bottom of the list: it scrolls a row a move
    ("G", "k", "k", "g"),  # to the end and back to the top
    ("j", "m", "j", "f", "k"),  # marks and flags change rows the cursor is not on
    ("j", "tab", "j", "shift+tab"),  # the focus (and the cursor's style) moves away and back
    ("j", "e", "e", "j"),  # the entities panel hidden and shown again
])
async def test_the_lines_drawn_after_keys_are_those_of_a_fresh_drawing(keys: tuple[str, ...]) -> None:
    app = many_articles_app()
    async with app.run_test(size=(140, 30)) as pilot:
        await pilot.pause()
        for key in keys:
            await pilot.press(key)
            await assert_as_fresh(pilot, app)


async def test_the_entities_panel_highlight_and_hover_draw_as_fresh() -> None:
    app = many_articles_app()
    async with app.run_test(size=(140, 30)) as pilot:
        await pilot.pause()
        entities = app.main.query_one(EntityList)
        entities.focus()
        for key in ("down", "down", "up"):
            await pilot.press(key)
            await assert_as_fresh(pilot, app)
        await pilot.hover(EntityList, offset=(2, 3))
        await assert_as_fresh(pilot, app)


async def test_a_resize_draws_every_view_as_fresh() -> None:
    app = many_articles_app()
    async with app.run_test(size=(140, 30)) as pilot:
        await pilot.pause()
        await pilot.press("j")
        await pilot.resize_terminal(160, 36)
        await assert_as_fresh(pilot, app)


async def test_a_move_draws_only_the_rows_the_cursor_left_and_reached(monkeypatch: pytest.MonkeyPatch) -> None:
    drawn: list[int] = []
    real = ArticleList.render_line

    def counted(self: ArticleList, y: int) -> Strip:
        drawn.append(y)
        return real(self, y)

    app = many_articles_app()
    async with app.run_test(size=(140, 30)) as pilot:
        await pilot.pause()
        articles = app.main.article_list
        monkeypatch.setattr(ArticleList, "render_line", counted)
        await pilot.press("j")  # within the screen: no scroll
        await pilot.pause()
        assert articles.scroll_y == 0
        assert sorted(drawn) == [0, 1, 2, 4, 5, 6]  # two rows' headline and date lines; the blank between is kept
        rows_on_screen = articles.scrollable_content_region.height // ROW_HEIGHT
        for _ in range(rows_on_screen):  # to the bottom row, then a row further: the list scrolls
            await pilot.press("j")
        await pilot.pause()
        drawn.clear()
        before = articles.scroll_y
        await pilot.press("j")
        await pilot.pause()
        assert articles.scroll_y == before + ROW_HEIGHT
        assert 0 < len(drawn) <= 2 * ROW_HEIGHT  # the row that came in and the one the cursor left, not the screen


async def test_the_blank_lines_of_the_pane_are_drawn_once_for_every_article(monkeypatch: pytest.MonkeyPatch) -> None:
    drawn: list[int] = []
    real = ReadingPane.render_line

    def counted(self: ReadingPane, y: int) -> Strip:
        drawn.append(y)
        return real(self, y)

    app = many_articles_app()
    async with app.run_test(size=(140, 30)) as pilot:
        await pilot.pause()
        pane = app.main.pane
        await pilot.press("j", "k")  # both articles drawn once
        await pilot.pause()
        monkeypatch.setattr(ReadingPane, "render_line", counted)
        await pilot.press("j")
        await pilot.pause()
        lines = pane._wrapped(pane._measure(pane._width)[1])
        height = pane.scrollable_content_region.height
        blank = [y for y in range(height) if y >= len(lines) or lines[y].part is None]
        assert blank, "the article has gaps between its paragraphs"
        assert sorted(drawn) == [y for y in range(height) if y not in blank]  # its text, not its gaps


async def test_the_pane_scrollbar_draws_as_fresh_and_a_scroll_draws_only_the_rows_its_thumb_changed(
        monkeypatch: pytest.MonkeyPatch) -> None:
    drawn: list[int] = []
    real = KeptScrollBar.render_line

    def counted(self: KeptScrollBar, y: int) -> Strip:
        drawn.append(y)
        return real(self, y)

    app = many_articles_app()
    async with app.run_test(size=(140, 12)) as pilot:  # short enough for every article to need a scrollbar
        await pilot.pause()
        pane = app.main.pane
        pane.focus()
        for key in ("down", "down", "end", "home"):
            await pilot.press(key)
            await assert_as_fresh(pilot, app)
        bar = pane.vertical_scrollbar
        assert pane.show_vertical_scrollbar and isinstance(bar, KeptScrollBar)
        monkeypatch.setattr(KeptScrollBar, "render_line", counted)
        await pilot.press("down")
        await pilot.pause()
        assert pane.scroll_y == 1
        assert 0 < len(drawn) <= 2 < bar.size.height  # the thumb's two ends, not the whole bar
