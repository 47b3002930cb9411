"""The entities panel's edges (issue 14): the index's names and titles, indented wrapping, Tab then Enter."""

from __future__ import annotations

from dataclasses import replace

from rich.text import Text
from textual.app import App, ComposeResult
from tui_sample import make_app, official, sample_corpus

from reader.extract.index import build_officials_index
from reader.model import Article, Block, Corpus
from reader.search import Match
from reader.tui.app import ReaderApp
from reader.tui.widgets.entities import EntitiesPanel, EntityList, Entry


def short_names_corpus() -> Corpus:
    """The sample, with a first article that names two people the way a later one does not."""
    blocks = (Block("paragraph", "Ông Biden gọi điện cho Cho Tae Yul. Biden cảm ơn Cho Tae Yul về chuyến thăm."),)
    short = Article("short-1", "short.txt", "Biden gọi điện cho người đồng cấp", "2025-01-09", None, None, False,
                    blocks, officials=(official(blocks, 0, "Biden", "Biden", None, None),
                                       official(blocks, 0, "Cho Tae Yul", "Cho Tae Yul", None, None),
                                       official(blocks, 0, "Biden", "Biden", None, None, nth=1),
                                       official(blocks, 0, "Cho Tae Yul", "Cho Tae Yul", None, None, nth=1)))
    blocks = (Block("paragraph", "Tổng thống Mỹ Joe Biden tiếp Quyền Tổng thống kiêm Bộ trưởng Ngoại giao "
                                 "Hàn Quốc Cho Tae Yul tại Nhà Trắng."),)
    full = Article("full-1", "full.txt", "Tổng thống Mỹ tiếp khách Hàn Quốc", "2025-01-08", None, None, False, blocks,
                   officials=(official(blocks, 0, "Tổng thống Mỹ Joe Biden", "Joe Biden", "Tổng thống", "Mỹ"),
                              official(blocks, 0, "Quyền Tổng thống kiêm Bộ trưởng Ngoại giao Hàn Quốc Cho Tae Yul",
                                       "Cho Tae Yul", "Quyền Tổng thống kiêm Bộ trưởng Ngoại giao", "Hàn Quốc")))
    articles = (short, full, *sample_corpus().articles)
    return replace(sample_corpus(), articles=articles, officials=build_officials_index(articles))


def panel_lines(app: ReaderApp) -> list[str]:
    options = app.main.query_one(EntityList)
    return [options.render_line(y).text.rstrip() for y in range(options.size.height)]


async def test_names_and_titles_come_from_the_corpus_index() -> None:
    app = make_app(short_names_corpus())
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        assert app.main.pane.article is not None and app.main.pane.article.id == "short-1"
        lines = panel_lines(app)
        assert lines[0] == "Officials (2)"  # "Biden" is Joe Biden; no row of his own
        assert lines[1] == "Joe Biden 2×"
        assert lines[2] == "  Tổng thống · Mỹ"
        assert lines[3] == "Cho Tae Yul 2×"
        assert "no title" not in "\n".join(lines)


async def test_a_long_title_wraps_indented_under_the_name() -> None:
    app = make_app(short_names_corpus())
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        lines = panel_lines(app)
        start = lines.index("Cho Tae Yul 2×") + 1
        detail = lines[start:lines.index("Dates (0)")]
        assert len(detail) >= 3  # "Quyền Tổng thống kiêm Bộ trưởng Ngoại giao · Hàn Quốc" in 28 columns
        assert all(line.startswith("  ") and line[2] != " " for line in detail), detail
        assert " ".join(line.strip() for line in detail) == "Quyền Tổng thống kiêm Bộ trưởng Ngoại giao · Hàn Quốc"


async def test_tab_into_the_panel_highlights_the_first_row_so_enter_jumps() -> None:
    app = make_app(short_names_corpus())
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        await pilot.press("tab", "tab")
        options = app.main.query_one(EntitiesPanel).query_one(EntityList)
        assert app.focused is options
        assert options.highlighted == 1  # the first person, under the heading
        await pilot.press("enter")
        text = app.main.pane.article.blocks[0].text
        assert app.main.pane.current == Match(0, text.index("Biden"), text.index("Biden") + len("Biden"))
        await pilot.press("enter")  # the row is every spelling's mentions: the next "Biden"
        second = text.index("Biden", text.index("Biden") + 1)
        assert app.main.pane.current == Match(0, second, second + len("Biden"))


class ListApp(App[None]):
    """An entity list alone, over rows made up for it, to drive its keys, mouse and scrolling."""

    CSS = "EntityList { height: 1fr; width: 24; }"

    def __init__(self, entries: list[Entry]) -> None:
        super().__init__()
        self.entries = entries
        self.picked: list[Entry] = []

    def compose(self) -> ComposeResult:
        yield EntityList()

    def on_mount(self) -> None:
        self.query_one(EntityList).show(self.entries)

    def on_entity_list_selected(self, message: EntityList.Selected) -> None:
        self.picked.append(message.entry)


def made_up_entries(people: int) -> list[Entry]:
    """A heading, `people` rows with a detail line, a second heading and one date."""
    rows = [Entry(Text(f"Người {n}"), f"Chức vụ {n}", names=frozenset({f"Người {n}"})) for n in range(people)]
    return [Entry(Text("Officials")), *rows, Entry(Text("Dates")), Entry(Text("ngày 1/2"), "2025-02-01", date_index=0)]


async def test_keys_move_over_the_rows_that_can_be_picked_and_round_the_ends() -> None:
    app = ListApp(made_up_entries(3))
    async with app.run_test(size=(40, 20)) as pilot:
        entities = app.query_one(EntityList)
        app.set_focus(None)  # the app focused its only widget before the rows came
        await pilot.pause()
        assert entities.highlighted is None  # nothing until the list is focused
        entities.focus()
        await pilot.pause()
        assert entities.highlighted == 1  # the first person, under the heading
        await pilot.press("j", "j", "j")
        assert entities.highlighted == 5  # past the "Dates" heading to the date
        await pilot.press("down")
        assert entities.highlighted == 1  # round the end, past the first heading
        await pilot.press("k")
        assert entities.highlighted == 5
        await pilot.press("g")
        assert entities.highlighted == 1
        await pilot.press("G")
        assert entities.highlighted == 5
        await pilot.press("enter")
        assert app.picked == [entities.entries[5]]


async def test_a_click_picks_a_row_and_a_heading_picks_nothing() -> None:
    app = ListApp(made_up_entries(3))
    async with app.run_test(size=(40, 20)) as pilot:
        entities = app.query_one(EntityList)
        await pilot.click(EntityList, offset=(2, 0))  # "Officials"
        assert app.picked == [] and entities.highlighted is None
        await pilot.click(EntityList, offset=(2, 3))  # the second person's name (each row is two lines)
        assert app.picked == [entities.entries[2]] and entities.highlighted == 2
        await pilot.click(EntityList, offset=(2, 4))  # its detail line is the same row
        assert app.picked == [entities.entries[2]] * 2


async def test_the_highlight_scrolls_into_view_and_pages_move_a_screen() -> None:
    app = ListApp(made_up_entries(30))  # 63 lines in a list 10 high
    async with app.run_test(size=(40, 10)) as pilot:
        entities = app.query_one(EntityList)
        entities.focus()
        await pilot.press("G")
        assert entities.highlighted == 32
        assert entities.max_scroll_y > 0 and entities.scroll_y == entities.max_scroll_y
        await pilot.press("g")
        assert entities.scroll_y == 1  # the first person's row at the top, as little scrolled as that takes
        await pilot.press("pagedown")
        assert entities.highlighted == 6  # ten lines down: the row drawn there
        assert entities.scroll_y > 0
        await pilot.press("pageup")
        assert entities.highlighted == 1
        entities.show(made_up_entries(1))  # another article: back at the top, nothing to scroll
        await pilot.pause()
        assert entities.scroll_y == 0 and entities.max_scroll_y == 0 and entities.highlighted is None


async def test_rows_wrap_again_at_a_new_width_with_the_detail_indented() -> None:
    entry = Entry(Text("Ông A 3×"), "Phó Thủ tướng kiêm Bộ trưởng Ngoại giao · Việt Nam", names=frozenset({"A"}))
    app = ListApp([Entry(Text("Officials")), entry])
    async with app.run_test(size=(40, 20)) as pilot:
        entities = app.query_one(EntityList)
        wide = entities.rows()[1].splitlines()
        app.query_one(EntityList).styles.width = 14
        await pilot.pause()
        narrow = entities.rows()[1].splitlines()
        assert len(narrow) > len(wide)
        for lines in (wide, narrow):
            assert all(line.startswith("  ") and line[2] != " " for line in lines[1:]), lines
            assert " ".join(line.strip() for line in lines[1:]) == entry.detail
