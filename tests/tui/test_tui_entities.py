"""The entities panel's edges (issue 14): the index's names and titles, indented wrapping, Tab then Enter."""

from __future__ import annotations

from dataclasses import replace

from textual.widgets import OptionList
from tui_sample import make_app, official, sample_corpus

from reader.extract.index import build_officials_index
from reader.model import Article, Block, Corpus
from reader.search import Match
from reader.tui.app import ReaderApp
from reader.tui.widgets.entities import EntitiesPanel, EntityOptions


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
    options = app.main.query_one(EntityOptions)
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
        options = app.main.query_one(EntitiesPanel).query_one(OptionList)
        assert app.focused is options
        assert options.highlighted == 1  # the first person, under the heading
        await pilot.press("enter")
        text = app.main.pane.article.blocks[0].text
        assert app.main.pane.current == Match(0, text.index("Biden"), text.index("Biden") + len("Biden"))
        await pilot.press("enter")  # the row is every spelling's mentions: the next "Biden"
        second = text.index("Biden", text.index("Biden") + 1)
        assert app.main.pane.current == Match(0, second, second + len("Biden"))
