"""A cold start lists articles as their pages are written, says how far it got, and a quit keeps what was written."""

from __future__ import annotations

import os
import threading
import time
from pathlib import Path

import pytest
from textual.pilot import Pilot

import reader.corpus
from reader.catalog import Row
from reader.config import Config, load_config
from reader.corpus import open_catalog, parse_page
from reader.model import Article, RawPage
from reader.tui.app import ReaderApp
from reader.tui.widgets.article_list import ArticleList

PAGES = 60  # under PARALLEL_MIN_PAGES: parsed in this process, written WRITE_BATCH (50) at a time
FIRST_BATCH = reader.corpus.WRITE_BATCH
A_YEAR_AGO = time.time() - 365 * 86400


def page(n: int) -> str:
    return "\n".join([
        f"Lãnh đạo hai nước hội đàm lần thứ {n} tại thủ đô",
        f"Lãnh đạo hai nước đã hội đàm về hợp tác kinh tế và đầu tư trong năm tới, lần thứ {n}.",
        f"Hai bên đã ký {n} thỏa thuận hợp tác lớn về năng lượng và giao thông ngày {n % 28 + 1}/3/2024.",
    ])


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    pages = tmp_path / "pages"
    pages.mkdir()
    for n in range(1, PAGES + 1):
        path = pages / f"p{n:03d}.txt"
        path.write_text(page(n), encoding="utf-8")
        os.utime(path, (A_YEAR_AGO, A_YEAR_AGO))  # old enough to be trusted next time
    return pages


def hold_after_first_batch(monkeypatch: pytest.MonkeyPatch, *, then_fail: bool = False) -> threading.Event:
    """Parsing stops after the first batch until the returned event is set (then goes on, or fails)."""
    gate = threading.Event()
    seen: list[str] = []

    def held(raw: RawPage, config: Config) -> list[Article]:
        seen.append(raw.file)
        if len(seen) > FIRST_BATCH:
            gate.wait(20)
            if then_fail:
                raise RuntimeError("the process is gone")  # as if it had exited: nothing more is written
        return parse_page(raw, config)

    monkeypatch.setattr(reader.corpus, "parse_page", held)
    return gate


async def wait_until(pilot: Pilot[None], holds: object, tries: int = 500) -> None:
    for _ in range(tries):
        if holds():  # type: ignore[operator]
            return
        await pilot.pause(0.01)
    raise AssertionError("never happened")


async def test_the_list_grows_during_a_cold_parse_and_the_progress_line_counts(folder, monkeypatch,
                                                                                 wait_for_workers):
    gate = hold_after_first_batch(monkeypatch)
    app = ReaderApp(load_config(None), folder)
    async with app.run_test(size=(120, 40)) as pilot:
        articles = app.main.article_list
        await wait_until(pilot, lambda: len(articles.articles) == FIRST_BATCH)
        assert [row.file for row in articles.articles] == [f"p{n:03d}.txt" for n in range(1, FIRST_BATCH + 1)]
        line = str(articles.border_subtitle)  # under the list, after the folder's name
        assert line.startswith(f"{folder.name} · Parsing {FIRST_BATCH} of {PAGES} pages · ")
        assert line.endswith(" s left")
        await pilot.press("j", "j")  # usable meanwhile: the third article is read from what was written
        chosen = articles.articles[2]
        assert app.main.pane.article is not None and app.main.pane.article.id == chosen.id
        assert chosen.title in app.main.pane.text()
        gate.set()
        await wait_for_workers(pilot)
        assert len(articles.articles) == PAGES
        assert str(articles.border_subtitle) == folder.name
        dates = [row.date.value for row in articles.articles if row.date is not None]
        assert dates == sorted(dates, reverse=True)  # re-sorted once, newest first, when all are in
        assert articles.selected is not None and articles.selected.id == chosen.id  # the selection kept


async def test_q_mid_parse_quits_and_the_next_start_parses_only_the_rest(folder, monkeypatch):
    gate = hold_after_first_batch(monkeypatch, then_fail=True)
    app = ReaderApp(load_config(None), folder)
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_until(pilot, lambda: len(app.main.article_list.articles) == FIRST_BATCH)
        assert app.load_pending
        await pilot.press("q")
        await wait_until(pilot, lambda: not app.is_running)
    assert app.return_code == 0
    gate.set()  # the held parse ends now, as the process would have
    parsed: list[str] = []

    def counted(raw: RawPage, config: Config) -> list[Article]:
        parsed.append(raw.file)
        return parse_page(raw, config)

    monkeypatch.setattr(reader.corpus, "parse_page", counted)
    catalog = open_catalog(folder, load_config(None))
    assert parsed == [f"p{n:03d}.txt" for n in range(FIRST_BATCH + 1, PAGES + 1)]
    assert len(catalog.rows) == PAGES
    catalog.close()


STEP = 20  # pages written per batch in the search tests: three batches, the last one ending the parse


def named_page(n: int) -> str:
    """A page; every tenth names Kishida, and page n is dated 2024-03-(n % 28 + 1)."""
    who = "Thủ tướng Nhật Bản Kishida Fumio" if n % 10 == 0 else "Lãnh đạo hai nước"
    return "\n".join([
        f"Lãnh đạo hai nước hội đàm lần thứ {n} tại thủ đô",
        f"{who} đã hội đàm về hợp tác kinh tế và đầu tư trong năm tới, lần thứ {n}.",
        f"Hai bên đã ký {n} thỏa thuận hợp tác lớn về năng lượng và giao thông ngày {n % 28 + 1}/3/2024.",
    ])


def one_batch_at_a_time(monkeypatch: pytest.MonkeyPatch) -> threading.Semaphore:
    """Pages are written STEP at a time, and each batch after the first waits for a release of the semaphore."""
    monkeypatch.setattr(reader.corpus, "WRITE_BATCH", STEP)
    allowed = threading.Semaphore(0)
    seen: list[str] = []

    def held(raw: RawPage, config: Config) -> list[Article]:
        if seen and len(seen) % STEP == 0:
            allowed.acquire(timeout=60)  # a loaded machine may take long over the keys pressed meanwhile
        seen.append(raw.file)
        return parse_page(raw, config)

    monkeypatch.setattr(reader.corpus, "parse_page", held)
    return allowed


@pytest.mark.parametrize(("query", "found"), [
    # what the list shows after the first batch, the second (file order), and once the parse is done (newest first)
    ("kishida", ([10, 20], [10, 20, 30, 40], [50, 20, 40, 10, 60, 30])),
    ("@kishida date:2024-03-11..2024-03-21", ([10, 20], [10, 20, 40], [20, 40, 10])),
])
async def test_a_search_during_a_cold_parse_runs_over_the_articles_written_so_far_and_follows_the_parse(
        tmp_path, monkeypatch, wait_for_workers, type_fast, query, found):
    folder = tmp_path / "pages"
    folder.mkdir()
    for n in range(1, 3 * STEP + 1):
        (folder / f"p{n:03d}.txt").write_text(named_page(n), encoding="utf-8")
    allowed = one_batch_at_a_time(monkeypatch)
    app = ReaderApp(load_config(None), folder)
    shown: list[list[str]] = []  # every list shown once the query is typed
    real_show = ArticleList.show

    def show(self: ArticleList, articles: tuple[Row, ...], keep: str | None, empty_message: str = "") -> None:
        if app.main.query_text == query:
            shown.append([row.file for row in articles])
        real_show(self, articles, keep, empty_message)

    monkeypatch.setattr(ArticleList, "show", show)

    def listed() -> list[str]:
        return [row.file for row in app.main.article_list.articles]

    def files(numbers: list[int]) -> list[str]:
        return [f"p{n:03d}.txt" for n in numbers]

    async with app.run_test(size=(120, 40)) as pilot:
        count = app.main.search_bar.query_one("#search-count")
        await wait_until(pilot, lambda: len(app.main.by_id) == STEP, tries=3000)
        await type_fast(pilot, "slash", *("space" if char == " " else char for char in query))
        await wait_until(pilot, lambda: listed() == files(found[0]), tries=3000)
        assert str(count.render()).endswith(f"{len(found[0])} of {STEP} articles so far")
        allowed.release()  # the next batch comes in: the results follow without a key pressed
        await wait_until(pilot, lambda: listed() == files(found[1]), tries=3000)
        assert str(count.render()).endswith(f"{len(found[1])} of {2 * STEP} articles so far")
        allowed.release()
        await wait_for_workers(pilot)
        assert app.main.parsing is None
        assert listed() == files(found[2])
        assert str(count.render()).endswith(f"{len(found[2])} of {3 * STEP} articles")
        assert all(set(files) <= set(listed()) for files in shown)  # never, even for a moment, every article
