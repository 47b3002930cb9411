"""The state database: what the reader remembers (read marks, flags, positions, last article, theme).

Why it is kept apart from the corpus database: that one is derived and thrown away at will;
this one is the user's own data. It is never rebuilt, emptied or rewritten behind the user's
back: a file that is not ours, damaged, unreadable or from a newer reader is left exactly as
it is, and the app runs without saving state, saying so once.

An article is keyed by its file's name, a hash of its title and which article of that title in
that file it is (0 for the first), not by its id or position: re-parsing a page with other
rules may split it differently, and the marks should follow the article, not its ordinal. The
state of an article whose page has left the folder is kept, and comes back with it.

Every change is its own transaction in WAL mode: two `reader`s at once both work (the busy
timeout queues their writes), and a `kill -9` loses at most the write it interrupted.
"""

from __future__ import annotations

import hashlib
import sqlite3
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import NamedTuple, Protocol

from reader.store.sqlite import TRUNCATED, OpenLock, connect, header_ids, state_dir, use_wal, vet

SCHEMA_VERSION = 1
APPLICATION_ID = int.from_bytes(b"rdrS", "big")
FILE_NAME = "state.sqlite3"
TRUNCATED_RETRIES, TRUNCATED_RETRY_S = 5, 0.05  # a checkpoint's window (_vet_settled)

SCHEMA = (
    "CREATE TABLE articles (file TEXT NOT NULL, title_hash TEXT NOT NULL, nth INTEGER NOT NULL,"
    " read INTEGER NOT NULL DEFAULT 0, flagged INTEGER NOT NULL DEFAULT 0, scroll REAL NOT NULL DEFAULT 0,"
    " changed REAL NOT NULL, PRIMARY KEY (file, title_hash, nth)) WITHOUT ROWID",
    "CREATE TABLE folders (folder TEXT PRIMARY KEY, last_file TEXT, last_title_hash TEXT, last_nth INTEGER,"
    " sort TEXT) WITHOUT ROWID",
    "CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID",
)
# Schema migrations, by the version they start from: each step brings a file one version up,
# in the same transaction as the new user_version. Version 1 is the first: none yet.
MIGRATIONS: dict[int, Callable[[sqlite3.Connection], None]] = {}


class ArticleKey(NamedTuple):
    """What identifies an article across re-parses: its file, title and rank among same-titled ones.

    A named tuple, not a dataclass: the app makes and hashes one per article at every start
    (25,000 at once), and a tuple's are several times cheaper.
    """

    file: str
    title_hash: str
    nth: int


@dataclass(frozen=True, slots=True)
class ArticleState:
    read: bool = False
    flagged: bool = False
    scroll: float = 0.0


def title_hash(title: str) -> str:
    return hashlib.sha256(title.encode()).hexdigest()[:16]


class Titled(Protocol):
    """What a key is made of: an article, or the list's row of one."""

    @property
    def id(self) -> str: ...

    @property
    def file(self) -> str: ...

    @property
    def title(self) -> str: ...


def article_keys(articles: Iterable[Titled]) -> dict[str, ArticleKey]:
    """Each article's key, by article id."""
    seen: dict[tuple[str, str], int] = {}
    keys: dict[str, ArticleKey] = {}
    for article in articles:
        digest = title_hash(article.title)
        nth = seen.get((article.file, digest), 0)
        seen[(article.file, digest)] = nth + 1
        keys[article.id] = ArticleKey._make((article.file, digest, nth))  # _make: no Python-level __new__
    return keys


def default_path() -> Path:
    return state_dir() / FILE_NAME


class StateUnavailable(Exception):
    """The state database cannot be used; the message is one line for the user."""


class StateStore:
    """The open state database. Writes that fail are reported by returning False, never raised."""

    def __init__(self, connection: sqlite3.Connection, path: Path) -> None:
        self.connection = connection
        self.path = path

    @classmethod
    def open(cls, path: Path | None = None) -> StateStore:
        """Open (or create) the state database; StateUnavailable, with the file untouched, if it is not usable."""
        path = path if path is not None else default_path()
        if path.exists() or path.is_symlink():
            reason = _vet_settled(path) or _check(path)
            if reason is not None:
                raise StateUnavailable(f"{path}: {reason}")
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            lock = OpenLock(path)
        except OSError as err:
            raise StateUnavailable(f"{path}: cannot open: {err}") from None
        try:
            # Two readers starting at once: switching a new file to WAL while the other creates its
            # schema fails at once with "database is locked" (SQLite's deadlock check skips the busy
            # timeout), so the set-up is one process at a time. No reader holds this lock shared.
            lock.take()
            connection = connect(path)
            try:
                use_wal(connection)
                _initialise(connection)
            except BaseException:
                connection.close()
                raise
        except (OSError, sqlite3.Error) as err:
            raise StateUnavailable(f"{path}: cannot open: {err}") from None
        finally:
            lock.release()
        return cls(connection, path)

    def close(self) -> None:
        self.connection.close()

    # -- reading -----------------------------------------------------------------------------------

    def articles(self) -> dict[ArticleKey, ArticleState]:
        """Everything remembered about articles (of every folder: a few bytes each)."""
        rows = self.connection.execute("SELECT file, title_hash, nth, read, flagged, scroll FROM articles")
        return {ArticleKey._make((file, digest, nth)): ArticleState(bool(read), bool(flagged), scroll)
                for file, digest, nth, read, flagged, scroll in rows}

    def last_article(self, folder: Path) -> ArticleKey | None:
        row = self.connection.execute("SELECT last_file, last_title_hash, last_nth FROM folders WHERE folder = ?",
                                      (_folder_key(folder),)).fetchone()
        return ArticleKey(*row) if row is not None and row[0] is not None else None

    def sort(self, folder: Path) -> str | None:
        row = self.connection.execute("SELECT sort FROM folders WHERE folder = ?", (_folder_key(folder),)).fetchone()
        return row[0] if row is not None else None

    def setting(self, key: str) -> str | None:
        row = self.connection.execute("SELECT value FROM settings WHERE key = ?", (key,)).fetchone()
        return row[0] if row is not None else None

    # -- writing: each call one transaction --------------------------------------------------------

    def set_read(self, keys: Sequence[ArticleKey], read: bool) -> bool:
        return self._upsert(keys, "read", int(read))

    def set_flagged(self, keys: Sequence[ArticleKey], flagged: bool) -> bool:
        return self._upsert(keys, "flagged", int(flagged))

    def set_scroll(self, key: ArticleKey, scroll: float) -> bool:
        return self._upsert([key], "scroll", float(scroll))

    def set_last_article(self, folder: Path, key: ArticleKey) -> bool:
        return self._write("INSERT INTO folders (folder, last_file, last_title_hash, last_nth) VALUES (?, ?, ?, ?)"
                           " ON CONFLICT (folder) DO UPDATE SET last_file = excluded.last_file,"
                           " last_title_hash = excluded.last_title_hash, last_nth = excluded.last_nth",
                           [(_folder_key(folder), key.file, key.title_hash, key.nth)])

    def set_sort(self, folder: Path, sort: str) -> bool:
        return self._write("INSERT INTO folders (folder, sort) VALUES (?, ?)"
                           " ON CONFLICT (folder) DO UPDATE SET sort = excluded.sort", [(_folder_key(folder), sort)])

    def set_setting(self, key: str, value: str) -> bool:
        return self._write("INSERT INTO settings VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                           [(key, value)])

    def _upsert(self, keys: Sequence[ArticleKey], column: str, value: float) -> bool:
        now = time.time()
        return self._write(f"INSERT INTO articles (file, title_hash, nth, {column}, changed) VALUES (?, ?, ?, ?, ?)"
                           f" ON CONFLICT (file, title_hash, nth) DO UPDATE SET {column} = excluded.{column},"
                           " changed = excluded.changed",
                           [(key.file, key.title_hash, key.nth, value, now) for key in keys])

    def _write(self, statement: str, rows: list[tuple[object, ...]]) -> bool:
        connection = self.connection
        try:
            connection.execute("BEGIN IMMEDIATE")
            try:
                connection.executemany(statement, rows)
                connection.execute("COMMIT")
            except BaseException:
                connection.execute("ROLLBACK")
                raise
        except sqlite3.Error:
            return False
        return True


def _vet_settled(path: Path) -> str | None:
    """vet(), asked again for a moment while the bytes look truncated.

    Why: another reader's checkpoint writes page 1, with the new page count, before the pages
    after it (sqlite.OpenLock), so a live state file can look cut short for a few milliseconds.
    The corpus database takes a lock for this because it deletes what fails; this file is only
    ever left alone, so waiting out the checkpoint is enough, and a file truly cut short costs
    a quarter of a second before the app says so.
    """
    reason = vet(path)
    for _ in range(TRUNCATED_RETRIES):
        if reason != TRUNCATED:
            break
        time.sleep(TRUNCATED_RETRY_S)
        reason = vet(path)
    return reason


def _folder_key(folder: Path) -> str:
    return str(folder.resolve())


def _check(path: Path) -> str | None:
    """Why an existing file is not a state database this reader may write, or None; only reads it."""
    try:
        application_id, version = header_ids(path)
    except OSError as err:
        return f"cannot read: {(err.strerror or type(err).__name__).lower()}"
    if application_id == 0 and version == 0 and path.stat().st_size > 0:
        # Ours before its first checkpoint (the ids are still in the WAL), new, or another program's.
        try:
            application_id, version, empty = _ids_through_sqlite(path)
        except sqlite3.Error as err:
            return f"damaged ({err})"
        if application_id == 0 and version == 0 and not empty:
            return "not a state database of reader"
    if application_id not in (0, APPLICATION_ID):
        return "not a state database of reader"
    if version > SCHEMA_VERSION:
        return f"schema version {version} is newer than this reader's ({SCHEMA_VERSION})"
    if 0 < version < SCHEMA_VERSION and any(step not in MIGRATIONS for step in range(version, SCHEMA_VERSION)):
        return f"schema version {version} cannot be migrated to {SCHEMA_VERSION}"
    return None


def _ids_through_sqlite(path: Path) -> tuple[int, int, bool]:
    """(application_id, user_version, no table yet) as SQLite reads them, WAL included."""
    connection = connect(path, read_only=True)
    try:
        return (connection.execute("PRAGMA application_id").fetchone()[0],
                connection.execute("PRAGMA user_version").fetchone()[0],
                connection.execute("SELECT count(*) FROM sqlite_schema").fetchone()[0] == 0)
    finally:
        connection.close()


def _initialise(connection: sqlite3.Connection) -> None:
    """Create the schema in a new file, or migrate an older one; one process at a time."""
    connection.execute("BEGIN IMMEDIATE")
    try:
        version = connection.execute("PRAGMA user_version").fetchone()[0]
        if connection.execute("SELECT count(*) FROM sqlite_schema").fetchone()[0] == 0:
            for statement in SCHEMA:
                connection.execute(statement)
            connection.execute(f"PRAGMA application_id = {APPLICATION_ID}")
            version = SCHEMA_VERSION
        while version < SCHEMA_VERSION:
            MIGRATIONS[version](connection)
            version += 1
        connection.execute(f"PRAGMA user_version = {version}")
        connection.execute("COMMIT")
    except BaseException:
        connection.execute("ROLLBACK")
        raise
