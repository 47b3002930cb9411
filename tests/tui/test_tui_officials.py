"""The officials view at scale (issue 14): typing narrows it, s sorts, t opens a person's timeline.

Each test presses the keys a user would and asserts what the view then draws.
"""

from __future__ import annotations

from dataclasses import replace

from textual.widgets import Input
from tui_sample import make_app, sample_corpus

from reader.model import Corpus, Official
from reader.search import Match
from reader.tui.app import ReaderApp
from reader.tui.screens.main import MainScreen
from reader.tui.screens.officials import OfficialsScreen
from reader.tui.screens.timeline import TimelineScreen, TimelineView


def screen(app: ReaderApp) -> OfficialsScreen:
    assert isinstance(app.screen, OfficialsScreen)
    return app.screen


def names(app: ReaderApp) -> list[str]:
    return [official.name for official in screen(app).officials_list.officials]


def title(app: ReaderApp) -> str:
    return str(screen(app).query_one("#officials-box").border_title)


def lines(app: ReaderApp, count: int) -> list[str]:
    view = screen(app).officials_list
    return [view.render_line(y).text for y in range(count)]


def crowd(count: int) -> Corpus:
    """The sample corpus with `count` more officials, each in one of its articles."""
    corpus = sample_corpus()
    extra = tuple(Official(f"Person {n:03d}", ("Đại sứ",), ("Pháp",), ("danang-1",), 1) for n in range(count))
    return replace(corpus, officials=corpus.officials + extra)


async def test_typing_narrows_the_view_folded_and_enter_filters_the_list() -> None:
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("o")
        assert app.focused is screen(app).query_one("#officials-filter", Input)
        assert title(app) == "Officials (4) · most articles first"
        await pilot.press(*"nhat ban")  # a country, typed without diacritics
        assert names(app) == ["Fumio Kishida", "Takeshi Iwaya"]
        assert title(app) == "Officials 2/4 · most articles first"
        await pilot.press("down")  # the arrows move the list from the box
        assert screen(app).officials_list.selected.name == "Takeshi Iwaya"
        await pilot.press(*" ta")
        assert names(app) == ["Takeshi Iwaya"]
        await pilot.press("enter")
        assert isinstance(app.screen, MainScreen)
        assert app.main.official is not None and app.main.official.name == "Takeshi Iwaya"
        assert [article.id for article in app.main.article_list.articles] == ["tokyo-1"]


async def test_a_name_nobody_has_says_so_and_enter_does_nothing() -> None:
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("o", *"zzz")
        assert names(app) == []
        assert lines(app, 2)[1].strip() == "No official matches “zzz”."
        await pilot.press("enter")
        assert isinstance(app.screen, OfficialsScreen)
        await pilot.press("backspace", "backspace", "backspace")
        assert len(names(app)) == 4


async def test_s_cycles_articles_name_country_and_the_order_is_kept_for_next_time() -> None:
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("o", "tab")
        assert app.focused is screen(app).officials_list
        assert names(app)[0] == "Fumio Kishida"
        await pilot.press("s")
        assert title(app) == "Officials (4) · by name"
        assert names(app) == ["Antony Blinken", "Fumio Kishida", "Takeshi Iwaya", "Yoon Suk Yeol"]
        await pilot.press("s")
        assert title(app) == "Officials (4) · by country"
        assert names(app) == ["Yoon Suk Yeol", "Antony Blinken", "Fumio Kishida", "Takeshi Iwaya"]  # Hàn, Mỹ, Nhật
        await pilot.press("escape", "o")
        assert title(app) == "Officials (4) · by country"
        await pilot.press("tab", "s")
        assert title(app) == "Officials (4) · most articles first"


async def test_each_opening_starts_afresh_though_the_view_is_kept() -> None:
    app = make_app(crowd(300))
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("o")
        first = screen(app)
        await pilot.press(*"person 2", "down", "down")
        assert first.officials_list.selected.name == "Person 202"
        await pilot.press("escape", "o")
        assert screen(app) is first  # kept, not composed again
        assert first.typed == "" and len(names(app)) == 304
        assert first.officials_list.cursor == 0 and first.officials_list.scroll_y == 0
        assert app.focused is first.query_one("#officials-filter", Input)
        await pilot.press("tab", "G", "escape", "o")
        assert first.officials_list.cursor == 0 and first.officials_list.scroll_y == 0


async def test_the_sort_keeps_what_is_typed_and_the_selected_official() -> None:
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("o", *"nhat", "down", "tab", "s")
        assert names(app) == ["Fumio Kishida", "Takeshi Iwaya"]
        assert screen(app).officials_list.selected.name == "Takeshi Iwaya"


async def test_t_opens_the_timeline_of_one_person_and_enter_opens_the_article_there() -> None:
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("o", *"kishida", "tab", "t")
        assert isinstance(app.screen, TimelineScreen)
        view = app.screen.query_one(TimelineView)
        assert {row.article_id for row in view.rows} == {"tokyo-1", "seoul-2"}  # not danang-1
        assert "2 articles · Fumio Kishida" in str(app.screen.query_one("#timeline-box").border_title)
        await pilot.press("escape")  # back to the officials view, as it was left
        assert names(app) == ["Fumio Kishida"]
        await pilot.press("t", "enter")  # the first mention: Seoul, 6/5/2023
        assert isinstance(app.screen, MainScreen)
        assert app.main.official is not None and app.main.official.name == "Fumio Kishida"
        assert app.main.pane.article is not None and app.main.pane.article.id == "seoul-2"
        text = app.main.pane.article.blocks[0].text
        start = text.index("ngày 6/5/2023")
        assert app.main.pane.current == Match(0, start, start + len("ngày 6/5/2023"))


async def test_the_list_keys_move_and_page_through_a_long_view() -> None:
    app = make_app(crowd(300))
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("o", "tab", "j", "j")
        view = screen(app).officials_list
        assert view.cursor == 2
        await pilot.press("k")
        assert view.cursor == 1
        await pilot.press("pagedown")
        assert view.cursor == 1 + view.page_rows and view.page_rows > 10
        await pilot.press("G")
        assert view.cursor == 303
        row = lines(app, view.scrollable_content_region.height)[-1]
        assert row.split()[:3] == ["Yoon", "Suk", "Yeol"] == names(app)[-1].split()  # drawn, under the header
        await pilot.press("pageup", "g")
        assert view.cursor == 0 and lines(app, 2)[1].split()[:2] == ["Fumio", "Kishida"]
        await pilot.press("shift+tab", "pagedown")  # from the box too
        assert view.cursor == view.page_rows


async def test_a_click_selects_the_row_under_it() -> None:
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("o")
        view = screen(app).officials_list
        await pilot.click(view, offset=(5, 3))  # the header, then rows 0, 1, 2
        assert view.selected.name == names(app)[2]


async def test_at_80_columns_long_cells_are_cut_and_the_count_stays_whole() -> None:
    corpus = sample_corpus()
    long = Official("Nguyễn Văn Một Tên Rất Dài Của Một Vị Quan Chức", ("Thứ trưởng Bộ Ngoại giao",
                    "Trưởng Phái đoàn thường trực tại Liên hợp quốc"), ("Cộng hòa Xã hội chủ nghĩa Việt Nam",),
                    tuple(f"a{n}" for n in range(1234)), 1234)
    app = make_app(replace(corpus, officials=(*corpus.officials, long)))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("o")
        header, first = lines(app, 2)
        assert header.rstrip().endswith("Articles") and first.rstrip().endswith("1234")
        assert len(first) <= 80 - 2 and first.count("…") == 3  # name, titles and country each cut
        assert first.startswith(" Nguyễn Văn Một")
