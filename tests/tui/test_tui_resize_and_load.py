"""Terminal sizes, live resizing, and the startup paths: worker loading, skipped files, empty folder."""

from __future__ import annotations

import hashlib
import os
import threading
import time
from pathlib import Path

import pytest
from textual.widgets import Input
from tui_sample import make_app

import reader.tui.app as app_module
from reader.catalog import StoreCatalog
from reader.config import load_config
from reader.corpus import open_catalog
from reader.load import FolderError
from reader.tui.app import ReaderApp, run
from reader.tui.screens.error import ErrorScreen
from reader.tui.screens.help import HelpScreen
from reader.tui.screens.problems import ProblemsScreen
from reader.tui.widgets.article_list import ROW_HEIGHT

A_YEAR_AGO = time.time() - 365 * 86400

SIZES = [(40, 12), (80, 24), (120, 40), (250, 70), (41, 13), (200, 20), (60, 50)]


def hold_back(monkeypatch: pytest.MonkeyPatch, name: str, owner: object = app_module) -> threading.Event:
    """Make the app's `name` (a loading step, of `owner`) wait until the returned event is set."""
    real = getattr(owner, name)

    def gated(*args: object, **kwargs: object) -> object:
        gate.wait(10)
        return real(*args, **kwargs)

    gate = threading.Event()
    monkeypatch.setattr(owner, name, gated)
    return gate


async def test_resizing_through_every_size_keeps_the_selection_and_search() -> None:
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("j", "j")
        await pilot.press("slash", *"kishida")
        await pilot.pause()
        assert app.main.pane.article.id == "seoul-2"
        for width, height in SIZES:
            await pilot.resize_terminal(width, height)
            await pilot.pause()
            assert app.size == (width, height)
            assert app.main.article_list.selected.id == "seoul-2"
            assert app.main.pane.article.id == "seoul-2"
            assert app.main.query_one("#search-input", Input).value == "kishida"
            list_view = app.main.article_list
            cursor_row = list_view.cursor * ROW_HEIGHT
            assert list_view.scroll_y <= cursor_row < list_view.scroll_y + max(list_view.size.height, ROW_HEIGHT)


@pytest.mark.parametrize("size", [(40, 12), (250, 70)])
async def test_every_screen_opens_at_the_extreme_sizes(size: tuple[int, int]) -> None:
    app = make_app()
    async with app.run_test(size=size) as pilot:
        await pilot.press("j", "question_mark", "p")
        await pilot.pause()
        assert isinstance(app.screen, ProblemsScreen)
        await pilot.press("escape", "escape", "o", "enter")
        await pilot.pause()
        assert app.screen is app.main
        assert [a.id for a in app.main.article_list.articles] == ["tokyo-1", "seoul-2"]
        assert app.main.article_list.selected.id == "tokyo-1"


def _write(folder: Path, name: str, data: bytes) -> None:
    (folder / name).write_bytes(data)


def _checksums(folder: Path) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(folder.iterdir())}


async def test_loading_a_folder_in_the_worker_notifies_skipped_files_once(tmp_path: Path) -> None:
    _write(tmp_path, "001_ok.txt", "Ngoại trưởng thăm Hà Nội\nĐoàn đại biểu đã đến Hà Nội hôm qua.\n".encode())
    _write(tmp_path, "002_binary.txt", b"\x00\x01\x02")
    _write(tmp_path, "003_empty.txt", b"")
    before = _checksums(tmp_path)
    app = ReaderApp(load_config(None), tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert [a.file for a in app.main.article_list.articles] == ["001_ok.txt"]
        assert "Hà Nội" in app.main.pane.text()
        notes = list(app._notifications)
        assert len(notes) == 1
        assert "2 files skipped or read with a warning: 002_binary.txt, 003_empty.txt" in notes[0].message
        await pilot.press("question_mark")
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
        assert "2 files skipped or read with a warning" in str(app.screen.query_one("#help-problems").render())
    assert _checksums(tmp_path) == before  # the app never writes into the seed folder


async def test_the_app_shows_a_loading_state_until_the_folder_is_read(tmp_path: Path, monkeypatch) -> None:
    _write(tmp_path, "001_ok.txt", "Hội nghị ở Hà Nội\nĐoàn đại biểu đã đến Hà Nội hôm qua.\n".encode())
    gate = hold_back(monkeypatch, "open_catalog")
    app = ReaderApp(load_config(None), tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert app.main.article_list.loading
        assert app.main.pane.text() == f"Reading {tmp_path} …"
        gate.set()
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert not app.main.article_list.loading
        assert [a.file for a in app.main.article_list.articles] == ["001_ok.txt"]


async def test_the_list_is_shown_before_the_search_index_and_an_early_search_waits_for_it(
        tmp_path: Path, monkeypatch) -> None:
    _write(tmp_path, "001_hanoi.txt", "Ngoại trưởng thăm Hà Nội\nĐoàn đại biểu đã đến Hà Nội hôm qua.\n".encode())
    _write(tmp_path, "002_seoul.txt", "Thủ tướng Hàn Quốc tiếp khách ở Seoul\nCuộc gặp diễn ra tại Seoul.\n".encode())
    for page in tmp_path.iterdir():  # old enough to be trusted: the app's start parses nothing
        os.utime(page, (A_YEAR_AGO, A_YEAR_AGO))
    open_catalog(tmp_path, load_config(None)).close()  # warm: after a parse, the store's index is there at once
    gate = hold_back(monkeypatch, "search_index", StoreCatalog)
    app = ReaderApp(load_config(None), tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        for _ in range(500):  # the corpus alone, not the index, is waited for
            if app.main.article_list.articles:
                break
            await pilot.pause(0.01)
        assert [a.file for a in app.main.article_list.articles] == ["001_hanoi.txt", "002_seoul.txt"]
        await pilot.press("slash", *"seoul")
        await pilot.pause()
        count = app.main.search_bar.query_one("#search-count")
        assert str(count.render()) == "indexing…"
        assert len(app.main.article_list.articles) == 2  # unfiltered until the index is there
        gate.set()
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert [a.file for a in app.main.article_list.articles] == ["002_seoul.txt"]
        assert str(count.render()) == "1 of 2 articles"
        assert app.main.pane.article.file == "002_seoul.txt"


async def test_an_empty_folder_says_which_folder_and_how_to_read_another(tmp_path: Path) -> None:
    app = ReaderApp(load_config(None), tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await app.workers.wait_for_complete()
        await pilot.pause()
        text = app.main.pane.text()
        assert "No articles found" in text
        assert str(tmp_path) in text
        assert "reader --seeds DIR" in text and "seeds:" in text
        assert app.main.article_list.border_title == "Articles (0) · newest"
        await pilot.press("j", "slash", "x", "escape", "n", "o")  # nothing to act on: nothing breaks
        await pilot.pause()


def test_run_refuses_a_missing_folder_before_starting(tmp_path: Path) -> None:
    with pytest.raises(FolderError, match="no such folder"):
        run(load_config(None), tmp_path / "missing")


async def test_ten_thousand_articles_list_and_filter() -> None:
    from dataclasses import replace

    from tui_sample import sample_corpus

    corpus = sample_corpus()
    many = tuple(replace(a, id=f"{a.id}-{i}") for i in range(2500) for a in corpus.articles)
    app = make_app(replace(corpus, articles=many))
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        assert app.main.article_list.border_title == "Articles (10000) · ●10000 · file"
        await pilot.press("G")
        assert app.main.pane.article.id == "teaser-1-2499"
        await pilot.press("slash", *"seoul")
        await pilot.pause()
        assert len(app.main.article_list.articles) == 2500


def _planted_fault(*_args: object, **_kwargs: object) -> None:
    raise RuntimeError("planted fault reading [b]x.txt[/b]")


async def test_a_fault_while_loading_shows_the_error_screen_and_quits_cleanly(
        tmp_path: Path, monkeypatch, wait_for_workers, isolated_state_dir: Path) -> None:
    _write(tmp_path, "001_ok.txt", "Hội nghị ở Hà Nội\nĐoàn đại biểu đã đến Hà Nội hôm qua.\n".encode())
    monkeypatch.setattr(app_module, "open_catalog", _planted_fault)
    app = ReaderApp(load_config(None), tmp_path)
    async with app.run_test(size=(100, 30)) as pilot:
        await wait_for_workers(pilot)
        assert isinstance(app.screen, ErrorScreen)
        [report] = isolated_state_dir.glob("crash-*.log")
        text = str(app.screen.query_one("#error-message").render())
        assert "while loading the folder" in text
        assert "RuntimeError: planted fault reading [b]x.txt[/b]" in text  # the message as it is, no markup
        assert str(report) in text
        assert "Traceback" in report.read_text() and "_planted_fault" in report.read_text()
        assert not app.main.article_list.loading
        await pilot.press("question_mark")  # the error screen stays until it is answered
        assert isinstance(app.screen, ErrorScreen)
        await pilot.press("q")
        await pilot.pause()
        assert not app.is_running
    assert app.return_code == 1


async def test_a_fault_while_indexing_keeps_the_list_and_says_so(tmp_path: Path, monkeypatch, wait_for_workers) -> None:
    _write(tmp_path, "001_ok.txt", "Hội nghị ở Hà Nội\nĐoàn đại biểu đã đến Hà Nội hôm qua.\n".encode())
    monkeypatch.setattr(StoreCatalog, "search_index", _planted_fault)
    app = ReaderApp(load_config(None), tmp_path)
    async with app.run_test(size=(100, 30)) as pilot:
        await wait_for_workers(pilot)
        assert isinstance(app.screen, ErrorScreen)
        assert "while building the search index" in str(app.screen.query_one("#error-message").render())
        assert [a.file for a in app.main.article_list.articles] == ["001_ok.txt"]
        await pilot.press("escape")
        await pilot.pause()
        assert not app.is_running
    assert app.return_code == 1


async def test_a_report_that_cannot_be_written_is_said_so(tmp_path: Path, monkeypatch, wait_for_workers) -> None:
    blocked = tmp_path / "not-a-folder"
    blocked.write_text("a file where the state dir should be")
    monkeypatch.setenv("READER_STATE_DIR", str(blocked))
    monkeypatch.setattr(app_module, "open_catalog", _planted_fault)
    app = ReaderApp(load_config(None), tmp_path)
    async with app.run_test(size=(100, 30)) as pilot:
        await wait_for_workers(pilot)
        text = str(app.screen.query_one("#error-message").render())
        assert f"No report could be written: {blocked}" in text


async def test_ctrl_c_quits_from_the_list_and_from_the_search_box() -> None:
    for keys in (["ctrl+c"], ["slash", "a", "ctrl+c"]):
        app = make_app()
        async with app.run_test(size=(80, 24)) as pilot:
            await pilot.press(*keys)
            await pilot.pause()
            assert not app.is_running, keys
        assert app.return_code == 0


async def test_a_folder_gone_before_the_load_says_why_in_the_pane(tmp_path: Path, wait_for_workers) -> None:
    gone = tmp_path / "gone"  # checked by `run`, then removed before the worker read it
    app = ReaderApp(load_config(None), gone)
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_for_workers(pilot)
        assert app.main.pane.text().startswith(f"Cannot read {gone}\n")
        assert not app.main.article_list.loading
        assert [problem.path for problem in app.problems] == [str(gone)]
