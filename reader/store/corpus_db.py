"""The corpus database: what every page of one folder parsed into, and its full-text index.

Why SQLite rather than the pickle it replaces: a pickle runs code from the file it reads
(a file planted in a shared cache dir ran as the user), and it had to be read whole at every
start. Here nothing is executed, pages are read one at a time, and the search index is kept.

One file per folder in the user cache dir, named after the folder's path. It is derived
data: a file that is junk, truncated, foreign, of another schema, or made by code whose
full-text columns differ is deleted and built again. Each page row keeps the stat it was
read with and the hash of the parser that read it, so an unchanged page is never read again
and a page parsed by other code (or with other lexicons) is parsed again alone.
"""

from __future__ import annotations

import contextlib
import hashlib
import itertools
import json
import operator
import os
import sqlite3
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from reader.chronology import SortOrder, iso_bounds
from reader.model import Article, Block, DateMention, Official, Problem
from reader.search import add_to_index, create_index, remove_from_index, search_columns, search_key
from reader.store.rows import ArticleRows, ListDate, ParsedPage, article_from_rows
from reader.store.sqlite import OpenLock, cache_dir, connect, remove_database, use_wal, vet

SCHEMA_VERSION = 3  # PRAGMA user_version; any other version is rebuilt (the data is derived)
APPLICATION_ID = int.from_bytes(b"rdrC", "big")  # PRAGMA application_id: tells our file from a foreign one
# The sources that decide what the full-text columns of a row hold: when they change, the rows
# already indexed could no longer be removed exactly, so the whole file is built again.
INDEX_SOURCES = ("search.py", "text.py", "store")

SCHEMA = (
    "CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID",
    "CREATE TABLE pages (name BLOB PRIMARY KEY, size INTEGER NOT NULL, mtime_ns INTEGER NOT NULL,"
    " parser TEXT NOT NULL, trusted INTEGER NOT NULL, problems TEXT NOT NULL) WITHOUT ROWID",
    "CREATE TABLE articles (rowid INTEGER PRIMARY KEY, page BLOB NOT NULL, ordinal INTEGER NOT NULL,"
    " id TEXT NOT NULL, file TEXT NOT NULL, title TEXT NOT NULL, published TEXT, author TEXT, credit TEXT,"
    " excerpt INTEGER NOT NULL, list_date TEXT, list_published INTEGER, UNIQUE (page, ordinal))",
    "CREATE INDEX articles_by_id ON articles (id)",
    "CREATE TABLE blocks (article INTEGER NOT NULL, n INTEGER NOT NULL, kind TEXT NOT NULL, text TEXT NOT NULL,"
    " PRIMARY KEY (article, n)) WITHOUT ROWID",
    "CREATE TABLE dates (article INTEGER NOT NULL, n INTEGER NOT NULL, block INTEGER NOT NULL,"
    " start INTEGER NOT NULL, \"end\" INTEGER NOT NULL, text TEXT NOT NULL, value TEXT NOT NULL,"
    " precision TEXT NOT NULL, PRIMARY KEY (article, n)) WITHOUT ROWID",
    "CREATE TABLE mentions (article INTEGER NOT NULL, n INTEGER NOT NULL, block INTEGER NOT NULL,"
    " start INTEGER NOT NULL, \"end\" INTEGER NOT NULL, text TEXT NOT NULL, name TEXT NOT NULL, title TEXT,"
    " country TEXT, PRIMARY KEY (article, n)) WITHOUT ROWID",
    # Each point of a date mention (and of the published date, block -1) as the days it covers, so
    # the date: filter is one indexed query instead of a walk over every article's dates.
    "CREATE TABLE points (article INTEGER NOT NULL, block INTEGER NOT NULL, first TEXT NOT NULL,"
    " last TEXT NOT NULL)",
    "CREATE INDEX points_by_first ON points (first)",
    # What the folder's evidence (reader/clean/evidence.py) drops, stored with the officials index:
    # the paragraphs it drops, and the list date of an article whose date was in one of them.
    "CREATE TABLE furniture (article INTEGER NOT NULL, block INTEGER NOT NULL, PRIMARY KEY (article, block))"
    " WITHOUT ROWID",
    "CREATE TABLE redated (article INTEGER PRIMARY KEY, list_date TEXT, list_published INTEGER)",
    "CREATE TABLE officials (n INTEGER PRIMARY KEY, name TEXT NOT NULL, titles TEXT NOT NULL,"
    " countries TEXT NOT NULL, article_ids TEXT NOT NULL, mentions INTEGER NOT NULL)",
)
_ARTICLE_COLUMNS = "a.rowid, a.id, a.file, a.title, a.published, a.author, a.credit, a.excerpt"
# The list's rows with the dates the folder's evidence leaves them (redated), and the list's orders on them.
_LISTED = "articles a LEFT JOIN redated r ON r.article = a.rowid"
_SHOWN_DATE = "CASE WHEN r.article IS NULL THEN a.list_date ELSE r.list_date END"
_ORDER_BY = {SortOrder.NEWEST: f"({_SHOWN_DATE}) IS NULL, ({_SHOWN_DATE}) DESC, a.page, a.ordinal",
             SortOrder.OLDEST: f"({_SHOWN_DATE}) IS NULL, ({_SHOWN_DATE}), a.page, a.ordinal",
             SortOrder.FILE: "a.page, a.ordinal"}
# The rows listed before one (its shown date, page and ordinal bound as ?1, ?2, ?3) in each order.
_BEFORE = {
    SortOrder.NEWEST: (f"(({_SHOWN_DATE}) IS NOT NULL AND ?1 IS NULL) OR ({_SHOWN_DATE}) > ?1"
                       f" OR (({_SHOWN_DATE}) IS ?1 AND (a.page, a.ordinal) < (?2, ?3))"),
    SortOrder.OLDEST: (f"(({_SHOWN_DATE}) IS NOT NULL AND ?1 IS NULL) OR ({_SHOWN_DATE}) < ?1"
                       f" OR (({_SHOWN_DATE}) IS ?1 AND (a.page, a.ordinal) < (?2, ?3))"),
    SortOrder.FILE: "?1 IS ?1 AND (a.page, a.ordinal) < (?2, ?3)",  # ?1 unused: every order binds the same three
}
_DAMAGED = (sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB)


# What the article list needs of one article, read without its blocks: its page (the name on disk,
# encoded), rowid, id, file, title, and the list date as its value and whether it was published (both
# None without one). Plain tuples, as sqlite3 gives them: a start of 100,000 pages reads 268,720.
ListRow = tuple[bytes, int, str, str, str, str | None, int | None]


@dataclass(frozen=True, slots=True)
class FolderIndex:
    """What is worked out over the whole folder: what the folder's evidence drops (the officials index aside)."""

    evidence: frozenset[str]
    furniture: dict[int, frozenset[int]]  # rowid -> the blocks the evidence drops from it
    redated: dict[int, ListDate]  # rowid -> its list date once those blocks are gone, where it differs


@dataclass(frozen=True, slots=True)
class StoredPage:
    size: int
    mtime_ns: int
    parser: str
    trusted: bool

    def matches(self, size: int, mtime_ns: int, parser: str) -> bool:
        return self.trusted and (self.size, self.mtime_ns, self.parser) == (size, mtime_ns, parser)


def is_damage(err: sqlite3.Error) -> bool:
    """True if the error says the file is damaged (rebuild it), not busy or full (leave it)."""
    return getattr(err, "sqlite_errorcode", None) in _DAMAGED


def index_code() -> str:
    """A hash of the code that decides the full-text columns, and of the schema version."""
    package = Path(__file__).resolve().parent.parent
    digest = hashlib.sha256(str(SCHEMA_VERSION).encode())
    for name in INDEX_SOURCES:
        root = package / name
        for path in sorted(root.rglob("*.py")) if root.is_dir() else [root]:
            digest.update(path.relative_to(package).as_posix().encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()[:24]


def database_path(folder: Path, root: Path | None = None) -> Path:
    name = hashlib.sha256(str(folder.resolve()).encode()).hexdigest()[:24]
    return (root if root is not None else cache_dir()) / f"{name}.sqlite3"


class CorpusStore:
    """The corpus database of one folder, open; one connection, used by one thread at a time."""

    def __init__(self, connection: sqlite3.Connection, path: Path, lock: OpenLock | None = None) -> None:
        self.connection = connection
        self.path = path
        self._lock = lock  # held shared while open (sqlite.OpenLock); None for a second connection

    @classmethod
    def open(cls, folder: Path, root: Path | None = None) -> tuple[CorpusStore, str | None]:
        """The folder's store, and why an existing file was thrown away (None if it was not).

        Only a process that has the file to itself vets it and may throw it away; one that finds
        it open elsewhere uses it as that process vetted it (sqlite.OpenLock says why), or raises
        OSError when it is of other code, which cannot be rebuilt under the other process.
        Raises OSError or sqlite3.Error when no database can be made there at all.
        """
        path = database_path(folder, root)
        folder_key, code = str(folder.resolve()), index_code()
        reason: str | None = None
        path.parent.mkdir(parents=True, exist_ok=True)
        lock = OpenLock(path)
        try:
            alone = lock.take()
            if alone and (path.exists() or path.is_symlink()):
                reason = vet(path)
                if reason is None:
                    reason = _check(path, folder_key, code)
                if reason is not None:
                    remove_database(path)
            elif not alone and (in_use := _check(path, folder_key, code)) is not None:
                raise OSError(f"{path}: open in another reader, and {in_use}")
            connection = connect(path)
            try:
                use_wal(connection)
                _initialise(connection, folder_key, code)
            except BaseException:
                connection.close()
                raise
            if alone:
                lock.share()
        except BaseException:
            lock.release()
            raise
        return cls(connection, path, lock), (reason if reason != _REBUILT_QUIETLY else None)

    @classmethod
    def existing(cls, folder: Path, root: Path | None = None) -> CorpusStore | None:
        """The folder's store if one is there that open() would use as it is; else None, the file untouched.

        For the app's first paint, before the folder is looked at: open() comes after, and it
        rebuilds a file that cannot be used, saying why.
        """
        path = database_path(folder, root)
        try:
            if not path.is_file() or vet(path) is not None or _check(path, str(folder.resolve()), index_code()):
                return None
            return cls(connect(path), path)
        except (OSError, sqlite3.Error):
            return None

    @classmethod
    def reader(cls, folder: Path, root: Path | None = None) -> CorpusStore | None:
        """A second, read-only connection to the folder's store (None if there is none yet).

        For reading while this process's loading thread writes on its own connection: in WAL
        mode a reader sees each batch as it is committed and never blocks the writer.
        """
        path = database_path(folder, root)
        if not path.exists():
            return None
        try:
            return cls(connect(path, read_only=True), path)
        except sqlite3.Error:
            return None

    def second_connection(self) -> sqlite3.Connection:
        """Another read-only connection to this store, for a thread that must not wait on this one."""
        return connect(self.path, read_only=True)

    def close(self) -> None:
        self.connection.close()
        if self._lock is not None:
            self._lock.release()

    @contextlib.contextmanager
    def snapshot(self) -> Iterator[None]:
        """One read transaction: what is read inside sees one state of the file, whatever others write."""
        self.connection.execute("BEGIN")
        try:
            yield
        finally:
            self.connection.execute("COMMIT")

    def pages(self) -> dict[str, StoredPage]:
        rows = self.connection.execute("SELECT name, size, mtime_ns, parser, trusted FROM pages")
        return {os.fsdecode(key): StoredPage(size, mtime, parser, bool(trusted))
                for key, size, mtime, parser, trusted in rows}

    def page_names(self) -> list[str]:
        return [os.fsdecode(name) for name, in self.connection.execute("SELECT name FROM pages")]

    def all_current(self, parser: str) -> bool:
        """True if every page was read by `parser` and may be reused (what the folder check would keep)."""
        row = self.connection.execute("SELECT 1 FROM pages WHERE parser != ? OR NOT trusted LIMIT 1",
                                      (parser,)).fetchone()
        return row is None

    def latest_rowid(self) -> int:
        """The largest article rowid: it grows with every page written, by this process or another."""
        return int(self.connection.execute("SELECT coalesce(max(rowid), 0) FROM articles").fetchone()[0])

    def write(self, parsed: Sequence[ParsedPage], parser: str, removed: Iterable[str] = ()) -> None:
        """Replace the given pages (and drop the removed ones) in one transaction.

        When articles come or go, the officials index no longer matches them and is dropped.
        """
        connection = self.connection
        connection.execute("BEGIN IMMEDIATE")
        try:
            changed = any(page.articles for page in parsed)
            for name in [*removed, *(page.name for page in parsed)]:
                changed = self._delete_page(name) or changed
            for page in parsed:
                self._insert_page(page, parser)
            if changed:
                for table in ("officials", "furniture", "redated"):
                    connection.execute(f"DELETE FROM {table}")
                connection.execute("DELETE FROM meta WHERE key IN ('officials', 'evidence')")
            connection.execute("COMMIT")
        except BaseException:
            connection.execute("ROLLBACK")
            raise

    def _delete_page(self, name: str) -> bool:
        """Delete a page and its articles; True if it had any."""
        connection = self.connection
        key = os.fsencode(name)
        dates = dict(connection.execute("SELECT rowid, list_date FROM articles WHERE page = ?", (key,)))
        old = [(search_key(rowid, dates[rowid]), search_columns(article)) for rowid, article in self._articles_of(name)]
        remove_from_index(connection, old)
        for table in ("blocks", "dates", "mentions", "points"):
            connection.execute(f"DELETE FROM {table} WHERE article IN (SELECT rowid FROM articles WHERE page = ?)",
                               (key,))
        connection.execute("DELETE FROM articles WHERE page = ?", (key,))
        connection.execute("DELETE FROM pages WHERE name = ?", (key,))
        return bool(old)

    def _insert_page(self, page: ParsedPage, parser: str) -> None:
        connection = self.connection
        key = os.fsencode(page.name)
        connection.execute("INSERT INTO pages VALUES (?, ?, ?, ?, ?, ?)",
                           (key, page.size, page.mtime_ns, parser, page.trusted,
                            json.dumps(page.problems, ensure_ascii=False)))
        indexed = []
        for ordinal, rows in enumerate(page.articles):
            date, published = rows.date if rows.date is not None else (None, None)
            rowid = connection.execute(
                "INSERT INTO articles (page, ordinal, id, file, title, published, author, credit, excerpt,"
                " list_date, list_published) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (key, ordinal, *rows.head, date, published)).lastrowid
            connection.executemany("INSERT INTO blocks VALUES (?, ?, ?, ?)",
                                   ((rowid, n, *block) for n, block in enumerate(rows.blocks)))
            connection.executemany("INSERT INTO dates VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                                   ((rowid, n, *date) for n, date in enumerate(rows.dates)))
            connection.executemany("INSERT INTO mentions VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                                   ((rowid, n, *mention) for n, mention in enumerate(rows.mentions)))
            assert rowid is not None
            connection.executemany("INSERT INTO points VALUES (?, ?, ?, ?)", _points(rowid, rows))
            indexed.append((search_key(rowid, date), rows.search))
        add_to_index(connection, indexed)

    def problems(self, names: Iterable[str]) -> list[Problem]:
        """The problems met reading the given pages, in their order."""
        stored = dict(self.connection.execute("SELECT name, problems FROM pages WHERE problems != '[]'"))
        if not stored:
            return []  # the usual folder: no name to look up
        return [Problem(path, reason) for name in names
                for path, reason in json.loads(stored.get(os.fsencode(name), "[]"))]

    def articles(self, names: Iterable[str]) -> Iterator[tuple[int, Article]]:
        """(rowid, article) of the given pages, page by page in their order: one page in memory at a time."""
        for name in names:
            yield from self._articles_of(name)

    def _articles_of(self, name: str) -> list[tuple[int, Article]]:
        connection, key = self.connection, os.fsencode(name)
        heads = connection.execute(f"SELECT {_ARTICLE_COLUMNS} FROM articles a WHERE a.page = ? ORDER BY a.ordinal",
                                   (key,)).fetchall()
        if not heads:
            return []
        children: dict[str, dict[int, list[tuple[object, ...]]]] = {}
        for table, columns in (("blocks", "c.kind, c.text"),
                               ("dates", 'c.block, c.start, c."end", c.text, c.value, c.precision'),
                               ("mentions", 'c.block, c.start, c."end", c.text, c.name, c.title, c.country')):
            by_article: dict[int, list[tuple[object, ...]]] = {}
            for rowid, *values in connection.execute(
                    f"SELECT c.article, {columns} FROM articles a JOIN {table} c ON c.article = a.rowid"
                    " WHERE a.page = ? ORDER BY c.article, c.n", (key,)):
                by_article.setdefault(rowid, []).append(tuple(values))
            children[table] = by_article
        return [(rowid, article_from_rows(head, children["blocks"].get(rowid, []),  # type: ignore[arg-type]
                                          children["dates"].get(rowid, []),  # type: ignore[arg-type]
                                          children["mentions"].get(rowid, [])))  # type: ignore[arg-type]
                for rowid, *head in heads]

    def short_paragraphs(self, names: Iterable[str], longest: int) -> list[Article]:
        """Each article of the given pages with only its paragraphs up to `longest` characters.

        What the folder-evidence pass (reader/clean/evidence.py, MAX_EVIDENCE_CHARS) counts, without
        reading the rest; the caller gives the length, so opening the store imports no cleaner.
        """
        wanted = {os.fsencode(name) for name in names}
        heads = [(rowid, file) for rowid, page, file in self.connection.execute(
            "SELECT rowid, page, file FROM articles ORDER BY rowid") if page in wanted]
        blocks: dict[int, list[Block]] = {}
        for rowid, text in self.connection.execute(
                "SELECT article, text FROM blocks WHERE kind = 'paragraph' AND length(text) <= ?"
                " ORDER BY article, n", (longest,)):
            blocks.setdefault(rowid, []).append(Block("paragraph", text))
        return [Article(str(rowid), file, "", None, None, None, False, tuple(blocks.get(rowid, ())))
                for rowid, file in heads]

    def article(self, rowid: int) -> Article | None:
        """One article by its rowid (the reading pane opens articles one at a time)."""
        connection = self.connection
        head = connection.execute(f"SELECT {_ARTICLE_COLUMNS} FROM articles a WHERE a.rowid = ?", (rowid,)).fetchone()
        if head is None:
            return None
        blocks = connection.execute("SELECT kind, text FROM blocks WHERE article = ? ORDER BY n", (rowid,)).fetchall()
        dates = connection.execute('SELECT block, start, "end", text, value, precision FROM dates WHERE article = ?'
                                   " ORDER BY n", (rowid,)).fetchall()
        mentions = connection.execute('SELECT block, start, "end", text, name, title, country FROM mentions'
                                      " WHERE article = ? ORDER BY n", (rowid,)).fetchall()
        return article_from_rows(head[1:], blocks, dates, mentions)

    def page_of(self, rowid: int) -> str | None:
        """The name of the page file an article came from."""
        row = self.connection.execute("SELECT page FROM articles WHERE rowid = ?", (rowid,)).fetchone()
        return os.fsdecode(row[0]) if row is not None else None

    def list_rows(self, names: Sequence[str]) -> list[ListRow]:
        """The list's rows of the given pages, page by page in their order (the folder's evidence applied).

        Read in (page, ordinal) order and cut into pages in C (groupby), so no Python code runs per row.
        """
        rows: list[ListRow] = self.connection.execute(
            "SELECT page, rowid, id, file, title, list_date, list_published FROM articles ORDER BY page, ordinal"
        ).fetchall()
        redated = {rowid: (date, published) for rowid, date, published in
                   self.connection.execute("SELECT article, list_date, list_published FROM redated")}
        if redated:
            rows = [row if row[1] not in redated else (*row[:5], *redated[row[1]]) for row in rows]
        by_page = {page: list(group) for page, group in itertools.groupby(rows, operator.itemgetter(0))}
        return list(itertools.chain.from_iterable(by_page.get(os.fsencode(name), ()) for name in names))

    def search_keys(self) -> dict[int, int]:
        """Each article's rowid in the full-text index (search.search_key of its stored list date)."""
        return {rowid: search_key(rowid, date) for rowid, date in
                self.connection.execute("SELECT rowid, list_date FROM articles")}

    def article_count(self) -> int:
        return int(self.connection.execute("SELECT count(*) FROM articles").fetchone()[0])

    def names_sort_as_stored(self) -> bool:
        """True if every page name is printable ASCII, so SQLite's byte order of names is the folder's
        order (load.sort_page_names: by shown name, which is then the name itself)."""
        return self.connection.execute("SELECT 1 FROM pages WHERE CAST(name AS TEXT) GLOB '*[^ -~]*' LIMIT 1"
                                       ).fetchone() is None

    def list_window(self, order: SortOrder, count: int, around: int | None = None) -> tuple[int, list[ListRow]]:
        """`count` list rows in the list's `order` (the folder's evidence applied) and the position of the first.

        From the top, or with the article of rowid `around` in the middle: what the first screen
        shows, read with one sort in SQLite instead of every row read and sorted in Python. The
        order is chronology.sort_articles' (undated last, ties in file order), with file order
        the names' byte order, which holds when names_sort_as_stored().
        """
        start = 0
        if around is not None:
            mark = self.connection.execute(
                f"SELECT {_SHOWN_DATE}, a.page, a.ordinal FROM {_LISTED} WHERE a.rowid = ?", (around,)).fetchone()
            if mark is not None:
                before = self.connection.execute(f"SELECT count(*) FROM {_LISTED} WHERE {_BEFORE[order]}",
                                                 mark).fetchone()[0]
                start = max(0, before - count // 2)
        rows: list[ListRow] = self.connection.execute(
            f"SELECT a.page, a.rowid, a.id, a.file, a.title, {_SHOWN_DATE},"
            f" CASE WHEN r.article IS NULL THEN a.list_published ELSE r.list_published END FROM {_LISTED}"
            f" ORDER BY {_ORDER_BY[order]} LIMIT ? OFFSET ?", (count, start)).fetchall()
        return start, rows

    def rows_of_files(self, files: Iterable[str]) -> list[ListRow]:
        """The list rows of the articles of the given files (as shown, `Article.file`), in file order."""
        wanted = sorted(set(files))
        if not wanted:
            return []
        return self.connection.execute(
            "SELECT page, rowid, id, file, title, list_date, list_published FROM articles"
            f" WHERE file IN ({', '.join('?' * len(wanted))}) ORDER BY page, ordinal", wanted).fetchall()

    def rows_since(self, rowid: int) -> list[ListRow]:
        """The list's rows of the articles written after `rowid`, in the order they were written.

        What the app adds to its list while a cold parse writes pages (rowids only grow).
        """
        return self.connection.execute(
            "SELECT page, rowid, id, file, title, list_date, list_published FROM articles WHERE rowid > ?"
            " ORDER BY rowid", (rowid,)).fetchall()

    def dated_in(self, first: str | None, last: str | None) -> list[tuple[int, int]]:
        """(rowid, block) of every date point inside the days first..last (ISO; None: open), published ones block -1."""
        return self.connection.execute(
            "SELECT article, block FROM points WHERE first >= ? AND last <= ?",
            (first or "0000-01-01", last or "9999-12-31")).fetchall()

    def mention_names(self) -> list[tuple[int, str]]:
        """(rowid, name) of every official each article mentions, once per article.

        What `@name` reads while a parse runs, before the officials index is built.
        """
        return self.connection.execute("SELECT DISTINCT article, name FROM mentions").fetchall()

    def date_mentions(self) -> Iterator[tuple[int, DateMention]]:
        """Every date mention with its article's rowid, article by article in reading order."""
        for rowid, *values in self.connection.execute(
                'SELECT article, block, start, "end", text, value, precision FROM dates ORDER BY article, n'):
            yield rowid, DateMention(*values)

    def block_text(self, rowid: int, block: int) -> str:
        row = self.connection.execute("SELECT text FROM blocks WHERE article = ? AND n = ?", (rowid, block)).fetchone()
        return str(row[0]) if row is not None else ""

    def folder_index(self) -> FolderIndex | None:
        """The folder index stored with exactly the articles there are; None when it is not."""
        connection = self.connection
        meta = dict(connection.execute("SELECT key, value FROM meta WHERE key IN ('officials', 'evidence')"))
        if "officials" not in meta:
            return None
        furniture: dict[int, set[int]] = {}
        for rowid, block in connection.execute("SELECT article, block FROM furniture"):
            furniture.setdefault(rowid, set()).add(block)
        redated = {rowid: ((date, bool(published)) if date is not None else None)
                   for rowid, date, published in connection.execute("SELECT * FROM redated")}
        return FolderIndex(frozenset(json.loads(meta.get("evidence", "[]"))),
                           {rowid: frozenset(blocks) for rowid, blocks in furniture.items()}, redated)

    def officials(self, article_ids: Mapping[str, str] | None = None) -> tuple[Official, ...]:
        """The officials index saved with the folder index (empty until it is).

        Equal lists of titles or countries are decoded once and shared, and an article id is
        `article_ids`' own string for it (the catalog's rows'): decoded one by one, 391,247 people
        at 100,000 pages held 120 MB of copies ("Ngoại trưởng", "Mỹ", the ids the rows hold).
        """
        same = article_ids or {}
        decoded: dict[str, tuple[str, ...]] = {}

        def shared(text: str) -> tuple[str, ...]:
            value = decoded.get(text)
            if value is None:
                value = decoded[text] = tuple(json.loads(text))
            return value

        return tuple(Official(name, shared(titles), shared(countries),
                              tuple(same.get(article_id, article_id) for article_id in json.loads(ids)), mentions)
                     for name, titles, countries, ids, mentions in self.connection.execute(
                         "SELECT name, titles, countries, article_ids, mentions FROM officials ORDER BY n"))

    def save_folder_index(self, index: FolderIndex, officials: Sequence[Official],
                          pages: dict[str, StoredPage]) -> bool:
        """Store the indexes worked out from the articles of `pages`; False if the pages changed meanwhile."""
        connection = self.connection
        connection.execute("BEGIN IMMEDIATE")
        try:
            if self.pages() != pages:
                connection.execute("ROLLBACK")
                return False
            for table in ("officials", "furniture", "redated"):
                connection.execute(f"DELETE FROM {table}")
            connection.executemany("INSERT INTO officials VALUES (?, ?, ?, ?, ?, ?)", (
                (n, o.name, json.dumps(o.titles, ensure_ascii=False), json.dumps(o.countries, ensure_ascii=False),
                 json.dumps(o.article_ids, ensure_ascii=False), o.mentions) for n, o in enumerate(officials)))
            connection.executemany("INSERT INTO furniture VALUES (?, ?)",
                                   ((rowid, block) for rowid, blocks in index.furniture.items() for block in blocks))
            connection.executemany("INSERT INTO redated VALUES (?, ?, ?)", (
                (rowid, *(date if date is not None else (None, None))) for rowid, date in index.redated.items()))
            connection.executemany("INSERT OR REPLACE INTO meta VALUES (?, ?)", (
                ("officials", "current"), ("evidence", json.dumps(sorted(index.evidence), ensure_ascii=False))))
            connection.execute("COMMIT")
        except BaseException:
            connection.execute("ROLLBACK")
            raise
        return True


def _points(rowid: int, rows: ArticleRows) -> Iterator[tuple[int, int, str, str]]:
    """The article's date points as days (query.dated_in's rule): its published date, then each mention's ends."""
    published = rows.head[3]
    bounds = iso_bounds(published[:10]) if published else None
    if bounds is not None:
        yield rowid, -1, bounds[0].isoformat(), bounds[1].isoformat()
    for block, _start, _end, _text, value, _precision in rows.dates:
        for point in value.split("/"):
            bounds = iso_bounds(point)
            if bounds is not None:
                yield rowid, block, bounds[0].isoformat(), bounds[1].isoformat()


_REBUILT_QUIETLY = "built by other code"  # an upgrade of reader: no news to the user


def _check(path: Path, folder: str, code: str) -> str | None:
    """Why an existing database cannot be used as it is, or None; the file is only read."""
    try:
        connection = connect(path, read_only=True)
    except sqlite3.Error as err:
        return f"cannot open ({err})"
    try:
        application_id = connection.execute("PRAGMA application_id").fetchone()[0]
        version = connection.execute("PRAGMA user_version").fetchone()[0]
        if application_id == 0 and version == 0 and _is_empty(connection):
            return None  # created a moment ago by another `reader`, about to be initialised
        if application_id != APPLICATION_ID:
            return "not a corpus database of reader"
        if version != SCHEMA_VERSION:
            return f"schema version {version}, this reader uses {SCHEMA_VERSION}"
        meta = dict(connection.execute("SELECT key, value FROM meta"))
        if meta.get("folder") != folder:
            return "made for another folder"
        if meta.get("index") != code:
            return _REBUILT_QUIETLY
        return None
    except sqlite3.Error as err:
        return f"damaged ({err})"
    finally:
        connection.close()


def _is_empty(connection: sqlite3.Connection) -> bool:
    return bool(connection.execute("SELECT count(*) FROM sqlite_schema").fetchone()[0] == 0)


def _initialise(connection: sqlite3.Connection, folder: str, code: str) -> None:
    """Create the schema in a new file; two processes doing it at once create it once."""
    connection.execute("BEGIN IMMEDIATE")
    try:
        if _is_empty(connection):
            for statement in SCHEMA:
                connection.execute(statement)
            create_index(connection)
            connection.executemany("INSERT INTO meta VALUES (?, ?)", (("folder", folder), ("index", code)))
            connection.execute(f"PRAGMA application_id = {APPLICATION_ID}")
            connection.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
        connection.execute("COMMIT")
    except BaseException:
        connection.execute("ROLLBACK")
        raise
