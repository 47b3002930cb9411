"""Fixtures every app test shares: a steady cursor, waiting for the workers, the screen as a terminal sees it,
a folder whose store is already written."""

from __future__ import annotations

import io
import os
import shutil
import time
from collections.abc import Awaitable, Callable
from contextlib import suppress
from dataclasses import dataclass
from pathlib import Path

import pytest
from rich.console import Console
from textual import events
from textual.app import App
from textual.pilot import Pilot
from textual.widgets import Input
from textual.worker import WorkerCancelled, WorkerFailed

from reader.config import load_config
from reader.corpus import open_catalog
from reader.crashlog import STATE_DIR_ENV

SEEDS = Path(__file__).resolve().parent.parent.parent / "seeds"
A_YEAR_AGO = time.time() - 365 * 86400


@pytest.fixture(autouse=True)
def steady_cursor(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every Input starts with its cursor not blinking: a blink timer makes snapshots flaky
    and keeps the app busy, so each Pilot pause waits longer for it to go idle."""
    real_init = Input.__init__

    def init(self: Input, *args: object, **kwargs: object) -> None:
        real_init(self, *args, **kwargs)  # type: ignore[arg-type]
        self.set_reactive(Input.cursor_blink, False)

    monkeypatch.setattr(Input, "__init__", init)


@pytest.fixture(autouse=True)
def isolated_state_dir(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Crash reports (and any other state) of the app under test go to a fresh folder, not the user's."""
    folder = tmp_path_factory.mktemp("state")
    monkeypatch.setenv(STATE_DIR_ENV, str(folder))
    return folder


@pytest.fixture
def wait_for_workers() -> Callable[[Pilot[None]], Awaitable[None]]:
    """Wait until the app's workers (loading, then indexing) are done and what they posted is handled.

    A failed worker is waited for like any other: the app, not the test, is to report it.
    """

    async def wait(pilot: Pilot[None]) -> None:
        for _ in range(100):  # the load worker starts the index worker: look again after each
            pending = [worker for worker in pilot.app.workers if not worker.is_finished]
            if not pending:
                break
            with suppress(WorkerFailed, WorkerCancelled):
                await pilot.app.workers.wait_for_complete(pending)
            await pilot.pause()
        await pilot.pause()

    return wait


@pytest.fixture
def type_fast() -> Callable[..., Awaitable[None]]:
    """Send keys as a fast typist does: every key a Key event for the app, with no wait between them.

    `pilot.press` waits for the app to go idle after each key (~0.1 s); a test that types ten
    queries would spend most of its time there. The app still handles each key on its own (an
    Input.Changed, a refilter), in order, and the pause at the end waits until all are done.
    """

    async def type_keys(pilot: Pilot[None], *keys: str) -> None:
        for key in keys:
            char = " " if key == "space" else "/" if key == "slash" else key if len(key) == 1 else None
            pilot.app.post_message(events.Key(key, char))
        await pilot.pause()

    return type_keys


@dataclass(frozen=True)
class Screenshot:
    """The screen as the terminal would receive it."""

    text: str  # what a reader sees
    ansi: str  # the bytes written, escape sequences included
    active: tuple[str, ...]  # text of every cell carrying a link or a click action


@pytest.fixture
def screenshot() -> Callable[[App[None]], Screenshot]:
    def take(app: App[None]) -> Screenshot:
        width, height = app.size
        console = Console(width=width, height=height, file=io.StringIO(), force_terminal=True,
                          color_system="truecolor", record=True, legacy_windows=False)
        update = app.screen._compositor.render_update(full=True, screen_stack=app._background_screens)
        active = tuple(segment.text for segment in console.render(update)
                       if segment.style is not None and (segment.style.link or _actions(segment.style.meta)))
        console.print(update)
        ansi = console.file.getvalue()  # type: ignore[attr-defined]
        return Screenshot(console.export_text(), ansi, active)

    return take


def _actions(meta: dict[str, object]) -> list[str]:
    """Markup's `[@click=...]` puts the action in the cell style's meta (a scrollbar's own `@mouse.*` is Textual's)."""
    return [key for key in meta if key == "@click"]


@pytest.fixture
def stored_folder(tmp_path: Path) -> Path:
    """A copy of the seeds whose store is written, as after a first start (its pages a year old)."""
    folder = tmp_path / "pages"
    shutil.copytree(SEEDS, folder)
    for path in folder.iterdir():
        os.utime(path, (A_YEAR_AGO, A_YEAR_AGO))
    open_catalog(folder, load_config(None)).close()
    return folder
