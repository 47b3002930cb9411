"""ReaderApp: loads the corpus in a worker, then hands it to the main screen.

The list is painted as soon as the corpus is loaded; the search index is opened
afterwards in a second worker (the store's FTS5 index; built in memory with --no-cache), and a
search typed meanwhile runs when it arrives.

`run(config, folder)` is what `reader` calls; it checks the keymap first so a bad
`keys:` entry is a one-line ConfigError (exit 2) rather than a broken app.
"""

from __future__ import annotations

from pathlib import Path
from typing import ClassVar

from textual import work
from textual.app import App
from textual.binding import Binding, BindingType
from textual.screen import Screen

from reader.config import DEFAULT_HIGHLIGHT, Config
from reader.corpus import CorpusBuild, load_corpus
from reader.load import FolderError, list_page_files
from reader.model import Corpus, Problem
from reader.search import SearchIndex
from reader.tui.keymap import bind, check_keys, keys_in_force
from reader.tui.screens.help import HelpScreen
from reader.tui.screens.main import MainScreen
from reader.tui.screens.problems import ProblemsScreen


class ReaderApp(App[None]):
    """The reading app; pass `corpus` to skip loading (tests, benchmarks)."""

    CSS_PATH = "reader.tcss"
    TITLE = "reader"
    BINDINGS: ClassVar[list[BindingType]] = [
        bind("help", "help"),
        bind("quit", "quit"),
    ]

    def __init__(self, config: Config, folder: Path, corpus: Corpus | None = None, *, use_cache: bool = True) -> None:
        super().__init__()
        self.config = config
        self.folder = folder
        self.use_cache = use_cache  # False for --no-cache
        self.keymap = check_keys(config)
        self.corpus = corpus
        self.build: CorpusBuild | None = None  # what the loading worker built, the store open for search
        self.problems: tuple[Problem, ...] = ()
        self.main = MainScreen(folder, {name: style for name, style in config.highlight.items()
                                if style != DEFAULT_HIGHLIGHT.get(name)})
        self.set_keymap(self.keymap)

    def get_default_screen(self) -> Screen[None]:
        return self.main

    def on_mount(self) -> None:
        if self.corpus is not None:
            self._loaded(self.corpus, SearchIndex(self.corpus.articles))
        else:
            self._load()

    @work(thread=True, exclusive=True)
    def _load(self) -> None:
        """Read and clean the folder off the UI thread, show it, then index it for search."""
        try:
            self.build = load_corpus(self.folder, self.config, use_cache=self.use_cache)
            corpus = self.build.corpus
        except FolderError as err:
            corpus = Corpus(self.folder, (), (Problem(str(self.folder), str(err)),))
        self.call_from_thread(self._loaded, corpus, None)

    @work(thread=True, exclusive=True, group="index")
    def _index(self, corpus: Corpus) -> None:
        """Open the search index once the list is painted (built in memory without the store)."""
        index = self.build.search_index() if self.build is not None else SearchIndex(corpus.articles)
        self.call_from_thread(self.main.set_index, index)

    def _loaded(self, corpus: Corpus, index: SearchIndex | None) -> None:
        self.corpus = corpus
        self.problems = corpus.problems
        self.main.load(corpus, index)
        if index is None:
            self.call_after_refresh(self._index, corpus)
        if corpus.problems:
            count = len(corpus.problems)
            files = ", ".join(problem.path for problem in corpus.problems[:3]) + (", …" if count > 3 else "")
            self.notify(f"{count} file{'s' if count != 1 else ''} skipped or read with a warning: {files}. "
                        f"Press {self._keys('help')} then {self._keys('problems')} for the reasons.",
                        title="Problems", severity="warning", timeout=8, markup=False)

    def _keys(self, binding_id: str) -> str:
        return "/".join(self.get_key_display(Binding(key, "")) for key in keys_in_force(binding_id, self.keymap))

    def action_help(self) -> None:
        if not isinstance(self.screen, HelpScreen | ProblemsScreen):  # already there: the screen's keys close it
            self.push_screen(HelpScreen(self.keymap, self.problems))

def run(config: Config, folder: Path, *, use_cache: bool = True) -> int:
    """Start the app on `folder`; ConfigError/FolderError propagate to the CLI (exit 2)."""
    list_page_files(folder)  # a missing or unreadable folder is a one-line error, not an empty app
    app = ReaderApp(config, folder, use_cache=use_cache)
    app.run()
    return app.return_code or 0
