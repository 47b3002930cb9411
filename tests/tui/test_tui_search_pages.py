"""A search in a large folder shows its first screenful of hits at once and the rest when a worker has it."""

from __future__ import annotations

import threading

import pytest

from reader.chronology import SortOrder, sort_articles
from reader.config import load_config
from reader.search import SearchIndex
from reader.tui.app import ReaderApp
from reader.tui.screens import main as main_module

QUERY = "ngay"  # in most of the seeds' articles, folded


@pytest.fixture
def paged(monkeypatch: pytest.MonkeyPatch) -> threading.Event:
    """Every folder counts as large, a screenful is two hits, and the rest of a search waits for the event."""
    monkeypatch.setattr(main_module, "PAGED_FROM", 0)
    monkeypatch.setattr(main_module, "FIRST_HITS", 2)
    real = SearchIndex.elsewhere
    gate = threading.Event()

    def gated(self: SearchIndex) -> SearchIndex:
        gate.wait(10)
        return real(self)

    monkeypatch.setattr(SearchIndex, "elsewhere", gated)
    return gate


def count_line(app: ReaderApp) -> str:
    return str(app.main.search_bar.query_one("#search-count").render())


def whole_answer(app: ReaderApp, query: str) -> list[str]:
    """What the list shows for the query when every hit is in: the whole search, newest first."""
    index = app.main.index
    assert index is not None
    rows = sort_articles((app.main.by_id[i] for i in index.search(query)), SortOrder.NEWEST, lambda row: row.date)
    return [row.id for row in rows]


async def test_the_first_screenful_comes_first_and_the_rest_with_the_counts(stored_folder, paged, wait_for_workers):
    app = ReaderApp(load_config(None), stored_folder)
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_for_workers(pilot)
        total = len(app.main.by_id)
        expected = whole_answer(app, QUERY)
        assert len(expected) > 2
        await pilot.press("slash", *QUERY)
        assert app.main.searching
        assert [row.id for row in app.main.article_list.articles] == expected[:2]
        assert count_line(app) == f"2+ of {total} articles · counting…"
        assert app.main.article_list.border_title.startswith(f"Articles 2+/{total} · newest")
        paged.set()
        await wait_for_workers(pilot)
        assert not app.main.searching
        assert [row.id for row in app.main.article_list.articles] == expected
        assert count_line(app) == f"{len(expected)} of {total} articles"


async def test_an_answer_to_an_older_query_is_dropped(stored_folder, paged, wait_for_workers):
    app = ReaderApp(load_config(None), stored_folder)
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_for_workers(pilot)
        await pilot.press("slash", *"ng")  # its rest is held back while the user types on
        await pilot.press(*"ay")
        paged.set()
        await wait_for_workers(pilot)
        assert [row.id for row in app.main.article_list.articles] == whole_answer(app, QUERY)


async def test_marking_every_listed_article_read_takes_the_hits_not_yet_shown(stored_folder, paged,
                                                                              wait_for_workers):
    app = ReaderApp(load_config(None), stored_folder)
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_for_workers(pilot)
        expected = whole_answer(app, QUERY)
        await pilot.press("slash", *QUERY)
        assert app.main.searching
        app.main.action_mark_all_read()
        assert not app.main.searching
        assert all(app.main.reading.is_read(i) for i in expected)
        paged.set()
        await wait_for_workers(pilot)
        assert [row.id for row in app.main.article_list.articles] == expected


async def test_a_small_folder_lists_the_whole_answer_at_once(stored_folder, wait_for_workers):
    app = ReaderApp(load_config(None), stored_folder)
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_for_workers(pilot)
        await pilot.press("slash", *QUERY)
        assert not app.main.searching
        assert [row.id for row in app.main.article_list.articles] == whole_answer(app, QUERY)
