"""Finding one's way (issue 14): sort, timeline, the bar's filters, key bursts, copy, pager, width, palette.

Each test presses the key a user would and asserts what the screen then shows.
"""

from __future__ import annotations

import contextlib
import subprocess
from collections.abc import Iterator
from dataclasses import replace

from textual import events
from textual.pilot import Pilot
from tui_sample import make_app, sample_corpus

from reader.chronology import SortOrder
from reader.markdown import article_markdown
from reader.model import DateMention
from reader.search import Match
from reader.tui.app import ReaderApp
from reader.tui.screens.help import HelpScreen
from reader.tui.screens.main import MainScreen
from reader.tui.screens.timeline import TimelineScreen, TimelineView
from reader.tui.widgets.keys_footer import KeysFooter


def listed(app: ReaderApp) -> list[str]:
    return [article.id for article in app.main.article_list.articles]


def shown(app: ReaderApp) -> str | None:
    article = app.main.pane.article
    return article.id if article is not None else None


def row_text(app: ReaderApp, line: int) -> str:
    return app.main.article_list.render_line(line).text


# --- sort -----------------------------------------------------------------------------------------

async def test_the_list_is_newest_first_and_s_cycles_oldest_file_newest() -> None:
    app = make_app(sort=SortOrder.NEWEST)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        # tokyo 2025-01-07, seoul 2023-05-06; danang (a month only) and the teaser have no date: last
        assert listed(app) == ["tokyo-1", "seoul-2", "danang-1", "teaser-1"]
        assert str(app.main.article_list.border_title) == "Articles (4) · ● 4 · newest"
        await pilot.press("s")
        assert listed(app) == ["seoul-2", "tokyo-1", "danang-1", "teaser-1"]
        assert str(app.main.article_list.border_title) == "Articles (4) · ● 4 · oldest"
        await pilot.press("s")
        assert listed(app) == ["tokyo-1", "danang-1", "seoul-2", "teaser-1"]
        assert str(app.main.article_list.border_title) == "Articles (4) · ● 4 · file order"
        await pilot.press("s")
        assert listed(app) == ["tokyo-1", "seoul-2", "danang-1", "teaser-1"]


async def test_the_sort_keeps_the_article_being_read() -> None:
    app = make_app(sort=SortOrder.NEWEST)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("j")
        assert shown(app) == "seoul-2"
        await pilot.press("s")
        assert shown(app) == "seoul-2" and app.main.article_list.selected.id == "seoul-2"


async def test_the_list_and_the_pane_show_the_same_date() -> None:
    corpus = sample_corpus()
    teaser = corpus.articles[3]
    dated = replace(teaser, dates=(DateMention(0, 0, 3, "Bộ", "2025-01-08", "day"),))
    app = make_app(replace(corpus, articles=(*corpus.articles[:3], dated)))
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("G")
        assert "2025-01-08 · teaser.txt" in row_text(app, 14)
        assert "2025-01-08 (from the text) · teaser.txt" in app.main.pane.text()


# --- timeline -------------------------------------------------------------------------------------

async def test_t_opens_the_timeline_and_enter_opens_the_article_at_that_mention() -> None:
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("t")
        assert isinstance(app.screen, TimelineScreen)
        assert app.screen.title == "Timeline"
        view = app.screen.query_one(TimelineView)
        lines = [view.render_line(y).text.rstrip() for y in range(10)]
        assert lines[0].strip() == "2023-05 · 1 mention"
        assert "2023-05-06  " in lines[1] and "ngày 6/5/2023" in lines[1]
        assert lines[2].strip() == "Lãnh đạo Hàn Quốc và Nhật Bản gặp nhau tại Seoul"
        await pilot.press("j", "enter")
        assert isinstance(app.screen, MainScreen)
        assert shown(app) == "danang-1"
        danang = app.main.pane.article
        start = danang.blocks[0].text.index("tháng 3/2024")
        assert app.main.pane.current == Match(0, start, start + len("tháng 3/2024"))


async def test_the_timeline_is_of_the_listed_articles() -> None:
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("slash", *"seoul", "enter", "t")
        assert isinstance(app.screen, TimelineScreen)
        assert [row.article_id for row in app.screen.query_one(TimelineView).rows] == ["seoul-2"]
        await pilot.press("escape")
        assert isinstance(app.screen, MainScreen)


async def test_the_page_keys_move_the_timeline_a_screen_at_a_time() -> None:
    corpus = sample_corpus()
    tokyo = corpus.articles[0]
    first = tokyo.dates[0]
    many = tuple(replace(first, value=f"2025-01-{day:02d}") for day in range(1, 29) for _ in range(3))
    app = make_app(replace(corpus, articles=(replace(tokyo, dates=many), *corpus.articles[1:])))
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("t")
        view = app.screen.query_one(TimelineView)
        assert view.page_rows > 5
        await pilot.press("pagedown")
        assert view.cursor == view.page_rows
        await pilot.press("space", "b")  # space and b page too, as in the reading pane
        assert view.cursor == view.page_rows
        await pilot.press("pageup")
        assert view.cursor == 0


# --- the search bar's filters ---------------------------------------------------------------------

async def test_at_name_and_date_filter_the_list_and_the_bar_says_how_it_read_them() -> None:
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("slash", *"@kishida")
        await pilot.pause()
        assert listed(app) == ["tokyo-1", "seoul-2"]
        assert "official @kishida" in app.main.search_bar.count_text
        await pilot.press(*" date:2023")
        await pilot.pause()
        assert listed(app) == ["seoul-2"]
        assert "official @kishida · dated 2023-01-01 to 2023-12-31" in app.main.search_bar.count_text


# --- key bursts -----------------------------------------------------------------------------------

async def burst(pilot: Pilot[None], *keys: str) -> None:
    """Send the keys as a terminal does on a paste: all queued at once, no pause between them."""
    app = pilot.app
    assert app._driver is not None
    for key in keys:
        event = events.Key(key, "/" if key == "slash" else key if len(key) == 1 else None)
        event.set_sender(app)
        app._driver.send_message(event)
    await pilot.pause()


async def test_q_then_o_in_one_burst_quits_cleanly() -> None:
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        await burst(pilot, "q", "o")
    assert app.return_code == 0


async def test_slash_then_text_with_no_pause_goes_into_the_search() -> None:
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        await burst(pilot, "slash", *"obama")
        assert isinstance(app.screen, MainScreen)
        assert app.main.search_bar.input.value == "obama"
        assert app.main.query_text == "obama"



async def test_keys_before_the_slash_in_one_burst_act_on_the_list_first() -> None:
    """"jf/obama" at once: the cursor moves down and flags the second article, then the rest is the query."""
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        first, second = app.main.article_list.articles[:2]
        await burst(pilot, "j", "f", "slash", *"obama")
        assert app.main.reading.is_flagged(second.id) and not app.main.reading.is_flagged(first.id)
        assert app.main.search_bar.input.value == "obama"


async def test_a_slash_typed_in_the_search_box_is_part_of_the_query() -> None:
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("slash", *"date:1", "slash", *"2025")
        assert app.main.search_bar.input.value == "date:1/2025"

# --- take it with you -----------------------------------------------------------------------------

async def test_c_copies_the_article_as_markdown() -> None:
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("c")
        assert app.clipboard == article_markdown(sample_corpus().articles[0])
        assert app.clipboard.startswith("# Ngoại trưởng Blinken hội đàm")


async def test_v_opens_the_source_page_in_the_pager_with_the_app_suspended(monkeypatch) -> None:
    calls: list[tuple[list[str], bool]] = []
    app = make_app()
    suspended = [False]

    @contextlib.contextmanager
    def suspend() -> Iterator[None]:
        suspended[0] = True
        yield
        suspended[0] = False

    monkeypatch.setenv("PAGER", "most -s")
    monkeypatch.setattr(subprocess, "run", lambda args, **_: calls.append((args, suspended[0])))
    monkeypatch.setattr(app, "suspend", suspend)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("v")
        assert calls == [(["most", "-s", str(app.folder / "tokyo.txt")], True)]
        monkeypatch.delenv("PAGER")
        await pilot.press("v")
        assert calls[-1] == (["less", str(app.folder / "tokyo.txt")], True)


# --- reading width and palette --------------------------------------------------------------------

async def test_paragraphs_wrap_at_the_reading_width_in_a_wide_pane() -> None:
    app = make_app()
    async with app.run_test(size=(200, 50)) as pilot:
        await pilot.pause()
        pane = app.main.pane
        width = pane.scrollable_content_region.width
        assert width > 100  # the pane is wider than the measure
        drawn = [pane.render_line(y).text for y in range(pane.size.height)]
        text = [line for line in drawn if line.strip()]
        left = min(len(line) - len(line.lstrip()) for line in text)
        right = max(len(line.rstrip()) for line in text)
        assert right - left == 88  # the longest line fills the column's 88 columns, no more
        assert abs(left - (width - right)) <= 1 + 2  # centred (the column's own padding is a cell a side)


async def test_the_palette_jumps_to_an_article_by_its_title_typed_without_diacritics() -> None:
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("ctrl+p")
        await pilot.press(*"da nang don")
        await pilot.pause(0.5)
        await pilot.press("enter")
        await pilot.pause()
        assert shown(app) == "danang-1"


async def test_the_palette_runs_an_action_and_filters_by_an_official() -> None:
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("ctrl+p", *"kishida")
        await pilot.pause(0.5)
        await pilot.press("enter")
        await pilot.pause()
        assert app.main.official is not None and app.main.official.name == "Fumio Kishida"
        assert listed(app) == ["tokyo-1", "seoul-2"]
        await pilot.press("ctrl+p", *"timeline")
        await pilot.pause(0.5)
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, TimelineScreen)


async def test_at_80_columns_the_footer_keeps_help_and_quit_and_the_list_title_keeps_its_order() -> None:
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        footer = app.main.query_one(KeysFooter)
        line = footer.render().plain
        assert 70 < len(line) <= 80 and line.endswith("^p Palette")  # the palette's key at the right end
        for shown in ("⏎ Read", "/ Search", "o Officials", "s Sort", "t Timeline", "? Help", "q Quit"):
            assert shown in line
        assert "c Copy" not in line and "e Entities" not in line  # the least needed leave first
        assert str(app.main.article_list.border_title) == "Articles (4) · file"
        await pilot.resize_terminal(200, 50)
        await pilot.pause()
        line = footer.render().plain
        assert "c Copy" in line and "v Source" in line and "e Entities" in line
        assert str(app.main.article_list.border_title) == "Articles (4) · ● 4 · file order"
        await pilot.click(KeysFooter, offset=(line.index("? Help") + 1, 0))  # a click presses the key
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
