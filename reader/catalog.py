"""Where the app's articles come from: the list's rows at start, an article only when it is shown.

Why not a Corpus: materialising every article (blocks, dates, mentions) of 10,000 pages before
the list could paint took 8.3 s and ~300 MB, while the list needs four fields of each. A
catalog answers what the app asks (the rows, one article, which articles a `date:` span or a
timeline needs) from the corpus database with SQL (`StoreCatalog`), or from a Corpus held in
memory (`MemoryCatalog`: `--no-cache`, tests), behind one protocol.
"""

from __future__ import annotations

import os
import threading
from collections import OrderedDict
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import NamedTuple, Protocol

from reader.chronology import ArticleDate, SortOrder, article_date
from reader.model import Article, Block, Corpus, DateMention, Official, Problem
from reader.query import DateFilter, dated_in, name_matches
from reader.search import SearchIndex
from reader.store.corpus_db import CorpusStore, FolderIndex, ListRow

OPEN_ARTICLES = 16  # articles kept after they were shown: going back and forth reads none again


class Row(NamedTuple):
    """One article as the list shows and sorts it.

    A tuple rather than a frozen dataclass: a start of 100,000 pages makes 268,720 of them, and a
    frozen dataclass sets each field through object.__setattr__ (2.7 s of that start, profiled).
    """

    id: str
    file: str
    title: str
    date: ArticleDate | None


@dataclass(frozen=True, slots=True)
class Dated:
    """An article's date mentions without its text, for the timeline (reader/timeline.py)."""

    id: str
    title: str
    dates: tuple[DateMention, ...]


class Glance:
    """The first screen of a folder the store can vouch for, read before its rows (corpus.glance_catalog).

    Why: reading and sorting every row (26,884 at 10,000 pages) was most of a warm start's work
    before its first paint, while the screen shows a dozen. A glance counts the articles and
    reads the rows of one screen in the list's order with SQL; the app paints them as a
    preview, then reads the catalog. A preview is only drawn, never acted on, so its rows'
    ids are the store's rowids (unique however the pages' own ids collide).
    """

    def __init__(self, store: CorpusStore) -> None:
        self.store = store
        self.total = store.article_count()

    def window(self, order: SortOrder, count: int, around: str | None = None) -> tuple[int, list[Row]]:
        """`count` rows in `order` from the top, or around the row of id `around`; the first one's position."""
        start, rows = self.store.list_window(order, count, int(around) if around is not None else None)
        return start, self._rows(rows)

    def of_files(self, files: Iterable[str]) -> list[Row]:
        """Every article of the given files, in file order (what their reading-state keys are made of)."""
        return self._rows(self.store.rows_of_files(files))

    def close(self) -> None:
        self.store.close()

    @staticmethod
    def _rows(rows: Sequence[ListRow]) -> list[Row]:
        made = _RowMaker()
        return [made(row, str(row[1])) for row in rows]


class Catalog(Protocol):
    """What the app reads articles through; every id is one of `rows`."""

    folder: Path
    rows: tuple[Row, ...]  # file order
    problems: tuple[Problem, ...]

    @property
    def officials(self) -> tuple[Official, ...]: ...

    def officials_if_read(self) -> tuple[Official, ...]:
        """The officials index if it is in memory already, else () without waiting (the entities panel)."""
        ...

    def article(self, article_id: str) -> Article: ...

    def with_official(self, name: Sequence[str]) -> frozenset[str]:
        """Ids of the articles that mention an official whose name fits `name` (query.name_matches)."""
        ...

    def dated_in(self, span: DateFilter) -> frozenset[str]:
        """Ids of the articles published in the span or with a date mention in it (query.dated_in)."""
        ...

    def dates_of(self, ids: Sequence[str]) -> Iterator[Dated]:
        """The date mentions of the given articles, in their order."""
        ...

    def block_text(self, article_id: str, block: int) -> str: ...

    def search_index(self) -> SearchIndex: ...

    def close(self) -> None: ...


def row_of(article: Article) -> Row:
    return Row(article.id, article.file, article.title, article_date(article))


def officials_named(officials: Sequence[Official], name: Sequence[str]) -> frozenset[str]:
    """The index holds every mention's person once: far fewer names to fold than mentions."""
    return frozenset(i for o in officials if name_matches(name, o.name) for i in o.article_ids)


class MemoryCatalog:
    """A catalog over a Corpus already in memory (--no-cache, tests)."""

    def __init__(self, corpus: Corpus) -> None:
        self.folder = corpus.folder
        self.corpus = corpus
        self.rows = tuple(row_of(article) for article in corpus.articles)
        self.problems = corpus.problems
        self.officials = corpus.officials
        self._by_id = {article.id: article for article in corpus.articles}

    def article(self, article_id: str) -> Article:
        return self._by_id[article_id]

    def officials_if_read(self) -> tuple[Official, ...]:
        return self.officials

    def with_official(self, name: Sequence[str]) -> frozenset[str]:
        if self.officials:
            return officials_named(self.officials, name)
        return frozenset(a.id for a in self.corpus.articles if any(name_matches(name, m.name) for m in a.officials))

    def dated_in(self, span: DateFilter) -> frozenset[str]:
        return frozenset(a.id for a in self.corpus.articles if dated_in(a, span))

    def dates_of(self, ids: Sequence[str]) -> Iterator[Dated]:
        for article_id in ids:
            article = self._by_id[article_id]
            yield Dated(article.id, article.title, article.dates)

    def block_text(self, article_id: str, block: int) -> str:
        return self._by_id[article_id].blocks[block].text

    def search_index(self) -> SearchIndex:
        return SearchIndex(self.corpus.articles)

    def close(self) -> None:
        """Nothing is open."""


class StoreCatalog:
    """A catalog over the corpus database: rows read at start, articles read when asked for.

    The store holds each page's own parse; the folder's evidence (reader/clean/evidence.py) is
    applied on the way out, as the export applies it, so both show the same article.
    """

    def __init__(self, folder: Path, store: CorpusStore, rows: Sequence[ListRow], ids: Sequence[str],
                 index: FolderIndex, problems: tuple[Problem, ...], names: Sequence[str] = ()) -> None:
        self.folder = folder
        self.store = store
        self.names = names  # the page files the rows come from, in the folder's order
        # False while the folder has not been checked against the store (a catalog painted first,
        # corpus.peek_catalog): an article is then shown only if its page is still there.
        self.verified = True
        self.latest_rowid = max((row[1] for row in rows), default=0)
        made = _RowMaker()
        self.rows = tuple(made(row, article_id) for row, article_id in zip(rows, ids, strict=True))
        self.problems = problems
        self._officials: tuple[Official, ...] | None = None
        self._index = index
        self._rowid = {article_id: row[1] for row, article_id in zip(rows, ids, strict=True)}
        self._open: OrderedDict[str, Article] = OrderedDict()
        self._lock = threading.Lock()  # one connection: the UI thread and the index worker take turns
        self._partial = False  # the articles written so far by a parse (`growing`): no officials index yet

    def article(self, article_id: str) -> Article:
        article = self._open.pop(article_id, None)
        if article is None:
            # Here, not at the top: the cleaner's package is a tenth of the app's imports, and the
            # first paint reads no article.
            from reader.clean.evidence import without_repeated_lines

            with self._lock:
                page = self.store.page_of(self._rowid[article_id]) if not self.verified else None
                if page is not None and not os.path.lexists(os.path.join(self.folder, page)):
                    # Gone since the last start: the check under way will drop its row.
                    return _gone(next(row for row in self.rows if row.id == article_id))
                stored = self.store.article(self._rowid[article_id])
            assert stored is not None, f"{article_id} left the store while the app ran"
            article = without_repeated_lines(replace(stored, id=article_id), self._index.evidence)
        self._open[article_id] = article
        while len(self._open) > OPEN_ARTICLES:
            self._open.popitem(last=False)
        return article

    @property
    def officials(self) -> tuple[Official, ...]:
        """Read when first asked (the officials view, `@name`, the palette): 45,000 people at 10,000 pages
        take longer to decode than the list's rows, and the first screen needs none of them."""
        with self._lock:
            if self._officials is None:
                self._officials = self.store.officials({row.id: row.id for row in self.rows})
            return self._officials

    @classmethod
    def growing(cls, folder: Path) -> StoreCatalog | None:
        """The articles written so far while the folder is parsed; `grow` adds those written since.

        Read on a connection of its own, without the folder's evidence (it is worked out once
        every page is in) and with the ids as each page gave them.
        """
        store = CorpusStore.reader(folder)
        if store is None:
            return None
        catalog = cls(folder, store, [], [], FolderIndex(frozenset(), {}, {}), ())
        catalog._partial = True
        catalog.grow()
        return catalog

    def grow(self) -> int:
        """Add the rows of the articles written since the last call; how many there were."""
        with self._lock:
            new = self.store.rows_since(max(self._rowid.values(), default=0))
        if not new:
            return 0
        rows = {row.id: row for row in self.rows}
        made = _RowMaker()
        for row in new:  # a page parsed again replaces its rows where they were
            article_id = row[2]
            rows[article_id] = made(row, article_id)
            self._rowid[article_id] = row[1]
            self._open.pop(article_id, None)
        self.rows = tuple(rows.values())
        return len(new)

    def officials_if_read(self) -> tuple[Official, ...]:
        return self._officials or ()

    def with_official(self, name: Sequence[str]) -> frozenset[str]:
        if self._partial:  # the index is built once every page is in: the mentions written so far
            id_of = self._ids_by_rowid()
            with self._lock:
                named = self.store.mention_names()
            return frozenset(id_of[rowid] for rowid, full_name in named
                             if rowid in id_of and name_matches(name, full_name))
        return officials_named(self.officials, name)

    def dated_in(self, span: DateFilter) -> frozenset[str]:
        first = span.start.isoformat() if span.start is not None else None
        last = span.end.isoformat() if span.end is not None else None
        with self._lock:
            points = self.store.dated_in(first, last)
        id_of = self._ids_by_rowid()
        furniture = self._index.furniture
        return frozenset(id_of[rowid] for rowid, block in points
                         if rowid in id_of and block not in furniture.get(rowid, ()))

    def dates_of(self, ids: Sequence[str]) -> Iterator[Dated]:
        wanted = {self._rowid[article_id]: article_id for article_id in ids}
        by_rowid: dict[int, list[DateMention]] = {}
        with self._lock:
            for rowid, mention in self.store.date_mentions():
                if rowid in wanted:
                    by_rowid.setdefault(rowid, []).append(mention)
        titles = {row.id: row.title for row in self.rows}
        for rowid, article_id in wanted.items():
            mentions = by_rowid.get(rowid, [])
            dropped = self._index.furniture.get(rowid)
            if dropped:  # as without_repeated_lines numbers the blocks that stay
                kept = _renumbered(dropped)
                mentions = [replace(m, block=kept(m.block)) for m in mentions if m.block not in dropped]
            yield Dated(article_id, titles[article_id], tuple(mentions))

    def block_text(self, article_id: str, block: int) -> str:
        rowid = self._rowid[article_id]
        if rowid in self._index.furniture:
            return self.article(article_id).blocks[block].text
        with self._lock:
            return self.store.block_text(rowid, block)

    def search_index(self) -> SearchIndex:
        with self._lock:
            keys = self.store.search_keys()
        rowid = self._rowid
        rows = [(keys[rowid[row.id]], row.id, row.date.value if row.date is not None else None) for row in self.rows]
        return SearchIndex.on_store(self.store.connection, rows, self.article, self.store.second_connection)

    def close(self) -> None:
        self.store.close()

    def _ids_by_rowid(self) -> dict[int, str]:
        return {rowid: article_id for article_id, rowid in self._rowid.items()}


def _gone(row: Row) -> Article:
    """What is shown of an article whose page left the folder since the store last saw it."""
    line = f"{row.file} was removed from the folder since reader last read it; the list is being updated."
    return Article(row.id, row.file, row.title, None, None, None, False, (Block("paragraph", line),))


class _RowMaker:
    """Stored list rows -> Rows, each distinct date made once (a folder's articles share far fewer dates),
    and a page's file name once for all its articles (SQLite gives every row a copy of its own)."""

    def __init__(self) -> None:
        self._dates: dict[tuple[str, int | None], ArticleDate] = {}
        self._files: dict[str, str] = {}

    def __call__(self, row: ListRow, article_id: str) -> Row:
        _page, _rowid, _id, file, title, value, published = row
        file = self._files.setdefault(file, file)
        if value is None:
            return Row(article_id, file, title, None)
        date = self._dates.get((value, published))
        if date is None:
            date = self._dates[(value, published)] = ArticleDate(value, bool(published))
        return Row(article_id, file, title, date)


def _renumbered(dropped: frozenset[int]) -> Callable[[int], int]:
    """A block's index once the dropped blocks before it are gone."""
    return lambda block: block - sum(1 for n in dropped if n < block)

