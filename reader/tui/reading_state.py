"""What the app remembers between runs: read marks, flags, scroll positions, the last article, sorts, theme.

Why a layer over the state database: the screens know articles by id, the database by
ArticleKey (which survives a re-parse), so this maps one to the other; it keeps the marks in
memory, so drawing a row never queries the file; and it works the same, saving nothing, when
the database cannot be opened. Every write is one small transaction on the UI thread (a
few ms); a write that fails is said once, through `warn`, and the app goes on.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from reader.catalog import Glance, Row
from reader.chronology import SortOrder
from reader.roster import OfficialsOrder
from reader.store.state_db import ArticleKey, StateStore, StateUnavailable, Titled, article_keys

THEME_SETTING = "theme"
# One order for every folder: it is how the reader likes to scan people, not a property of a folder.
OFFICIALS_SORT_SETTING = "officials_sort"
SCROLL_STEP = 0.5  # a scroll position that moved less than this (half a line) is not written again


@dataclass(frozen=True, slots=True)
class FirstScreen:
    """What the list shows before its rows are read (catalog.Glance): a window of rows, the counts, the marks."""

    rows: tuple[Row, ...]
    start: int  # the position of rows[0] in the list
    cursor: int  # the selected row's position: the last article's, else the first
    total: int
    unread: int  # of all the listed articles
    read: frozenset[str]  # ids among `rows`
    flagged: frozenset[str]

    def is_read(self, article_id: str) -> bool:
        return article_id in self.read

    def is_flagged(self, article_id: str) -> bool:
        return article_id in self.flagged


class ReadingState:
    """The marks of one folder's articles, by id, backed by the state database when it opened."""

    def __init__(self, store: StateStore | None, folder: Path, warn: Callable[[str], None] = lambda _line: None
                 ) -> None:
        self.store = store
        self.folder = folder
        self.warn = warn
        self.keys: dict[str, ArticleKey] = {}  # worked out so far (key_of works out the rest when asked)
        self.read: set[str] = set()
        self.flagged: set[str] = set()
        self.scrolls: dict[str, float] = {}
        self.last_id: str | None = None
        self._warned = False
        self._attached: Sequence[Titled] | None = None
        # The attached articles not keyed yet, by file, and each one's file: made when a key is first asked for.
        self._by_file: dict[str, list[Titled]] | None = None
        self._file_of: dict[str, str] = {}

    @classmethod
    def open(cls, folder: Path, path: Path | None = None) -> tuple[ReadingState, str | None]:
        """The state of `folder`, and None; or a state that saves nothing and the one line saying why."""
        try:
            return cls(StateStore.open(path), folder), None
        except StateUnavailable as err:
            return cls(None, folder), str(err)

    def close(self) -> None:
        if self.store is not None:
            self.store.close()
            self.store = None

    def attach(self, articles: Sequence[Titled]) -> None:
        """Take the folder's articles, and what was remembered of each.

        Only the articles of the files the state database knows are keyed here (a key hashes the
        title: 26,884 of them were a fifth of a warm start's CPU before the first paint); the
        others are keyed when a mark or a position of theirs is first written (key_of). The app
        calls it in its loading thread, the screen again when the corpus arrives, which then
        costs nothing for the same articles.
        """
        if articles is self._attached:
            return
        remembered = self.store.articles() if self.store is not None else {}
        last = self.store.last_article(self.folder) if self.store is not None else None
        known = {key.file for key in remembered}
        if last is not None:
            known.add(last.file)
        keys = article_keys(article for article in articles if article.file in known) if known else {}
        read, flagged, scrolls = set(), set(), {}
        for article_id, key in keys.items():
            state = remembered.get(key)
            if state is None:
                continue
            if state.read:
                read.add(article_id)
            if state.flagged:
                flagged.add(article_id)
            if state.scroll:
                scrolls[article_id] = state.scroll
        self.last_id = next((i for i, key in keys.items() if key == last), None) if last is not None else None
        self.keys, self.read, self.flagged, self.scrolls = keys, read, flagged, scrolls
        self._attached, self._by_file, self._file_of = articles, None, {}

    def key_of(self, article_id: str) -> ArticleKey | None:
        """The article's key (None if it is not one of the attached articles), its file's keyed at once."""
        key = self.keys.get(article_id)
        if key is not None or self._attached is None:
            return key
        if self._by_file is None:
            self._by_file, self._file_of = {}, {}
            for article in self._attached:
                self._by_file.setdefault(article.file, []).append(article)
                self._file_of[article.id] = article.file
        file = self._file_of.get(article_id)
        if file is None or file not in self._by_file:
            return None
        self.keys.update(article_keys(self._by_file.pop(file)))  # its rank among same-titled ones needs them all
        return self.keys.get(article_id)

    def first_screen(self, glance: Glance, order: SortOrder, count: int) -> FirstScreen:
        """`count` rows of the list in `order` around the last article (else from the top), with their marks
        and the unread count; only the files of those rows and of the remembered articles are keyed."""
        remembered = self.store.articles() if self.store is not None else {}
        last = self.store.last_article(self.folder) if self.store is not None else None
        around = None
        if last is not None:
            around = next((i for i, key in article_keys(glance.of_files([last.file])).items() if key == last), None)
        start, window = glance.window(order, count, around)
        rows = tuple(window)
        read = {key for key, state in remembered.items() if state.read}
        flagged = {key for key, state in remembered.items() if state.flagged}
        keys = article_keys(glance.of_files({key.file for key in read} | {row.file for row in rows}))
        cursor = next((start + n for n, row in enumerate(rows) if row.id == around), start)
        return FirstScreen(rows, start, cursor, glance.total,
                           glance.total - sum(1 for key in keys.values() if key in read),
                           frozenset(row.id for row in rows if keys[row.id] in read),
                           frozenset(row.id for row in rows if keys[row.id] in flagged))

    # -- marks -------------------------------------------------------------------------------------

    def is_read(self, article_id: str) -> bool:
        return article_id in self.read

    def is_flagged(self, article_id: str) -> bool:
        return article_id in self.flagged

    def unread_count(self, article_ids: Iterable[str]) -> int:
        return sum(1 for article_id in article_ids if article_id not in self.read)

    def set_read(self, article_ids: Sequence[str], read: bool) -> None:
        """Mark articles read or unread; those already so are left out, the rest is one transaction."""
        changing = [(i, key) for i in article_ids if (i in self.read) != read and (key := self.key_of(i)) is not None]
        if not changing:
            return
        (self.read.update if read else self.read.difference_update)(i for i, _key in changing)
        if self.store is not None:
            self._saved(self.store.set_read([key for _i, key in changing], read))

    def set_flagged(self, article_id: str, flagged: bool) -> None:
        key = self.key_of(article_id)
        if key is None or (article_id in self.flagged) == flagged:
            return
        (self.flagged.add if flagged else self.flagged.discard)(article_id)
        if self.store is not None:
            self._saved(self.store.set_flagged([key], flagged))

    # -- positions ---------------------------------------------------------------------------------

    def scroll(self, article_id: str) -> float:
        return self.scrolls.get(article_id, 0.0)

    def remember_scroll(self, article_id: str, scroll: float) -> None:
        """Where an article was left; written only when it moved."""
        if abs(self.scroll(article_id) - scroll) < SCROLL_STEP or (key := self.key_of(article_id)) is None:
            return
        self.scrolls[article_id] = scroll
        if self.store is not None:
            self._saved(self.store.set_scroll(key, scroll))

    def remember_last(self, article_id: str) -> None:
        if article_id == self.last_id or (key := self.key_of(article_id)) is None:
            return
        self.last_id = article_id
        if self.store is not None:
            self._saved(self.store.set_last_article(self.folder, key))

    # -- choices -----------------------------------------------------------------------------------

    def sort(self) -> SortOrder | None:
        """The order last chosen for this folder, if any (a value this reader does not know is ignored)."""
        value = self.store.sort(self.folder) if self.store is not None else None
        return SortOrder(value) if value in {order.value for order in SortOrder} else None

    def remember_sort(self, order: SortOrder) -> None:
        if self.store is not None:
            self._saved(self.store.set_sort(self.folder, order.value))

    def officials_sort(self) -> OfficialsOrder | None:
        """The officials view's order last chosen (kept by its name, which no label change touches)."""
        value = self.store.setting(OFFICIALS_SORT_SETTING) if self.store is not None else None
        return next((order for order in OfficialsOrder if order.name.lower() == value), None)

    def remember_officials_sort(self, order: OfficialsOrder) -> None:
        if self.store is not None:
            self._saved(self.store.set_setting(OFFICIALS_SORT_SETTING, order.name.lower()))

    def theme(self) -> str | None:
        return self.store.setting(THEME_SETTING) if self.store is not None else None

    def remember_theme(self, name: str) -> None:
        if self.store is not None and self.store.setting(THEME_SETTING) != name:
            self._saved(self.store.set_setting(THEME_SETTING, name))

    def _saved(self, ok: bool) -> None:
        if not ok and not self._warned and self.store is not None:
            self._warned = True
            self.warn(f"{self.store.path}: cannot write; a mark or position may not be saved")
