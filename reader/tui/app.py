"""ReaderApp: opens the folder's catalog in a worker, then hands it to the main screen.

The list is painted as soon as the catalog's rows are read (articles are read when shown,
reader/catalog.py); the search index is opened
afterwards in a second worker (the store's FTS5 index; built in memory with --no-cache),
and a search typed meanwhile runs when it arrives. Workers post messages (messages.py)
rather than call into the screen; an unexpected error in one shows the error screen
with where its report was written, never a traceback.

What the reader remembers (reading_state.py) is opened here, before the first screen, so
that the list opens in the order and on the article left last time; the theme picked in the
palette is saved as it changes and set again at the start.

The cyclic garbage collector is held off from the mount to the first painted list: the start
makes a few hundred thousand objects (rows, widgets) and has almost no cyclic garbage, and the
collections it triggered walked them again and again, a fifth of a warm start's CPU at 10,000
pages. What is alive then is frozen (never walked again: it lives as long as the app), and a cold
parse, which makes garbage for minutes, turns the collector back on when it starts.

`run(config, folder)` is what `reader` calls; it checks the keymap first so a bad
`keys:` entry is a one-line ConfigError (exit 2) rather than a broken app.
"""

from __future__ import annotations

import asyncio
import contextlib
import gc
import os
import signal
import sqlite3
import sys
import threading
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import ClassVar, TypeVar

from rich.console import RenderableType
from textual import events, on, work
from textual.app import App
from textual.binding import Binding, BindingType
from textual.screen import Screen
from textual.theme import Theme
from textual.widgets import Input
from textual.worker import Worker, WorkerState

from reader.catalog import Catalog, MemoryCatalog
from reader.config import DEFAULT_HIGHLIGHT, Config
from reader.corpus import glance_catalog, open_catalog, peek_catalog, recheck_catalog
from reader.crashlog import describe, state_dir, write_report
from reader.load import FolderError, check_folder
from reader.model import Corpus, Problem
from reader.progress import ProgressClock
from reader.tui.commands import ReaderCommands
from reader.tui.hangup import POLL_SECONDS, hung_up
from reader.tui.keymap import bind, check_keys, keys_in_force
from reader.tui.messages import CatalogLoaded, FirstScreenRead, IndexReady, LoadFailed, Parsing
from reader.tui.reading_state import FirstScreen, ReadingState
from reader.tui.screens.error import ErrorScreen
from reader.tui.screens.help import HelpScreen
from reader.tui.screens.main import MainScreen, quitting
from reader.tui.screens.problems import ProblemsScreen, problem_files, problems_summary

# Each ends the app as `q` does, with the terminal restored; the exit status is 128 + the signal.
ENDING_SIGNALS = (signal.SIGINT, signal.SIGTERM, signal.SIGHUP)
Result = TypeVar("Result")
DOING = {"_load": "loading the folder", "_index": "building the search index"}
# Rows read for the first screen before the catalog: a tall terminal's list (100 lines) shows 25; the
# window is centred on the last article, so this leaves a screen's rows either side of it.
FIRST_SCREEN_ROWS = 80


class ReaderApp(App[None]):
    """The reading app; pass `corpus` to skip loading (tests, benchmarks).

    `handle_signals` (set by `run`, not by tests driving the app in their own process) makes
    SIGINT, SIGTERM and SIGHUP end the app through its normal exit, which restores the terminal.
    """

    CSS_PATH = "reader.tcss"
    COMMANDS = App.COMMANDS | {ReaderCommands}
    TITLE = "reader"
    BINDINGS: ClassVar[list[BindingType]] = [
        bind("help", "help"),
        bind("quit", "quit"),
        bind("palette", "command_palette", show=False, priority=True),
        bind("interrupt", "quit", show=False, priority=True),  # Ctrl+C quits, even in the search box
    ]

    def __init__(self, config: Config, folder: Path, corpus: Corpus | None = None, *, use_cache: bool = True,
                 handle_signals: bool = False) -> None:
        super().__init__()
        self.config = config
        self.folder = folder
        self.use_cache = use_cache  # False for --no-cache
        self.handle_signals = handle_signals
        self.keymap = check_keys(config)
        self.catalog: Catalog | None = MemoryCatalog(corpus) if corpus is not None else None
        self.problems: tuple[Problem, ...] = ()
        self.load_pending = corpus is None  # until the load worker is done; `run` will not wait for it
        self.reading, self.state_problem = ReadingState.open(folder)
        self.reading.warn = self._say_unsaved
        self.main = MainScreen(folder, {name: style for name, style in config.highlight.items()
                                        if style != DEFAULT_HIGHLIGHT.get(name)},
                                self.reading.sort() or config.sort, config.reading_width,
                                reading=self.reading, read_after=config.read_after)
        self.set_keymap(self.keymap)

    def get_default_screen(self) -> Screen[None]:
        return self.main

    def on_key(self, event: events.Key) -> None:
        """A letter that bubbles up here while a text box has the focus goes into the box.

        Textual hands each key to the widget focused when it arrives and runs its binding when it
        has bubbled up here: in a burst ("jf/obama" typed fast or pasted) the letters after "/" were
        handed to the list before "/" gave the search box the focus, and the box's binding chain,
        which leaves letters to the box, dropped them. A letter the box got itself never gets here.
        """
        focused = self.focused
        if isinstance(focused, Input) and event.is_printable:
            event.prevent_default()  # the box's letter, not a binding's
            focused.post_message(events.Key(event.key, event.character))

    def on_mount(self) -> None:
        theme = self.reading.theme()
        if theme is not None and theme in self.available_themes:
            self.theme = theme
        self.theme_changed_signal.subscribe(self, self._theme_changed)
        if self.state_problem is not None:
            self._say_unsaved(f"{self.state_problem}. Nothing is saved this time; the file is left as it is.")
        if self.handle_signals:
            loop = asyncio.get_running_loop()
            for signum in ENDING_SIGNALS:
                loop.add_signal_handler(signum, self.exit, None, 128 + signum)
            self._watch_terminal()
        if self.catalog is not None:
            self.main.post_message(CatalogLoaded(self.catalog))
            self.main.post_message(IndexReady(self.catalog.search_index()))
            settled()
        else:
            gc.disable()  # until the list is painted (module docstring)
            self._load()

    def _watch_terminal(self) -> None:
        """End as on SIGHUP when the terminal goes away without sending it (reader/tui/hangup.py)."""
        stdin = sys.__stdin__
        if stdin is None:
            return
        fd = stdin.fileno()

        def check() -> None:
            if hung_up(fd):
                self.exit(None, 128 + signal.SIGHUP)

        check()  # it may have gone before the first screen
        self.set_interval(POLL_SECONDS, check)

    # Each worker is given its description: Textual's default is the repr of every argument.
    @work(exclusive=True, exit_on_error=False, description="open the folder")
    async def _load(self) -> None:
        """Open the folder off the UI thread; the screen paints its rows when CatalogLoaded arrives.

        A folder the store can vouch for is painted as the store last saw it, then checked (every
        page stat'ed against the store); only a folder that changed meanwhile is shown again.
        """
        clock = ProgressClock()

        def parsed(done: int, total: int) -> None:  # in the loading thread: posting is thread-safe
            self.main.post_message(Parsing(clock(done, total), growing=self.use_cache))

        try:
            first = await in_daemon_thread(self._first_screen) if self.use_cache else None
            if first is not None:
                self.main.post_message(FirstScreenRead(first))
                await self._painted()
            shown = await in_daemon_thread(partial(peek_catalog, self.folder, self.config)) if self.use_cache else None
            if shown is not None:
                await self._hand_over(shown)
                await self._painted()
                checked = await in_daemon_thread(partial(recheck_catalog, shown, self.config, progress=parsed))
                catalog = shown if checked is None else checked
            else:
                catalog = await in_daemon_thread(partial(open_catalog, self.folder, self.config,
                                                         use_cache=self.use_cache, progress=parsed))
        except FolderError as err:
            self.main.post_message(LoadFailed(self.folder, str(err)))
            return
        if catalog is not shown:
            await self._hand_over(catalog)
            if shown is not None:
                self.call_after_refresh(shown.close)  # the screen has moved on to the folder as it is now
        self.call_after_refresh(self._index, catalog)

    def _first_screen(self) -> FirstScreen | None:
        """The rows of the list's first screen, its counts and marks, without the catalog (None: not knowable so)."""
        glance = glance_catalog(self.folder, self.config)
        if glance is None:
            return None
        try:
            return self.reading.first_screen(glance, self.main.list_order, FIRST_SCREEN_ROWS) if glance.total else None
        except sqlite3.Error:
            return None  # the catalog's read says what is wrong, if anything is
        finally:
            glance.close()

    async def _hand_over(self, catalog: Catalog) -> None:
        await in_daemon_thread(partial(self.reading.attach, catalog.rows))  # its marks, off the UI thread
        self.main.post_message(CatalogLoaded(catalog))

    async def _painted(self) -> None:
        """Back once the screen has been refreshed with what was posted to it."""
        refreshed = asyncio.Event()
        self.main.call_after_refresh(refreshed.set)
        await refreshed.wait()

    @work(exclusive=True, group="index", exit_on_error=False, description="open the search index")
    async def _index(self, catalog: Catalog) -> None:
        """Open the search index once the list is painted (built in memory without the store)."""
        index = await in_daemon_thread(catalog.search_index)
        self.main.post_message(IndexReady(index))
        await in_daemon_thread(lambda: catalog.officials)  # read now rather than at the first `o` or `@name`
        settled()

    def on_catalog_loaded(self, message: CatalogLoaded) -> None:
        """After the screen has shown it: keep it and say what was skipped."""
        catalog = message.catalog
        self.catalog, self.problems, self.load_pending = catalog, catalog.problems, False
        if not gc.isenabled():
            self.call_after_refresh(_collect_again, freeze=True)
        if catalog.problems:
            paths = problem_files(catalog.problems)
            files = ", ".join(paths[:3]) + (", …" if len(paths) > 3 else "")
            self.notify(f"{problems_summary(catalog.problems)}: {files}. "
                        f"Press {self._keys('help')} then {self._keys('problems')} for the reasons.",
                        title="Problems", severity="warning", timeout=8, markup=False)

    def on_parsing(self, _message: Parsing) -> None:
        """A cold parse has started: it makes garbage for as long as it runs."""
        _collect_again(freeze=False)

    def on_load_failed(self, message: LoadFailed) -> None:
        """After the screen has said so: the problems view lists it too."""
        _collect_again(freeze=False)
        self.load_pending = False
        self.problems = (Problem(str(message.folder), message.reason),)

    @on(Worker.StateChanged)
    def _worker_failed(self, event: Worker.StateChanged) -> None:
        """A bug in a worker: the error screen says so and where the report is, instead of a traceback."""
        error = event.worker.error
        if event.state != WorkerState.ERROR or error is None:
            return
        self.load_pending = False
        line = describe(error)
        try:
            path: Path | None = write_report(error)  # the same report `reader export` writes
            why_not = ""
        except OSError as err:
            path, why_not = None, f"{state_dir()}: {(err.strerror or type(err).__name__).lower()}"
        if event.worker.name == "_load":  # a message, so the screen handles it after its mount
            self.main.post_message(LoadFailed(self.folder, f"stopped by an internal error: {line}"))
        self.push_screen(ErrorScreen(DOING.get(event.worker.name, "working"), line, path, why_not))

    def _theme_changed(self, theme: Theme) -> None:
        self.reading.remember_theme(theme.name)

    def _say_unsaved(self, line: str) -> None:
        """The state database cannot be opened or written (said once per run either way)."""
        self.notify(line, title="Reading state", severity="warning", timeout=10, markup=False)

    def exit(self, result: None = None, return_code: int = 0, message: RenderableType | None = None) -> None:
        """Every way out (q, Ctrl+C, a signal) comes here: remember the article open and its scroll first."""
        if self.main.is_mounted:
            self.main.remember_position()
        super().exit(result, return_code, message)

    def on_unmount(self) -> None:
        self.reading.close()
        gc.enable()
        gc.unfreeze()  # another app may follow in this process (tests): this one's objects can go

    def _keys(self, binding_id: str) -> str:
        return "/".join(self.get_key_display(Binding(key, "")) for key in keys_in_force(binding_id, self.keymap))

    def action_help(self) -> None:
        if quitting(self):
            return
        if not isinstance(self.screen, HelpScreen | ProblemsScreen | ErrorScreen):  # their own keys close them
            self.push_screen(HelpScreen(self.keymap, self.problems))


def settled() -> None:
    """The catalog is in memory (its rows and the officials index): leave it out of the cyclic collector.

    Nothing loaded is garbage while the app runs, yet each full collection walked all of it (hundreds
    of thousands of objects at 10,000 pages): a key or a screen that happened to trigger one took
    several times its own cost. Frozen objects are still freed by reference counting.
    """
    gc.freeze()


def _collect_again(*, freeze: bool) -> None:
    """The collector back on after the start, what is alive by then frozen out of its walks if `freeze`."""
    if not gc.isenabled():
        if freeze:
            gc.freeze()
        gc.enable()


async def in_daemon_thread(function: Callable[[], Result]) -> Result:
    """`function()` in a daemon thread, awaited.

    Not a thread worker: those run in asyncio's default executor, whose threads `asyncio.run`
    joins at exit, so quitting (or a SIGTERM) during a cold parse of 10,000 pages would wait
    for the parse to finish. A daemon thread is left behind instead.
    """
    loop = asyncio.get_running_loop()
    future: asyncio.Future[Result] = loop.create_future()

    def settle(outcome: Callable[[], None]) -> None:
        if not future.done():  # the app may have cancelled the worker awaiting it
            outcome()

    def target() -> None:
        try:
            result = function()
        except BaseException as err:  # handed to the worker, whose failure the app reports
            outcome: Callable[[], None] = partial(future.set_exception, err)
        else:
            outcome = partial(future.set_result, result)
        with contextlib.suppress(RuntimeError):  # the loop is closed: the app has already gone
            loop.call_soon_threadsafe(settle, outcome)

    threading.Thread(target=target, name="reader-worker", daemon=True).start()
    return await future


def run(config: Config, folder: Path, *, use_cache: bool = True) -> int:
    """Start the app on `folder`; ConfigError/FolderError propagate to the CLI (exit 2)."""
    check_folder(folder)  # a missing or unreadable folder is a one-line error, not an empty app
    app = ReaderApp(config, folder, use_cache=use_cache, handle_signals=True)
    app.run()
    status = app.return_code or 0
    if app.load_pending:
        # Quit (or a signal) while the folder is still being parsed: the terminal is restored, but
        # Python's exit would wait for the parsing thread to finish. Nothing is left to save.
        for stream in (sys.stdout, sys.stderr):
            if stream is not None:
                stream.flush()
        os._exit(status)
    return status
