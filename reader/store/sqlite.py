"""What both databases share: where they live, how a connection is opened, how a file is vetted.

Why a vetting step before sqlite3 touches a file: opening a foreign or damaged file in WAL
mode would write to it (the journal mode is stored in the file), and the state database must
be left exactly as it is when it is not ours. Why a lock beside it (`OpenLock`): the bytes of a
database that another process is writing are not always whole (see there).
"""

from __future__ import annotations

import fcntl
import os
import sqlite3
import time
from pathlib import Path
from urllib.parse import quote

import platformdirs

CACHE_DIR_ENV = "READER_CACHE_DIR"  # overrides the user cache dir (tests, benchmarks, sandboxes)
STATE_DIR_ENV = "READER_STATE_DIR"  # overrides the user state dir
BUSY_TIMEOUT_MS = 30_000  # another `reader` writing the same file waits this long, then gives up
HEADER = b"SQLite format 3\x00"
TRUNCATED = "truncated"  # vet()'s reason for a file shorter than its header says


def cache_dir() -> Path:
    """$READER_CACHE_DIR if set, else the platform's user cache dir for `reader`."""
    override = os.environ.get(CACHE_DIR_ENV)
    return Path(override) if override else Path(platformdirs.user_cache_dir("reader"))


def state_dir() -> Path:
    """$READER_STATE_DIR if set, else the platform's user state dir for `reader`."""
    override = os.environ.get(STATE_DIR_ENV)
    return Path(override) if override else Path(platformdirs.user_state_dir("reader"))


def vet(path: Path) -> str | None:
    """Why the file at `path` is no SQLite database as a whole, or None if it may be one.

    Reads only the 100-byte header: the magic string, and that the file holds every page
    the header counts (a truncated copy fails here rather than in the middle of a read).
    An empty file is an empty database (another process has just created it).
    """
    try:
        with path.open("rb") as stream:
            header = stream.read(100)
            size = os.fstat(stream.fileno()).st_size
    except OSError as err:
        return f"cannot read: {(err.strerror or type(err).__name__).lower()}"
    if size == 0:
        return None
    if len(header) < 100 or not header.startswith(HEADER):
        return "not an SQLite database"
    page_size = int.from_bytes(header[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    pages = int.from_bytes(header[28:32], "big")
    if size < pages * page_size or size % page_size:
        return TRUNCATED
    return None


class OpenLock:
    """A lock file beside a database: held shared while a process has the database open, exclusively to vet it.

    Why: a database another process is writing can look truncated from its bytes for a moment,
    since a checkpoint writes page 1, with the new page count, before the pages after it. One
    found so was deleted under its writer as "truncated" (a second `reader` starting while the
    first wrote a cold store). So only a process that finds no other holder vets the file (and
    may rebuild it); the others wait while it does, then use the file it has vetted. The lock
    file is never deleted, as a new file would be a new lock.
    """

    def __init__(self, database: Path) -> None:
        self.path = Path(f"{database}.lock")
        self._fd: int | None = os.open(self.path, os.O_RDWR | os.O_CREAT | os.O_CLOEXEC, 0o600)

    def take(self) -> bool:
        """True if no other process holds it (then held exclusively until `share`), False if others do.

        Gives up with TimeoutError (an OSError) after the busy timeout, as a writer would.
        """
        assert self._fd is not None, "taken after release"
        deadline = time.monotonic() + BUSY_TIMEOUT_MS / 1000
        while True:
            for operation, alone in ((fcntl.LOCK_EX, True), (fcntl.LOCK_SH, False)):
                try:
                    fcntl.flock(self._fd, operation | fcntl.LOCK_NB)
                except BlockingIOError:
                    continue
                return alone
            if time.monotonic() > deadline:  # held exclusively all this time: another is vetting it
                raise TimeoutError(f"{self.path}: held by another process for {BUSY_TIMEOUT_MS // 1000} s")
            time.sleep(0.02)

    def share(self) -> None:
        """Vetted and initialised: other processes may open the database too."""
        assert self._fd is not None, "shared after release"
        fcntl.flock(self._fd, fcntl.LOCK_SH)

    def release(self) -> None:
        """Let go (closing the file does); a second call does nothing."""
        if self._fd is not None:
            os.close(self._fd)
            self._fd = None


def header_ids(path: Path) -> tuple[int, int]:
    """(application_id, user_version) as the file's header holds them; (0, 0) for an empty file.

    Read from the bytes, so that looking does not make SQLite create a WAL beside a file
    that may not be ours. Call after vet().
    """
    with path.open("rb") as stream:
        header = stream.read(100)
    if not header:
        return 0, 0
    return int.from_bytes(header[68:72], "big"), int.from_bytes(header[60:64], "big", signed=True)


def connect(path: Path | str, *, read_only: bool = False) -> sqlite3.Connection:
    """A connection usable from any thread (callers serialise), autocommit, with a busy timeout."""
    mode = "ro" if read_only else "rwc"
    uri = f"file:{quote(str(path))}?mode={mode}" if path != ":memory:" else ":memory:"
    connection = sqlite3.connect(uri, uri=uri != ":memory:", timeout=BUSY_TIMEOUT_MS / 1000,
                                 isolation_level=None, check_same_thread=False)
    connection.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    return connection


def use_wal(connection: sqlite3.Connection) -> None:
    """WAL: readers never block the writer, and a killed writer loses only its open transaction."""
    connection.execute("PRAGMA journal_mode = WAL")
    connection.execute("PRAGMA synchronous = NORMAL")


def remove_database(path: Path) -> None:
    """Delete a database file with its WAL and shared-memory files (derived data only)."""
    for suffix in ("", "-wal", "-shm", "-journal"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
