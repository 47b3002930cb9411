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


def laid_out_with_rows(app: ReaderApp) -> bool:
    """The list shows rows and has its size: the first screen's rows may come before the first layout."""
    article_list = app.main.article_list
    return article_list.shows_rows and article_list.outer_size.width > 0


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


@pytest.fixture
def hold_rows(monkeypatch: pytest.MonkeyPatch) -> Iterator[Callable[[], threading.Event]]:
    """From its call on, the catalog's rows are read only once the test sets the event it gives,
    and the first screen is a window of 4 rows."""
    release = threading.Event()
    real = reader.tui.app.peek_catalog

    def held(*args: object, **kwargs: object) -> object:
        assert release.wait(10), "the test never let the rows be read"
        return real(*args, **kwargs)  # type: ignore[arg-type]

    def hold() -> threading.Event:
        monkeypatch.setattr(reader.tui.app, "peek_catalog", held)
        monkeypatch.setattr(reader.tui.app, "FIRST_SCREEN_ROWS", 4)
        return release

    yield hold
    release.set()


def drawn(app: ReaderApp) -> list[str]:
    """The list's lines as they are on screen."""
    article_list = app.main.article_list
    return [article_list.render_line(y).text for y in range(article_list.scrollable_content_region.height)]


async def first_run(folder, wait_for_workers, *, read: int, last: int) -> list[str]:
    """A run that marks the `read`th listed article read and closes on the `last`th; the titles listed."""
    app = ReaderApp(load_config(None), folder)
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_for_workers(pilot)
        listed = app.main.article_list
        listed.select_index(read)
        await pilot.press("m")
        listed.select_index(last)
        await until(pilot, lambda: app.main.pane.article is not None and app.main.pane.article.id == listed.selected.id)
        titles = [row.title for row in listed.articles]
        await pilot.press("q")
    return titles


async def test_the_first_screen_is_painted_with_the_lists_counts_before_its_rows_are_read(
        stored_folder, hold_rows, wait_for_workers):
    titles = await first_run(stored_folder, wait_for_workers, read=0, last=0)
    held_rows = hold_rows()
    app = ReaderApp(load_config(None), stored_folder)
    async with app.run_test(size=(120, 40)) as pilot:
        article_list = app.main.article_list
        await until(pilot, lambda: laid_out_with_rows(app))
        title = f"Articles ({len(titles)}) · ● {len(titles) - 1} · newest"  # one read in the first run
        await until(pilot, lambda: str(article_list.border_title) == title)  # fitted again to the laid-out width
        assert not article_list.articles and app.main.catalog is None  # drawn only: nothing to act on yet
        lines = drawn(app)
        await pilot.press("j")  # a key before the rows are read moves nothing
        held_rows.set()
        await wait_for_workers(pilot)
        assert [row.title for row in article_list.articles] == titles
        assert str(article_list.border_title) == title and article_list.cursor == 0
        after = drawn(app)
        assert after[:16] == lines[:16]  # the four rows of the first screen, where they were
        assert not lines[16].strip() and titles[4][:20] in after[16]  # the rows below it came with the catalog


async def test_the_first_screen_opens_around_the_last_article_as_the_list_then_does(
        stored_folder, hold_rows, wait_for_workers):
    titles = await first_run(stored_folder, wait_for_workers, read=1, last=8)
    held_rows = hold_rows()
    app = ReaderApp(load_config(None), stored_folder)
    async with app.run_test(size=(120, 40)) as pilot:
        article_list = app.main.article_list
        await until(pilot, lambda: laid_out_with_rows(app))
        lines = drawn(app)
        assert any(titles[8][:20] in line for line in lines) and not any(titles[0][:20] in line for line in lines)
        held_rows.set()
        await wait_for_workers(pilot)
        assert article_list.cursor == 8 and app.main.pane.article is not None
        assert app.main.pane.article.title == titles[8]
        after = drawn(app)
        assert [(y, line) for y, line in enumerate(lines) if line.strip()] == [
            (y, after[y]) for y, line in enumerate(lines) if line.strip()]  # each row where it was drawn
