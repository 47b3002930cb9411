"""A folder the store knows is painted as the store last saw it, then checked; a change since is shown after."""

from __future__ import annotations

import os
import threading
from collections.abc import Callable, Iterator

import pytest
from textual.pilot import Pilot

import reader.tui.app
from reader.catalog import StoreCatalog
from reader.config import load_config
from reader.tui.app import ReaderApp

NEW_TITLE = "Một tiêu đề hoàn toàn mới của trang đã sửa"


@pytest.fixture
def held_check(monkeypatch: pytest.MonkeyPatch) -> Iterator[threading.Event]:
    """The folder check waits until the test sets the event (so the test sees the list before it)."""
    release = threading.Event()
    real = reader.tui.app.recheck_catalog

    def held(*args: object, **kwargs: object) -> object:
        assert release.wait(10), "the test never let the check run"
        return real(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(reader.tui.app, "recheck_catalog", held)
    yield release
    release.set()


async def until(pilot: Pilot[None], condition: Callable[[], object]) -> None:
    for _ in range(200):
        if condition():
            return
        await pilot.pause(0.02)
    raise AssertionError("never happened")


async def test_the_list_is_painted_before_the_check_which_keeps_it(stored_folder, held_check, wait_for_workers):
    app = ReaderApp(load_config(None), stored_folder)
    async with app.run_test(size=(120, 40)) as pilot:
        await until(pilot, lambda: app.main.pane.article is not None)  # listed, and readable already
        catalog = app.main.catalog
        assert isinstance(catalog, StoreCatalog) and not catalog.verified
        painted = app.main.article_list.articles
        held_check.set()
        await wait_for_workers(pilot)
        assert app.main.catalog is catalog and catalog.verified  # unchanged: nothing shown again
        assert app.main.article_list.articles == painted
        assert app.main.index is not None  # the search index came after the check


async def test_a_page_changed_since_the_last_start_is_listed_once_checked(stored_folder, held_check,
                                                                          wait_for_workers):
    app = ReaderApp(load_config(None), stored_folder)
    async with app.run_test(size=(120, 40)) as pilot:
        await until(pilot, lambda: app.main.pane.article is not None)
        await pilot.press("j")  # the reader moves on while the folder is checked
        selected = app.main.pane.article
        assert selected is not None
        changed = next(row.file for row in app.main.article_list.articles if row.file != selected.file)
        old_titles = {row.title for row in app.main.article_list.articles if row.file == changed}
        stored = os.stat(stored_folder / changed).st_mtime  # a year ago: the edit is dated a minute after
        (stored_folder / changed).write_text(f"{NEW_TITLE}\n\nĐoạn văn duy nhất của trang đã sửa, đủ dài để "
                                             "làm nên một bài báo trong danh sách.\n", encoding="utf-8")
        os.utime(stored_folder / changed, (stored + 60, stored + 60))
        held_check.set()
        await wait_for_workers(pilot)
        titles = {row.title for row in app.main.article_list.articles}
        assert NEW_TITLE in titles and not old_titles & titles
        assert app.main.pane.article is not None and app.main.pane.article.id == selected.id  # selection kept


async def test_a_page_deleted_since_the_last_start_is_never_shown_from_the_store(stored_folder, held_check,
                                                                                 wait_for_workers):
    app = ReaderApp(load_config(None), stored_folder)
    async with app.run_test(size=(120, 40)) as pilot:
        await until(pilot, lambda: app.main.pane.article is not None)
        ghost = app.main.article_list.articles[1]
        (stored_folder / ghost.file).unlink()
        await pilot.press("j")
        assert app.main.pane.article is not None and app.main.pane.article.id == ghost.id
        text = app.main.pane.text()
        assert f"{ghost.file} was removed from the folder since reader last read it" in text
        held_check.set()
        await wait_for_workers(pilot)
        assert ghost.file not in {row.file for row in app.main.article_list.articles}
        assert app.main.pane.article is not None and app.main.pane.article.file != ghost.file
