"""Time the finding views headless: the officials view (open, type, sort, reopen) and the timelines.

The corpus is read once (warm, from the store) and handed to the public ReaderApp, so what is
timed is the views alone, from the key press to the screen painted, driven by Pilot. Each
figure is the CPU time the app's process spent: on a machine shared with other work, wall time
mostly measures the others, since Pilot waits for the app to go idle after each key. The help
screen, which builds nothing from the corpus, is timed too, as what any screen costs Textual.
"""

from __future__ import annotations

import asyncio
import os
import tempfile
import time
from pathlib import Path
from typing import Any

from reader.config import load_config
from reader.corpus import load_corpus

TYPED = "bo truong"  # a title's words, typed a key at a time: each key is one refilter


async def _drive(folder: Path) -> dict[str, Any]:
    from textual.pilot import Pilot

    from reader.tui.app import ReaderApp
    from reader.tui.screens.main import MainScreen
    from reader.tui.screens.officials import OfficialsScreen
    from reader.tui.screens.timeline import TimelineScreen, TimelineView

    config = load_config(None)
    corpus = load_corpus(folder, config).corpus
    app = ReaderApp(config, folder, corpus)
    result: dict[str, Any] = {"articles": len(corpus.articles), "officials": len(corpus.officials)}

    async def timed(pilot: Pilot[None], *keys: str) -> float:
        start = time.process_time()
        await pilot.press(*keys)
        return time.process_time() - start

    async with app.run_test(size=(160, 50)) as pilot:
        await pilot.pause()
        result["help_open_s"] = await timed(pilot, "question_mark")
        await pilot.press("escape")
        result["officials_open_s"] = await timed(pilot, "o")
        screen = app.screen
        assert isinstance(screen, OfficialsScreen)
        per_key = [await timed(pilot, "space" if char == " " else char) for char in TYPED]
        result["officials_first_key_s"] = per_key[0]  # folds every official's words once
        result["officials_key_max_s"] = max(per_key[1:])
        result["officials_matching"] = len(screen.officials_list.officials)
        result["officials_sort_s"] = await timed(pilot, "tab", "s")
        await pilot.press("g")
        result["person_timeline_s"] = await timed(pilot, "t")
        assert isinstance(app.screen, TimelineScreen)
        await pilot.press("escape", "escape")
        assert isinstance(app.screen, MainScreen)
        result["officials_reopen_s"] = await timed(pilot, "o")
        await pilot.press("escape")
        result["timeline_open_s"] = await timed(pilot, "t")
        assert isinstance(app.screen, TimelineScreen)
        result["timeline_mentions"] = len(app.screen.query_one(TimelineView).rows)
    return result


def time_views(folder: Path) -> dict[str, Any]:
    # A state database of its own: the sort chosen here (Tab, s) is kept between runs, and the
    # next run would open the view in another order; nor should a benchmark touch the user's.
    with tempfile.TemporaryDirectory() as state:
        os.environ["READER_STATE_DIR"] = state
        return asyncio.run(_drive(folder))
