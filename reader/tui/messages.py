"""What the app's workers post to the main screen when they finish.

Workers run off the UI thread; instead of calling into the screen, they post one of
these (posting is thread-safe) and the screen handles it on its own thread. The
messages bubble on to the app, which notifies skipped files and starts the next step.
"""

from __future__ import annotations

from pathlib import Path

from textual.message import Message

from reader.catalog import Catalog
from reader.progress import ParseProgress
from reader.search import SearchIndex
from reader.tui.reading_state import FirstScreen


class FirstScreenRead(Message):
    """The rows of the list's first screen and its counts are read, before the catalog: paint them."""

    def __init__(self, first: FirstScreen) -> None:
        super().__init__()
        self.first = first


class CatalogLoaded(Message):
    """The folder's list rows are read: the list can be painted (the search index comes later)."""

    def __init__(self, catalog: Catalog) -> None:
        super().__init__()
        self.catalog = catalog


class Parsing(Message):
    """A batch of pages was parsed and written: the list may grow, the progress line counts."""

    def __init__(self, progress: ParseProgress, growing: bool) -> None:
        super().__init__()
        self.progress = progress
        self.growing = growing  # written to the store, where the list can read them (not with --no-cache)


class IndexReady(Message):
    """The search index is built; a search typed meanwhile can run."""

    def __init__(self, index: SearchIndex) -> None:
        super().__init__()
        self.index = index


class LoadFailed(Message):
    """The folder could not be read after all (removed or locked after the start-up check)."""

    def __init__(self, folder: Path, reason: str) -> None:
        super().__init__()
        self.folder = folder
        self.reason = reason
