"""The reading app driven through real key presses (Pilot), asserting what the user sees."""

from __future__ import annotations

import io
import re
from dataclasses import replace
from pathlib import Path

import pytest
from rich.console import Console
from textual.widgets import Input
from tui_sample import make_app, sample_corpus

from reader.catalog import row_of
from reader.config import ConfigError, load_config
from reader.model import DateMention, Problem
from reader.search import TITLE_BLOCK
from reader.tui.app import ReaderApp, run
from reader.tui.screens.help import HelpScreen
from reader.tui.screens.officials import OfficialsScreen
from reader.tui.screens.problems import ProblemsScreen
from reader.tui.widgets.article_list import row_date
from reader.tui.widgets.entities import EntitiesPanel, EntityList
from reader.tui.widgets.reading_pane import CAPTION_INDENT, ReadingPane


def listed(app: ReaderApp) -> list[str]:
    return [article.id for article in app.main.article_list.articles]


def shown(app: ReaderApp) -> str | None:
    article = app.main.pane.article
    return article.id if article is not None else None


def spans_with(pane: ReadingPane, part: int, style_name: str) -> list[str]:
    """The words of one part (title, metadata, blocks) drawn in a highlight's style."""
    text = pane.parts[part].text
    style = pane.span_style(style_name)
    return [text.plain[s.start:s.end] for s in text.spans if s.style == style]


def block_part(block: int) -> int:
    return block + 2  # after the title and the metadata line


async def test_startup_lists_every_article_with_count_and_shows_the_first() -> None:
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        assert listed(app) == ["tokyo-1", "danang-1", "seoul-2", "teaser-1"]
        assert app.main.article_list.border_title == "Articles (4) · ● 4 · file order"
        assert shown(app) == "tokyo-1"
        text = app.main.pane.text()
        assert text.startswith("Ngoại trưởng Blinken hội đàm")
        assert "2025-01-07 10:30 · Việt Hà · Theo Kyodo · tokyo.txt" in text
        assert app.focused is app.main.article_list


async def test_sidebar_rows_show_headline_date_and_file() -> None:
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        lines = [line.text for line in (app.main.article_list.render_line(y) for y in range(16))]
        assert lines[0].strip().startswith("● Ngoại trưởng Blinken")  # unread
        assert "2025-01-07 · tokyo.txt" in lines[2]
        assert "no date · danang.txt" in lines[6]  # a month ("3/2024") is not a full date
        assert "2023-05-06 · seoul.txt" in lines[10]


@pytest.mark.parametrize(("values", "shown_date"), [
    (("--12-28", "2024-12", "2025-01-07"), "2025-01-07"),  # the first date with a year, month and day
    (("--12-28", "2024-01-05/2024-01-09"), "2024-01-05"),  # a range: its first day
    (("--12-28", "2024-12"), "no date"),
])
def test_sidebar_date_is_a_full_date_or_says_none(values: tuple[str, ...], shown_date: str) -> None:
    article = sample_corpus().articles[3]
    dates = tuple(DateMention(0, 0, 1, "B", value, "day") for value in values)
    assert row_date(row_of(replace(article, dates=dates))) == shown_date


@pytest.mark.parametrize(("down", "up"), [("j", "k"), ("down", "up")])
async def test_moving_in_the_list_shows_that_article(down: str, up: str) -> None:
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press(down, down)
        assert shown(app) == "seoul-2"
        assert app.main.pane.text().startswith("Lãnh đạo Hàn Quốc")
        await pilot.press(up)
        assert shown(app) == "danang-1"
        await pilot.press(up, up)
        assert shown(app) == "tokyo-1"  # stays on the first


@pytest.mark.parametrize(("last", "first"), [("G", "g"), ("end", "home")])
async def test_first_and_last_article(last: str, first: str) -> None:
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press(last)
        assert shown(app) == "teaser-1"
        assert "excerpt only" in app.main.pane.text()
        await pilot.press(first)
        assert shown(app) == "tokyo-1"


async def test_enter_and_tab_move_focus_and_shift_tab_comes_back() -> None:
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("enter")
        assert app.focused is app.main.pane
        await pilot.press("shift+tab")
        assert app.focused is app.main.article_list
        await pilot.press("tab")
        assert app.focused is app.main.pane
        await pilot.press("tab")
        assert isinstance(app.focused, EntityList)  # the entities panel
        await pilot.press("tab")
        assert app.focused is app.main.article_list


@pytest.mark.parametrize(("down", "up"), [("space", "b"), ("pagedown", "pageup")])
async def test_page_keys_scroll_the_pane_from_the_list(down: str, up: str) -> None:
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        pane = app.main.pane
        await pilot.pause()
        await pilot.press(down)
        await pilot.pause()
        assert pane.scroll_y >= pane.scrollable_content_region.height - 1
        assert app.focused is app.main.article_list and shown(app) == "tokyo-1"
        await pilot.press(up)
        await pilot.pause()
        assert pane.scroll_y == 0


async def test_keys_in_the_pane_scroll_the_text() -> None:
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        pane = app.main.pane
        await pilot.press("enter", "j", "down")
        await pilot.pause()
        assert pane.scroll_y == 2
        await pilot.press("k")
        await pilot.pause()
        assert pane.scroll_y == 1
        await pilot.press("G")
        await pilot.pause()
        assert pane.scroll_y == pane.max_scroll_y > 0
        await pilot.press("g")
        await pilot.pause()
        assert pane.scroll_y == 0
        await pilot.press("end")
        await pilot.pause()
        assert pane.scroll_y == pane.max_scroll_y
        await pilot.press("home")
        await pilot.pause()
        assert pane.scroll_y == 0
        assert shown(app) == "tokyo-1"  # scrolling never changes the article


async def test_brackets_open_next_and_previous_article_from_the_pane() -> None:
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("enter", "right_square_bracket")
        assert shown(app) == "danang-1"
        assert app.main.article_list.cursor == 1
        await pilot.press("right_square_bracket", "left_square_bracket", "left_square_bracket")
        assert shown(app) == "tokyo-1"
        assert app.focused is app.main.pane


async def test_each_article_keeps_its_scroll_position() -> None:
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await pilot.press("space")
        await pilot.pause()
        kept = app.main.pane.scroll_y
        assert kept > 0
        await pilot.press("j")
        await pilot.pause()
        assert app.main.pane.scroll_y == 0
        await pilot.press("k")
        await pilot.pause()
        await pilot.pause()
        assert shown(app) == "tokyo-1"
        assert app.main.pane.scroll_y == kept


async def test_dates_and_officials_are_highlighted_exactly_on_their_spans() -> None:
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        pane = app.main.pane
        article = pane.article
        assert article is not None
        assert pane.span_style("date") != pane.span_style("official")
        for block in range(len(article.blocks)):
            dates = [d.text for d in article.dates if d.block == block]
            officials = [o.text for o in article.officials if o.block == block]
            assert spans_with(pane, block_part(block), "date") == dates
            assert spans_with(pane, block_part(block), "official") == officials
        assert spans_with(pane, block_part(0), "date") == ["ngày 7/1"]


async def test_captions_are_indented_and_styled_apart() -> None:
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        pane = app.main.pane
        caption, paragraph = pane.parts[block_part(1)], pane.parts[block_part(0)]
        assert caption.indent == CAPTION_INDENT and paragraph.indent == 0
        caption_style = pane.get_component_rich_style("reading-pane--caption")
        assert caption_style.italic
        assert caption.text.style == caption_style
        drawn = [pane.render_line(y).text for y in range(pane.size.height)]
        starts = [part.text.plain[:20] for part in (caption, paragraph)]
        caption_at, paragraph_at = (next(line.index(start) for line in drawn if start in line) for start in starts)
        assert caption_at == paragraph_at + CAPTION_INDENT  # as drawn, not only as built


async def test_highlight_colours_come_from_config(tmp_path: Path) -> None:
    config_path = tmp_path / "config.yaml"
    config_path.write_text("highlight:\n  date: 'underline red'\n", encoding="utf-8")
    app = ReaderApp(load_config(config_path), tmp_path, sample_corpus())
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        pane = app.main.pane
        assert pane.span_style("date").color is not None
        assert pane.span_style("date").color.name == "red"  # type: ignore[union-attr]
        assert spans_with(pane, block_part(0), "date") == ["ngày 7/1"]


async def test_entities_panel_lists_officials_and_dates_and_jumps_to_a_mention() -> None:
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        panel = app.main.query_one(EntitiesPanel)
        assert panel.display
        options = panel.query_one(EntityList)
        prompts = options.rows()
        assert prompts[0] == "Officials (3)"
        assert "Takeshi Iwaya 2×\n  Ngoại trưởng · Nhật Bản" in prompts
        assert "ngày 8/1/2025\n  2025-01-08" in prompts
        options.focus()
        kishida = next(i for i, p in enumerate(prompts) if p.startswith("Fumio Kishida"))
        await pilot.press("g")
        await pilot.press(*["j"] * (kishida - 1), "enter")  # the first row is a heading
        await pilot.pause()
        current = app.main.pane.current
        assert current is not None and current.block == 10
        assert app.main.pane.scroll_y > 0  # block 10 is below the fold
        blinken = next(i for i, p in enumerate(prompts) if p.startswith("Antony Blinken"))
        await pilot.press("g", *["j"] * (blinken - 1))
        visited = []
        for _ in range(4):  # each Enter: the next mention, then round again
            await pilot.press("enter")
            await pilot.pause()
            visited.append(app.main.pane.current.block)
        assert visited == [0, 1, 10, 0]


@pytest.mark.parametrize(("width", "visible"), [(120, True), (80, False)])
async def test_entities_panel_default_depends_on_width_and_e_toggles_it(width: int, visible: bool) -> None:
    app = make_app()
    async with app.run_test(size=(width, 30)) as pilot:
        panel = app.main.query_one(EntitiesPanel)
        assert panel.display is visible
        await pilot.press("e")
        assert panel.display is not visible
        await pilot.press("e")
        assert panel.display is visible


SEARCH_CASES = [  # what the app adds to search.py (tested there for folding and ranking): the list as typed
    ("ngoai truong", ["tokyo-1", "danang-1"]),  # tokyo-1, being read, still matches: it stays selected
    ("đà nẵng", ["danang-1"]),
    ("fumio", ["tokyo-1", "seoul-2"]),  # danang-1 does not match: tokyo-1 is shown; it only says "Thủ tướng
    # Kishida", and is found by the official's name
    ("ngoai giao", ["danang-1", "teaser-1", "tokyo-1"]),  # those with the phrase first; tokyo-1 has the words apart
]


async def test_search_filters_the_list_as_you_type(type_fast) -> None:
    """Each case typed key by key into one running app; Esc restores the whole list between cases."""
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        for query, expected in SEARCH_CASES:
            reading = shown(app)
            await pilot.press("slash")  # alone: the box takes the focus after this key is handled
            await type_fast(pilot, *("space" if char == " " else char for char in query))
            assert listed(app) == expected, query
            n = len(expected)
            assert app.main.article_list.border_title == f"Articles {n}/4 · ● {n} · file order", query
            count = str(app.main.search_bar.query_one("#search-count").render())
            assert count.startswith(f"{len(expected)} of 4 articles"), query
            # The article being read stays selected while it still matches, else the first match is shown.
            assert shown(app) == (reading if reading in expected else expected[0]), query
            await pilot.press("escape")
            assert len(listed(app)) == 4 and shown(app) == (reading if reading in expected else expected[0])


async def test_search_count_says_how_many_hold_the_phrase() -> None:
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("slash", *"ngoai giao")
        await pilot.pause()
        count = str(app.main.search_bar.query_one("#search-count").render())
        assert count == "3 of 4 articles · 2 with the phrase"


async def test_search_highlights_matches_in_the_pane() -> None:
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("slash", *"ngoai truong")
        await pilot.pause()
        pane = app.main.pane
        assert spans_with(pane, 0, "search") == ["Ngoại trưởng"]
        assert spans_with(pane, block_part(1), "search") == ["Ngoại trưởng", "Ngoại trưởng"]
        await pilot.press(*" nhat")
        await pilot.pause()
        assert spans_with(pane, block_part(0), "search") == ["Ngoại trưởng Nhật"]


async def test_arrows_in_the_search_box_move_in_the_filtered_list() -> None:
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("slash", *"kishida", "down")
        await pilot.pause()
        assert shown(app) == "seoul-2"
        assert app.focused is app.main.search_bar.input
        await pilot.press("up")
        assert shown(app) == "tokyo-1"


async def test_kishida_lights_up_the_officials_mention() -> None:
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("ctrl+f", *"kishida")
        await pilot.pause()
        assert spans_with(app.main.pane, block_part(10), "search") == ["Thủ tướng Kishida"]


async def test_empty_result_says_so_and_keeps_the_query() -> None:
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("slash", *"zzz")
        await pilot.pause()
        assert listed(app) == []
        assert app.main.query_one("#search-input", Input).value == "zzz"
        assert str(app.main.search_bar.query_one("#search-count").render()) == "no article matches"
        first_line = app.main.article_list.render_line(0).text
        assert "No article matches “zzz”" in first_line
        assert shown(app) == "tokyo-1"  # the article being read stays readable
        await pilot.press("backspace", "backspace", "backspace", *"seoul")
        await pilot.pause()
        assert listed(app) == ["seoul-2"]


async def test_enter_jumps_to_the_first_match_and_n_crosses_into_the_next_article() -> None:
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("slash", *"kishida", "enter")
        await pilot.pause()
        pane = app.main.pane
        assert app.focused is pane
        assert shown(app) == "tokyo-1"
        assert pane.current is not None and pane.current.block == 10
        assert pane.scroll_y > 0
        await pilot.press("n")
        await pilot.pause()
        assert shown(app) == "seoul-2"
        assert app.main.article_list.cursor == 1
        assert pane.current is not None
        assert pane.article.blocks[0].text[pane.current.start:pane.current.end] == "Thủ tướng Fumio Kishida"
        await pilot.press("N")
        await pilot.pause()
        assert shown(app) == "tokyo-1" and pane.current is not None and pane.current.block == 10


async def test_n_steps_through_matches_inside_an_article_first(monkeypatch) -> None:
    app = make_app()
    said: list[str] = []  # what was notified, whether or not its 2 s toast has gone by the time we look
    monkeypatch.setattr(app, "notify", lambda message, **_: said.append(str(message)))
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("slash", *"blinken", "enter")
        await pilot.pause()
        pane = app.main.pane
        seen = [pane.current]
        for _ in range(3):
            await pilot.press("n")
            await pilot.pause()
            seen.append(pane.current)
        assert [m.block for m in seen if m] == [TITLE_BLOCK, 0, 1, 10]
        assert shown(app) == "tokyo-1"
        await pilot.press("n")  # the only matching article: back to its first match
        await pilot.pause()
        assert pane.current is not None and pane.current.block == TITLE_BLOCK
        assert said == ["Search wrapped around."]


async def test_escape_closes_search_and_restores_the_list_keeping_the_article() -> None:
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("slash", *"seoul")
        await pilot.pause()
        assert shown(app) == "seoul-2"
        await pilot.press("escape")
        await pilot.pause()
        assert not app.main.search_bar.display
        assert listed(app) == ["tokyo-1", "danang-1", "seoul-2", "teaser-1"]
        assert shown(app) == "seoul-2" and app.main.article_list.cursor == 2
        assert spans_with(app.main.pane, 0, "search") == []


async def test_a_search_opened_right_after_escape_takes_the_keys_typed_next() -> None:
    """Esc's close and "/"'s search in one turn (keys sent together): the list's focus from the close must not
    land after the search bar's and take the letters typed into it."""
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("slash", *"seoul")
        await pilot.pause()
        app.main.action_close()
        app.main.action_search()
        await pilot.press(*"to")
        assert app.main.search_bar.input.value == "to"


async def test_officials_view_filters_the_list_and_escape_returns() -> None:
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("o")
        await pilot.pause()
        assert isinstance(app.screen, OfficialsScreen)
        view = app.screen.officials_list
        rows = [view.render_line(y).text.split() for y in range(1, 5)]
        assert rows[0] == ["Fumio", "Kishida", "Thủ", "tướng", "Nhật", "Bản", "2"]
        assert ["Yoon", "Suk", "Yeol", "Tổng", "thống", "Hàn", "Quốc", "1"] in rows
        await pilot.press("escape")
        assert not isinstance(app.screen, OfficialsScreen)
        assert len(listed(app)) == 4
        await pilot.press("o", "down")
        assert app.screen.officials_list.cursor == 1
        await pilot.press("up", "enter")
        await pilot.pause()
        assert listed(app) == ["tokyo-1", "seoul-2"]
        assert app.main.article_list.border_title == "Articles 2/4 · Fumio Kishida · file"
        assert spans_with(app.main.pane, block_part(10), "search") == ["Thủ tướng Kishida"]
        await pilot.press("escape")
        await pilot.pause()
        assert len(listed(app)) == 4


async def test_help_lists_every_binding_and_leads_to_the_problems_view() -> None:
    corpus = sample_corpus(problems=(Problem("broken.txt", "skipped: binary file (contains NUL bytes)"),))
    app = make_app(corpus)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("question_mark")
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
        text = _plain(app.screen.table())
        for line in ("j ↓", "[ ", "] ", "/ ^f", "N ", "esc", "o ", "e ", "? ", "q ", "space pgdn", "b pgup"):
            assert line in text, line
        await pilot.press("p")
        await pilot.pause()
        assert isinstance(app.screen, ProblemsScreen)
        assert "broken.txt  skipped: binary file (contains NUL bytes)" in _plain(app.screen.table())
        await pilot.press("escape", "escape")
        assert app.screen is app.main


async def test_the_problems_notification_and_help_count_files_not_reasons() -> None:
    reasons = ("read with a warning: invalid UTF-8 replaced", "read with a warning: control characters removed",
               "read with a warning: mixed line endings", "read with a warning: a very long line cut")
    problems = (*(Problem("cp.txt", reason) for reason in reasons), Problem("empty.txt", "skipped: empty file"))
    app = make_app(sample_corpus(problems=problems))
    async with app.run_test(size=(120, 40), notifications=True) as pilot:
        await pilot.pause()
        notes = [note.message for note in app._notifications]
        assert len(notes) == 1
        assert notes[0].startswith("2 files skipped or read with a warning (5 reasons): cp.txt, empty.txt. ")
        await pilot.press("question_mark")
        assert "Problems: 2 files skipped or read with a warning (5 reasons)" in \
            str(app.screen.query_one("#help-problems").render())
        await pilot.press("p")
        assert str(app.screen.query_one("#problems-box").border_title) == \
            "Problems · 2 files skipped or read with a warning (5 reasons)"
        assert _plain(app.screen.table()).count("cp.txt") == 4  # every reason is still listed


async def test_rebound_keys_work_and_show_in_help(tmp_path: Path) -> None:
    app = make_app(keys="  down: 'l'\n  search: 's'\n", tmp=tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("l")
        assert shown(app) == "danang-1"
        await pilot.press("j")
        assert shown(app) == "danang-1"  # j is no longer bound
        await pilot.press("s")
        assert app.focused is app.main.search_bar.input
        await pilot.press("escape", "question_mark")
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
        assert app.screen.display_keys("search") == "s"
        assert app.screen.display_keys("down") == "l"


@pytest.mark.parametrize(("keys", "message"), [
    ("  nope: 'x'\n", "keys: unknown binding id 'nope'"),
    ("  down: 'ctrl+nothing'\n", "keys.down: 'ctrl+nothing' is not a key name"),
    ("  down: 'hyperdrive'\n", "keys.down: 'hyperdrive' is not a key name"),
])
def test_bad_keys_are_a_one_line_config_error(tmp_path: Path, keys: str, message: str) -> None:
    path = tmp_path / "config.yaml"
    path.write_text(f"keys:\n{keys}", encoding="utf-8")
    with pytest.raises(ConfigError, match=re.escape(message)) as caught:
        run(load_config(path), tmp_path)
    assert "\n" not in str(caught.value)


def test_bad_keys_make_reader_exit_2_with_one_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from reader.cli import main

    path = tmp_path / "config.yaml"
    path.write_text("keys:\n  search: 'ctrl+nothing'\n", encoding="utf-8")  # well spelled, but no such key
    assert main(["--config", str(path), "--seeds", str(tmp_path)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "keys.search: 'ctrl+nothing' is not a key name" in err


async def test_clicking_a_row_shows_that_article() -> None:
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        await pilot.click("#articles", offset=(5, 1 + 2 * 4))  # below the border: the third row
        await pilot.pause()
        assert shown(app) == "seoul-2"


async def test_q_quits() -> None:
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("q")
        await pilot.pause()
        assert not app.is_running


def _plain(table: object) -> str:
    console = Console(width=120, record=True, file=io.StringIO())
    console.print(table)
    return console.export_text()
