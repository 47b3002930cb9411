"""Time the app headless: first painted list, 50 cursor moves, one refilter, at the folder's size.

The first paint is the screen's first refresh once the list draws rows (`wait_for_refresh`: the
frame with them is composed), the first screen's read before the catalog's (`all_rows_s`: every
row is in the list); `settled_s` is when the process went idle after it (Pilot's
pause, which waits for the work started after the paint as well, such as the folder check and
the search index).

Uses the public ReaderApp of reader/tui/app.py the way `reader` starts it (it loads the
folder itself, through the cache), driven by Textual's Pilot.
"""

from __future__ import annotations

import asyncio
import os
import statistics
import time
from pathlib import Path
from typing import TYPE_CHECKING, Any

from reader.config import load_config

if TYPE_CHECKING:
    from textual.pilot import Pilot

    from reader.tui.app import ReaderApp

CURSOR_MOVES = 50
# Typed key by key: folded and with diacritics, two and three words.
KEYSTROKE_QUERIES = ("ngoai truong nhat ban", "Đà Nẵng", "thu tuong kishida", "hội đàm")
REFILTER_QUERY = "ngoai truong"  # folded, two words: matches a share of the corpus, not all of it
POLL_SECONDS = 0.005
TIMEOUT_SECONDS = 120
QUIET_SECONDS = 0.5
# A keystroke whose answer lists the same rows draws no frame of the list, and waiting for one hung the
# run. A real frame comes within milliseconds; past this, there is none.
UNCHANGED_LIST_SECONDS = 2.0


async def _background_done(app: Any) -> None:
    """Back when no worker has run for QUIET_SECONDS: the folder check, then the search index and the
    officials index (started a frame after it), would be counted in the moves' CPU (all threads)."""
    from textual.worker import WorkerState

    quiet_since = time.monotonic()
    deadline = quiet_since + TIMEOUT_SECONDS
    while time.monotonic() - quiet_since < QUIET_SECONDS and time.monotonic() < deadline:
        if any(worker.state in (WorkerState.PENDING, WorkerState.RUNNING) for worker in app.workers):
            quiet_since = time.monotonic()
        await asyncio.sleep(POLL_SECONDS)


async def _open_articles(app: Any, deadline: float) -> tuple[list[float], list[float]]:
    """Wall and CPU seconds of each of CURSOR_MOVES presses of ↓, from the key to the frame painting its article.

    The key is posted as the terminal's driver posts it, and the move ends when the frame that
    draws the next article in the pane is composed (`wait_for_refresh` once the pane holds it):
    the time a reader waits. Pilot's `press` is not used: it waits for the process to be idle
    twice, sleeping 20 ms at least each time, so it took 50-80 ms for a key bound to nothing.
    """
    from textual import events

    pane = app.main.pane
    wall, cpu = [], []
    for _ in range(CURSOR_MOVES):
        shown = pane.article
        before, before_cpu = time.perf_counter(), time.process_time()
        app.post_message(events.Key("down", None))
        while pane.article is shown:  # the move reads the next article from the store
            if time.monotonic() > deadline:
                raise TimeoutError("the next article was never shown")
            await asyncio.sleep(0)
        await pane.wait_for_refresh()  # and the frame painting it is composed
        wall.append(time.perf_counter() - before)
        cpu.append(time.process_time() - before_cpu)
    return wall, cpu


async def _drive(folder: Path, launched: float) -> dict[str, Any]:
    from reader.tui.app import ReaderApp

    app = ReaderApp(load_config(None), folder)
    async with app.run_test(size=(160, 50)) as pilot:
        articles = app.main.article_list
        deadline = time.monotonic() + TIMEOUT_SECONDS
        while not articles.shows_rows:  # the first screen's rows (a preview of them), or the list's
            if time.monotonic() > deadline:
                raise TimeoutError("the list was never populated")
            await asyncio.sleep(POLL_SECONDS)
        await articles.wait_for_refresh()  # the frame holding the rows is composed
        first_paint = time.time() - launched
        first_paint_cpu = time.process_time()
        while not articles.articles:  # every row read (the first screen may come before them)
            if time.monotonic() > deadline:
                raise TimeoutError("the list was never populated")
            await asyncio.sleep(POLL_SECONDS)
        listed = time.time() - launched
        await pilot.pause()  # and what the start does after the paint is done
        settled = time.time() - launched
        rows = len(articles.articles)

        await _background_done(app)
        start = time.perf_counter()
        opened, opened_cpu = await _open_articles(app, time.monotonic() + TIMEOUT_SECONDS)
        await pilot.pause()
        moves = time.perf_counter() - start
        assert articles.cursor == CURSOR_MOVES, f"cursor at {articles.cursor}, expected {CURSOR_MOVES}"

        app.main.action_search()
        await pilot.pause()
        before = articles.articles
        start = time.perf_counter()
        app.main.search_bar.input.value = REFILTER_QUERY
        while articles.articles is before:
            await asyncio.sleep(0)
        await pilot.pause()
        refilter = time.perf_counter() - start
        keystrokes = await _type_queries(app, pilot)
        return {**keystrokes, "first_paint_s": first_paint, "first_paint_cpu_s": first_paint_cpu, "all_rows_s": listed,
                "settled_s": settled,
                "rows": rows, "moves_50_s": moves,
                "open_article_ms": statistics.median(opened) * 1000,
                "open_article_cpu_ms": statistics.median(opened_cpu) * 1000,
                "refilter_s": refilter, "rows_after_refilter": len(articles.articles)}


async def _type_queries(app: ReaderApp, pilot: Pilot[None]) -> dict[str, Any]:
    """Each of KEYSTROKE_QUERIES typed key by key into the search bar, timed per key: from the key sent
    to the list's frame painted (`keystroke_`), and to the whole answer listed with its counts
    (`keystroke_whole_`: a large folder's search lists its first screenful first, the rest after)."""
    from textual import events

    from benchmarks.stage import percentiles_ms

    main = app.main
    articles = main.article_list
    painted: list[float] = []
    painted_cpu: list[float] = []
    whole: list[float] = []
    for query in KEYSTROKE_QUERIES:
        main.action_close()
        main.action_search()
        await pilot.pause()
        for char in query:
            if char == " ":  # the same words: no search to time, the next letter starts one
                app.post_message(events.Key("space", " "))
                await pilot.pause()
                continue
            filled = main.list_generation
            start, start_cpu = time.perf_counter(), time.process_time()
            app.post_message(events.Key(char, char))
            while main.list_generation == filled:
                await asyncio.sleep(0)
            answered, answered_cpu = time.perf_counter(), time.process_time()
            try:
                await asyncio.wait_for(articles.wait_for_refresh(), UNCHANGED_LIST_SECONDS)
            except TimeoutError:  # the same rows again: no frame of the list to wait for, the answer is it
                painted_cpu.append(answered_cpu - start_cpu)
                painted.append(answered - start)
            else:
                painted_cpu.append(time.process_time() - start_cpu)
                painted.append(time.perf_counter() - start)
            while main.searching:
                await asyncio.sleep(POLL_SECONDS / 5)
            whole.append(time.perf_counter() - start)
            await pilot.pause()
    return {"keystrokes": len(painted), **percentiles_ms(painted, "keystroke_"),
            **percentiles_ms(painted_cpu, "keystroke_cpu_"), **percentiles_ms(whole, "keystroke_whole_")}


def time_app(folder: Path) -> dict[str, Any]:
    launched = float(os.environ.get("BENCH_LAUNCHED", time.time()))
    try:
        import reader.tui.app  # noqa: F401 - only to tell "no app yet" from a failure inside it
    except ImportError as err:
        return {"skipped": f"no app to time ({err})"}
    return asyncio.run(_drive(folder, launched))
