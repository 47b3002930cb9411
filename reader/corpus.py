"""Folder -> Corpus: load, clean, extract, index. The one entry point of the core.

Each file is read, decoded and parsed on its own, so a page's raw text is dropped as soon
as it is parsed. Pages unchanged since the last start come from the corpus database
(reader/store/corpus_db.py) without being read; the others are parsed here, across
processes when there are enough of them to pay for the workers, and written into the
store by this process. The worker pool (multiprocessing) is imported where it is used: an
unchanged folder needs none.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import sqlite3
import time
from collections.abc import Callable, Generator, Iterable, Iterator, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from reader.catalog import Catalog, Glance, MemoryCatalog, StoreCatalog
from reader.config import Config
from reader.load import (
    display_name,
    id_stems,
    list_page_files,
    list_page_names,
    natural_stem,
    os_reason,
    read_page,
    sort_page_names,
)
from reader.model import Article, Corpus, Official, Problem, RawPage
from reader.search import SearchIndex, search_columns
from reader.store.corpus_db import CorpusStore, FolderIndex, ListRow, StoredPage, database_path, is_damage
from reader.store.rows import ListDate, ParsedPage, article_from_rows, article_rows, list_date, problems_of

# Below this many pages to parse, one process is as fast as starting workers. Measured on 2 idle
# cores, fresh process each time (serial / parallel): 50 pages 0.25 / 0.25 s, 100 pages 0.45 / 0.35 s,
# 200 pages 0.92 / 0.60 s, 1,000 pages 4.4 / 2.7 s.
PARALLEL_MIN_PAGES = 100
TASKS_PER_WORKER = 4  # chunks per worker at least: enough to balance uneven pages
# The folder's first pages, parsed in this process before the workers start, and the pages of each
# worker's first chunk. A cold start lists their articles as soon as they are written: the first after
# this process's own import of the parser and its grammars (~0.4 s of CPU) rather than a worker's start
# (an interpreter, the same imports, the page: ~0.75 s of CPU, beside the app's start on 2 cores), and
# each worker's soon after it is up, not once it has parsed a whole chunk (50 pages: ~0.5 s of CPU).
# Before the workers rather than while they start: three processes' work on 2 cores would slow this one.
FIRST_CHUNK = 4
WRITE_BATCH = 50  # pages are written to the store this many at a time (at most), as they are parsed
# An mtime this close to the moment the file was stat'ed may be shared by a second write of
# the same size that follows within the filesystem's timestamp granularity (2 s on FAT):
# such a page is stored untrusted, so it is parsed again next time.
RACY_WINDOW_NS = 2_000_000_000
# The sources whose behaviour decides what a page parses into (paths under the package).
PARSER_SOURCES = ("load.py", "model.py", "text.py", "lexicon.py", "corpus.py", "clean", "extract")

# Told (pages parsed so far, pages to parse) before the first page is parsed and after each batch is
# kept, for a progress line or bar; called in the thread that builds the corpus. What it raises
# stops the parse, keeping what was parsed (in the store: the next start parses only the rest).
Progress = Callable[[int, int], None]


@dataclass(frozen=True, slots=True)
class BuildStats:
    """How a corpus was built: what the store saved and how the rest was parsed."""

    files: int  # page files in the folder
    reused: int  # taken from the store, not even read
    parsed: int  # read and parsed this time
    workers: int  # processes that parsed them; 1 means this process
    store_file: Path | None  # None when the store was not used
    store_written: bool  # pages or the officials index were written to the store


@dataclass(frozen=True, slots=True)
class CorpusBuild:
    corpus: Corpus
    stats: BuildStats
    store: CorpusStore | None = None  # open, for the search index; close() when done
    rowids: tuple[int, ...] = ()  # the store's rowid of each article of the corpus

    def search_index(self) -> SearchIndex:
        """Search over the store's full-text index, or an index built in memory without a store."""
        if self.store is None:
            return SearchIndex(self.corpus.articles)
        by_id = {article.id: article for article in self.corpus.articles}
        keys = self.store.search_keys()
        rows = [(keys[rowid], article.id, dated[0] if (dated := list_date(article)) is not None else None)
                for rowid, article in zip(self.rowids, self.corpus.articles, strict=True)]
        return SearchIndex.on_store(self.store.connection, rows, by_id.__getitem__, self.store.second_connection)

    def close(self) -> None:
        if self.store is not None:
            self.store.close()


@dataclass(frozen=True, slots=True)
class Synced:
    """A folder's store brought up to date: the page files in order, and what it took."""

    store: CorpusStore
    names: list[str]
    pages: dict[str, StoredPage]
    stats: BuildStats
    notes: tuple[Problem, ...]  # one line when the store file had to be thrown away


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


def parse_page(page: RawPage, config: Config) -> list[Article]:
    """Clean one page into articles and extract their entities."""
    from reader.clean import clean_page
    from reader.extract import extract_article

    return [extract_article(a, config.extraction) for a in clean_page(page, config.cleaning)]


def parse_file(path: Path, config: Config, started_ns: int) -> ParsedPage:
    """Read and parse one file into rows ready for the store.

    The stat is taken before the read, so a write that races with the read leaves a
    stale key that simply misses next time.
    """
    try:
        stat = path.stat()
    except OSError as err:
        return ParsedPage(path.name, 0, 0, False, ((display_name(path.name), f"cannot read: {os_reason(err)}"),), ())
    page, problem = read_page(path, follow_links_outside=config.follow_links_outside)
    problems = [(problem.path, problem.reason)] if problem is not None else []
    articles = tuple(parse_page(page, config)) if page is not None else ()
    if page is not None and not articles:
        problems.append((page.file, "no article found"))
    trusted = page is not None and stat.st_mtime_ns <= started_ns - RACY_WINDOW_NS
    return ParsedPage(path.name, stat.st_size, stat.st_mtime_ns, trusted, tuple(problems),
                      tuple(article_rows(article, search_columns(article)) for article in articles))


def build_corpus(folder: Path, config: Config, *, use_cache: bool = True, workers: int | None = None) -> Corpus:
    """Every article of the folder, with the problems met on the way."""
    build = load_corpus(folder, config, use_cache=use_cache, workers=workers)
    build.close()
    return build.corpus


def load_corpus(folder: Path, config: Config, *, use_cache: bool = True, workers: int | None = None,
                progress: Progress | None = None) -> CorpusBuild:
    """build_corpus, with the figures of how it went and the store left open for searching.

    `workers` caps the parsing processes (default: the CPUs this process may use).
    Without the store (`use_cache=False`, or a cache dir where no database can be made),
    everything is parsed in memory.
    """
    from reader.clean.evidence import without_repeated_lines

    synced = sync(folder, config, workers=workers, progress=progress) if use_cache else None
    if synced is None:
        return _parse_in_memory(folder, config, workers, progress)
    store, names = synced.store, synced.names
    try:
        written = synced.stats.store_written
        index, officials = store.folder_index(), None
        if index is None:
            index, officials, saved = _index_folder(store, names, synced.pages)
            written = saved or written
        with store.snapshot():  # another `reader` may write meanwhile: read one state of the store
            pairs = [(rowid, without_repeated_lines(article, index.evidence))
                     for rowid, article in _with_unique_ids(store.articles(names), names)]
            problems = (*synced.notes, *store.problems(names))
            if officials is None:
                officials = store.officials()
        articles = tuple(article for _, article in pairs)
    except sqlite3.Error:
        store.close()
        return _parse_in_memory(folder, config, workers, progress)
    corpus = Corpus(folder=folder, articles=articles, problems=problems, officials=officials)
    stats = BuildStats(synced.stats.files, synced.stats.reused, synced.stats.parsed, synced.stats.workers,
                       store.path, written)
    return CorpusBuild(corpus, stats, store, tuple(rowid for rowid, _ in pairs))


def open_catalog(folder: Path, config: Config, *, use_cache: bool = True, workers: int | None = None,
                 progress: Progress | None = None) -> Catalog:
    """What the app reads: the list's rows from the store, each article read when it is shown.

    Without the store, the folder is parsed in memory, as load_corpus does.
    """
    synced = sync(folder, config, workers=workers, progress=progress) if use_cache else None
    return _catalog_of(folder, config, synced, workers, progress)


def peek_catalog(folder: Path, config: Config) -> StoreCatalog | None:
    """The folder's catalog as the store last saw it, without listing or stat'ing the folder.

    What the app paints first; recheck_catalog then does open_catalog's check of every page and
    replaces it when a page came, went or changed. None when the store cannot vouch for the
    folder as it was (missing, not usable as it is, a page untrusted or read by other code or
    lexicons, the folder index not worked out): then the start waits for the check, as before.
    """
    store = CorpusStore.existing(folder)
    if store is None:
        return None
    try:
        with store.snapshot():
            names = sort_page_names(store.page_names()) if store.all_current(parser_version(config)) else None
            index = store.folder_index() if names is not None else None
            if names is None or index is None:
                store.close()
                return None
            rows = store.list_rows(names)
            problems = tuple(store.problems(names))
    except sqlite3.Error:
        store.close()
        return None
    return _store_catalog(folder, store, names, rows, index, problems, verified=False)


def glance_catalog(folder: Path, config: Config) -> Glance | None:
    """The folder's first screen as the store last saw it (catalog.Glance), before its rows are read.

    None when the store cannot vouch for the folder (as for peek_catalog), or when its names are
    not all printable ASCII: SQLite orders names by their bytes, the folder by their shown form.
    """
    store = CorpusStore.existing(folder)
    if store is None:
        return None
    try:
        if (store.all_current(parser_version(config)) and store.names_sort_as_stored()
                and store.folder_index() is not None):
            return Glance(store)
    except sqlite3.Error:
        pass
    store.close()
    return None


def recheck_catalog(shown: StoreCatalog, config: Config, *, workers: int | None = None,
                    progress: Progress | None = None) -> Catalog | None:
    """None when the folder is as `shown` (a peek_catalog) has it, which is then verified; else its catalog now.

    The folder is listed and every page stat'ed against the store, as open_catalog does; a
    changed page is parsed again alone.
    """
    synced = sync(shown.folder, config, workers=workers, progress=progress)
    if synced is not None and not synced.stats.store_written and not synced.notes:
        try:
            unchanged = synced.store.latest_rowid() == shown.latest_rowid and synced.names == shown.names
        except sqlite3.Error:
            unchanged = False  # another `reader` holds it, or it went: open_catalog says what it can
        if unchanged:
            synced.store.close()
            shown.verified = True
            return None
    return _catalog_of(shown.folder, config, synced, workers, progress)


def _catalog_of(folder: Path, config: Config, synced: Synced | None, workers: int | None,
                progress: Progress | None) -> Catalog:
    if synced is None:
        return MemoryCatalog(_parse_in_memory(folder, config, workers, progress).corpus)
    store, names = synced.store, synced.names
    try:
        index = store.folder_index()
        if index is None:
            index, _officials, _saved = _index_folder(store, names, synced.pages)
        with store.snapshot():
            rows = store.list_rows(names)
            problems = (*synced.notes, *store.problems(names))
    except sqlite3.Error:
        store.close()
        return MemoryCatalog(_parse_in_memory(folder, config, workers, progress).corpus)
    return _store_catalog(folder, store, names, rows, index, problems, verified=True)


def _store_catalog(folder: Path, store: CorpusStore, names: list[str], rows: list[ListRow], index: FolderIndex,
                   problems: tuple[Problem, ...], *, verified: bool) -> StoreCatalog:
    rename = id_renamer(names)
    ids = [rename(row[2], row[3]) for row in rows] if rename is not None else [row[2] for row in rows]
    catalog = StoreCatalog(folder, store, rows, ids, index, problems, names=names)
    catalog.verified = verified
    return catalog


def _index_folder(store: CorpusStore, names: Sequence[str],
                  pages: dict[str, StoredPage]) -> tuple[FolderIndex, tuple[Official, ...], bool]:
    """Work out what depends on the whole folder (evidence, officials) and store it; True if it was stored.

    Done once after pages changed: it reads every article, one page at a time.
    """
    from reader.clean.evidence import MAX_EVIDENCE_CHARS, dropped_blocks, repeated_lines, without_repeated_lines
    from reader.extract import build_officials_index

    with store.snapshot():
        evidence = repeated_lines(store.short_paragraphs(names, MAX_EVIDENCE_CHARS))
        furniture: dict[int, frozenset[int]] = {}
        redated: dict[int, ListDate] = {}
        mentions: list[Article] = []  # each article with its officials alone: all the index reads
        for rowid, article in _with_unique_ids(store.articles(names), names):
            dropped = dropped_blocks(article, evidence)
            if dropped:
                furniture[rowid] = dropped
                kept = without_repeated_lines(article, evidence)
                if list_date(kept) != list_date(article):
                    redated[rowid] = list_date(kept)
                article = kept
            mentions.append(replace(article, blocks=(), dates=()))
    index, officials = FolderIndex(evidence, furniture, redated), build_officials_index(mentions)
    return index, officials, store.save_folder_index(index, officials, pages)


def stream_corpus(folder: Path, config: Config, *, use_cache: bool = True, workers: int | None = None,
                  progress: Progress | None = None) -> tuple[tuple[Problem, ...], Iterator[Article]]:
    """The folder's problems, and its articles one page at a time from the store (for the export).

    Without the store, the folder is parsed in memory first.
    """
    from reader.clean.evidence import MAX_EVIDENCE_CHARS, repeated_lines, without_repeated_lines

    synced = sync(folder, config, workers=workers, progress=progress) if use_cache else None
    if synced is None:
        corpus = _parse_in_memory(folder, config, workers, progress, index=False).corpus
        return corpus.problems, iter(corpus.articles)
    store = synced.store
    problems = (*synced.notes, *store.problems(synced.names))

    def articles() -> Iterator[Article]:
        try:
            with store.snapshot():
                evidence = repeated_lines(store.short_paragraphs(synced.names, MAX_EVIDENCE_CHARS))
                for _, article in _with_unique_ids(store.articles(synced.names), synced.names):
                    yield without_repeated_lines(article, evidence)
        finally:
            store.close()

    return problems, articles()


def sync(folder: Path, config: Config, *, workers: int | None = None,
         progress: Progress | None = None) -> Synced | None:
    """Bring the folder's store up to date: parse what changed, drop what left; None without a store.

    A store found damaged on the way is thrown away and built once more.
    """
    notes: list[Problem] = []
    for _attempt in range(2):
        try:
            store, reason = CorpusStore.open(folder)
        except (OSError, sqlite3.Error):
            return None
        if reason is not None:
            notes.append(Problem(str(store.path), f"{reason}: the corpus database was rebuilt"))
        try:
            return _sync(store, folder, config, workers, tuple(notes), progress)
        except sqlite3.Error as err:
            store.close()
            if not is_damage(err):
                return None
            with contextlib.suppress(OSError):
                database_path(folder).unlink()
            notes = [Problem(str(store.path), "damaged: the corpus database was rebuilt")]
    return None


def _sync(store: CorpusStore, folder: Path, config: Config, workers: int | None,
          notes: tuple[Problem, ...], progress: Progress | None) -> Synced:
    names = list_page_names(folder)
    started_ns = time.time_ns()
    parser = parser_version(config)
    stored = store.pages()
    to_parse = [folder / name for name in _changed(folder, names, stored, parser)]
    removed = stored.keys() - set(names)
    written = False
    if removed:
        store.write((), parser, removed)
        written = True
    used_workers = 1
    parsed = 0
    if progress is not None and to_parse:
        progress(0, len(to_parse))
    with contextlib.closing(_parse_files(to_parse, config, workers, started_ns)) as batches:
        for batch, count in batches:
            store.write(batch, parser)  # kept at once: a quit or a crash later loses none of it
            written, used_workers = True, count
            parsed += len(batch)
            if progress is not None:
                progress(parsed, len(to_parse))
    stats = BuildStats(len(names), len(names) - len(to_parse), len(to_parse), used_workers, store.path, written)
    return Synced(store, names, store.pages() if written else stored, stats, notes)


def _with_unique_ids(pairs: Iterable[tuple[int, Article]], names: Sequence[str]) -> Iterator[tuple[int, Article]]:
    """The (rowid, article) pairs of the folder's files in order, ids made unique across them (id_renamer)."""
    rename = id_renamer(names)
    if rename is None:
        yield from pairs  # the usual folder: nothing collides
        return
    for rowid, article in pairs:
        unique = rename(article.id, article.file)
        yield rowid, (article if unique == article.id else replace(article, id=unique))


def id_renamer(names: Sequence[str]) -> Callable[[str, str], str] | None:
    """None when no ids collide; else a function of (id, file), fed every article in folder order, giving its id.

    Done as the articles are read, since a file's ids depend on its neighbours' names (see
    id_stems): the store keeps each page's own parse. Each file's articles come together,
    numbered from 1, so an article numbered 1 starts the next file of that shown name.
    """
    shown = {name: display_name(name) for name in names}
    if len({natural_stem(display) for display in shown.values()}) == len(shown):
        return None  # each file's own stem is unique (what id_stems then gives back)
    stems = id_stems(shown)
    remaining = iter(names)
    current = {"stem": "", "natural": ""}

    def rename(article_id: str, file: str) -> str:
        if article_id.endswith("-1"):
            name = next((n for n in remaining if shown[n] == file), None)
            current["natural"] = natural_stem(file)
            current["stem"] = stems[name] if name is not None else current["natural"]
        stem, natural = current["stem"], current["natural"]
        return article_id if stem == natural else stem + article_id[len(natural):]

    return rename


def _changed(folder: Path, names: Sequence[str], stored: dict[str, StoredPage], parser: str) -> list[str]:
    """The names whose file is not the one stored: new, changed, unreadable, or stored untrusted.

    Plain strings and os.stat: path objects for 10,000 names were a third of a warm start.
    """
    prefix = os.path.join(folder, "")
    changed = []
    for name in names:
        page = stored.get(name)
        if page is None:
            changed.append(name)
            continue
        try:
            stat = os.stat(prefix + name)
        except OSError:
            changed.append(name)
            continue
        if not page.matches(stat.st_size, stat.st_mtime_ns, parser):
            changed.append(name)
    return changed


def drop_folder_furniture(articles: list[Article]) -> list[Article]:
    """The articles without the lines the folder itself shows to be furniture (reader/clean/evidence.py).

    Applied to stored and fresh articles alike, so the store holds each page's own parse.
    """
    from reader.clean.evidence import repeated_lines, without_repeated_lines

    evidence = repeated_lines(articles)
    return [without_repeated_lines(article, evidence) for article in articles] if evidence else articles


def _parse_in_memory(folder: Path, config: Config, workers: int | None, progress: Progress | None, *,
                     index: bool = True) -> CorpusBuild:
    """Every page parsed, nothing read from or written to the store (--no-cache)."""
    from reader.extract import build_officials_index

    paths = list_page_files(folder)
    page_names = [path.name for path in paths]
    pages: list[ParsedPage] = []
    used = 1
    if progress is not None and paths:
        progress(0, len(paths))
    with contextlib.closing(_parse_files(paths, config, workers, time.time_ns())) as batches:
        for batch, count in batches:
            pages.extend(batch)
            used = count
            if progress is not None:
                progress(len(pages), len(paths))
    parsed = ((0, article_from_rows(a.head, a.blocks, a.dates, a.mentions)) for page in pages for a in page.articles)
    articles = tuple(drop_folder_furniture([article for _, article in _with_unique_ids(parsed, page_names)]))
    problems = tuple(problem for page in pages for problem in problems_of(page))
    officials: tuple[Official, ...] = build_officials_index(articles) if index else ()
    corpus = Corpus(folder=folder, articles=articles, problems=problems, officials=officials)
    return CorpusBuild(corpus, BuildStats(len(paths), 0, len(paths), used, None, False))


def _parse_files(paths: Sequence[Path], config: Config, workers: int | None,
                 started_ns: int) -> Generator[tuple[list[ParsedPage], int], None, None]:
    """Parse the files in order, in batches, across processes when there are enough of them.

    Yields each batch with the number of processes that parsed it, as soon as it is parsed, so
    the caller keeps it before the next one comes; a caller that may stop early closes this
    generator (`contextlib.closing`), which stops the workers at once.
    """
    count = min(workers or len(os.sched_getaffinity(0)), len(paths))
    if count < 2 or len(paths) < PARALLEL_MIN_PAGES:
        yield from _parse_here(paths, config, started_ns)
        return
    yield _parse_list(paths[:FIRST_CHUNK], config, started_ns), 1  # before the workers: see FIRST_CHUNK
    from reader.workers import WorkerFailed, run_in_workers  # here, not at the top: see the module docstring

    chunks = worker_chunks(paths[FIRST_CHUNK:], count)
    done = 0  # chunks yielded
    try:
        with contextlib.closing(run_in_workers(_parse_chunk, chunks, count, initializer=_start_worker,
                                               initargs=(config, started_ns))) as batches:
            for batch in batches:
                done += 1
                yield batch, count
    except (OSError, WorkerFailed):
        # No processes here (a sandbox, a process limit), a worker killed for memory, or a parser
        # bug: the rest of the folder is parsed here, only slower, and a bug raises again, here.
        yield from _parse_here([path for chunk in chunks[done:] for path in chunk], config, started_ns)


def worker_chunks(paths: Sequence[Path], count: int) -> list[list[Path]]:
    """The files in order, in chunks for `count` workers: each worker's first one FIRST_CHUNK pages,
    then chunks of up to WRITE_BATCH, at least TASKS_PER_WORKER a worker."""
    size = max(1, min(WRITE_BATCH, -(-len(paths) // (count * TASKS_PER_WORKER))))
    first = min(FIRST_CHUNK, size)
    head = min(first * count, len(paths))
    return ([list(paths[i:i + first]) for i in range(0, head, first)]
            + [list(paths[i:i + size]) for i in range(head, len(paths), size)])


def _parse_here(paths: Sequence[Path], config: Config, started_ns: int) -> Iterator[tuple[list[ParsedPage], int]]:
    for start in range(0, len(paths), WRITE_BATCH):
        yield _parse_list(paths[start:start + WRITE_BATCH], config, started_ns), 1


def _parse_list(paths: Sequence[Path], config: Config, started_ns: int) -> list[ParsedPage]:
    return [parse_file(path, config, started_ns) for path in paths]


_worker_setup: tuple[Config, int] | None = None  # set once per worker process by _start_worker


def _start_worker(config: Config, started_ns: int) -> None:
    global _worker_setup
    _worker_setup = (config, started_ns)


def _parse_chunk(paths: list[Path]) -> list[ParsedPage]:
    """Parse in a worker; the results go back as rows of plain values, folded text included."""
    assert _worker_setup is not None, "worker used before _start_worker"
    config, started_ns = _worker_setup
    return _parse_list(paths, config, started_ns)
