"""The parse cache: what each page of a folder parsed into, kept in the user cache dir.

Why: a folder collected over months holds thousands of pages, and parsing them
is the slow part of opening it. One cache file per folder lets an unchanged
folder open without reading or decoding a single page. Each entry is keyed on
the file's name in the folder, its size and its mtime (ns); the whole file is
keyed on the parser's version, a hash of the parsing code and of the lexicons
in force, so editing the cleaner, the extractor or a lexicon invalidates it
without anyone bumping a number.

The cache lives outside the seed folder (never written) and is written
atomically (temporary file + os.replace in the cache dir). A missing, corrupt
or old cache is an empty cache: it is rebuilt without a word to the user.
It is a pickle (the fastest to load, see _by_constructor): the user cache dir
is the user's own, trusted as much as the code itself.
"""

from __future__ import annotations

import gc
import hashlib
import io
import json
import os
import pickle
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, fields
from operator import attrgetter
from pathlib import Path
from typing import Any, BinaryIO

import platformdirs

from reader.config import Config
from reader.model import Article, Block, DateMention, Official, OfficialMention, Problem

CACHE_DIR_ENV = "READER_CACHE_DIR"  # overrides the user cache dir (tests, benchmarks, sandboxes)
CACHE_FORMAT = 2  # the layout of the cache file itself; bump when CachedFile or the header changes
# An mtime this close to the moment the file was stat'ed may be shared by a second write of
# the same size that follows within the filesystem's timestamp granularity (2 s on FAT):
# such an entry is not stored, so the file is parsed again next time.
RACY_WINDOW_NS = 2_000_000_000
# The sources whose behaviour decides what a page parses into (paths under the package).
PARSER_SOURCES = ("load.py", "model.py", "text.py", "lexicon.py", "corpus.py", "clean", "extract")


@dataclass(frozen=True, slots=True)
class CachedFile:
    """What one page parsed into, and the stat it was read with."""

    size: int
    mtime_ns: int
    articles: tuple[Article, ...]
    problems: tuple[Problem, ...]

    def matches(self, stat: os.stat_result) -> bool:
        return self.size == stat.st_size and self.mtime_ns == stat.st_mtime_ns


@dataclass(frozen=True, slots=True)
class CacheContents:
    """The entries of a folder's files by name, and the officials index built from exactly those."""

    files: dict[str, CachedFile]
    officials: tuple[Official, ...] | None  # None: not stored (the index is then rebuilt)


def cache_dir() -> Path:
    """$READER_CACHE_DIR if set, else the platform's user cache dir for `reader`."""
    override = os.environ.get(CACHE_DIR_ENV)
    return Path(override) if override else Path(platformdirs.user_cache_dir("reader"))


def parser_version(config: Config) -> str:
    """A hash of the parsing code, of the cleaning/extraction lexicons and of the link rule in force."""
    package = Path(__file__).parent
    digest = hashlib.sha256()
    for name in PARSER_SOURCES:
        root = package / name
        files = sorted(root.rglob("*")) if root.is_dir() else [root]
        for path in files:
            if path.is_file() and "__pycache__" not in path.parts:
                digest.update(path.relative_to(package).as_posix().encode())
                digest.update(path.read_bytes())
    lexicons = {"cleaning": dict(config.cleaning.lists), "extraction": dict(config.extraction.lists)}
    digest.update(json.dumps(lexicons, sort_keys=True, ensure_ascii=False).encode())
    digest.update(b"follow links outside" if config.follow_links_outside else b"links stay inside")
    return digest.hexdigest()[:24]


class ParseCache:
    """The cache file of one folder under one parser version."""

    def __init__(self, folder: Path, version: str, root: Path | None = None) -> None:
        self.folder = str(folder.resolve())
        self.version = version
        name = hashlib.sha256(self.folder.encode()).hexdigest()[:24]
        self.path = (root if root is not None else cache_dir()) / f"{name}.pickle"

    def load(self) -> CacheContents:
        """What was stored; empty if absent, unreadable, corrupt or stale."""
        try:
            stored = unpack(self.path.read_bytes())
        except Exception:  # absent, unreadable, or a damaged pickle (which can raise nearly anything)
            return CacheContents({}, None)
        if not isinstance(stored, dict):
            return CacheContents({}, None)
        header = (stored.get("format"), stored.get("version"), stored.get("folder"))
        files, officials = stored.get("files"), stored.get("officials")
        if header != (CACHE_FORMAT, self.version, self.folder) or not isinstance(files, dict):
            return CacheContents({}, None)
        return CacheContents(files, officials if isinstance(officials, tuple) else None)

    def save(self, contents: CacheContents) -> bool:
        """Replace the cache file atomically; False (and nothing left behind) if it cannot be written."""
        stored = {"format": CACHE_FORMAT, "version": self.version, "folder": self.folder,
                  "files": contents.files, "officials": contents.officials}
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            fd, temp = tempfile.mkstemp(prefix=".tmp-", suffix=".pickle", dir=self.path.parent)
        except OSError:
            return False
        replaced = False
        try:
            with os.fdopen(fd, "wb") as stream:
                _pickler(stream).dump(stored)  # streamed: no second copy of a 60 MB cache in memory
            os.replace(temp, self.path)
            replaced = True
        except OSError:
            return False
        finally:
            if not replaced:
                Path(temp).unlink(missing_ok=True)
        return True


def pack(value: object) -> bytes:
    """Pickle parsed articles the fast way (see _by_constructor)."""
    stream = io.BytesIO()
    _pickler(stream).dump(value)
    return stream.getvalue()


def _pickler(stream: BinaryIO) -> pickle.Pickler:
    pickler = pickle.Pickler(stream, protocol=pickle.HIGHEST_PROTOCOL)
    pickler.dispatch_table = _DISPATCH_TABLE
    return pickler


def unpack(data: bytes) -> Any:
    """The inverse of pack; what it makes is spared from the collector (see spare_from_collector).

    The collector is paused meanwhile: it would otherwise run every 700 new objects and
    rescan the growing heap (measured: 0.16 s -> 0.08 s at 1,000 pages).
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        value = pickle.loads(data)
        spare_from_collector()
        return value
    finally:
        if enabled:
            gc.enable()


def spare_from_collector() -> None:
    """Move every object alive now, chiefly the parsed articles, out of the cyclic collector's sight.

    At 10,000 pages the corpus is about 1.5 million objects; left to the collector, the
    next collections rescan them all (1.6 s measured after a load from the cache, on the
    UI thread when it falls in the app). The articles hold no reference cycles, so
    reference counting still frees them like any object (gc.freeze only hides them from
    the cycle finder); cyclic garbage that exists at this moment is never reclaimed.
    """
    gc.freeze()


def is_racy(entry: CachedFile, stat_time_ns: int) -> bool:
    """True if the file's mtime is too recent to tell a later same-size write apart."""
    return entry.mtime_ns > stat_time_ns - RACY_WINDOW_NS


def _by_constructor(cls: type) -> Callable[[object], tuple[type, tuple[object, ...]]]:
    """Pickle a frozen slotted dataclass as a call to its constructor.

    The default goes through the dataclass's Python-level __setstate__, which
    makes loading about twice as slow (measured on 1,000 pages: 0.16 s -> 0.08 s
    together with the paused collector).
    """
    values = attrgetter(*(field.name for field in fields(cls)))
    return lambda obj: (cls, values(obj))


_DISPATCH_TABLE = {cls: _by_constructor(cls)
                   for cls in (CachedFile, Article, Block, DateMention, OfficialMention, Official, Problem)}
