"""Folder -> Corpus: load, clean, extract, index. The one entry point of the core.

Each file is read, decoded and parsed on its own, so a page's raw text is
dropped as soon as it is parsed. Files unchanged since the last start come from
the parse cache (reader/cache.py) without being read; the others are parsed
here, across processes when there are enough of them to pay for the workers.
"""

from __future__ import annotations

import os
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from reader.cache import (
    CacheContents,
    CachedFile,
    ParseCache,
    is_racy,
    pack,
    parser_version,
    spare_from_collector,
    unpack,
)
from reader.clean import clean_page
from reader.clean.evidence import repeated_lines, without_repeated_lines
from reader.config import Config
from reader.extract import build_officials_index, extract_article
from reader.load import display_name, list_page_files, os_reason, read_page
from reader.model import Article, Corpus, Problem, RawPage
from reader.workers import WorkerFailed, run_in_workers

# Below this many pages to parse, one process is as fast as starting workers. Measured on 2 idle
# cores, fresh process each time (serial / parallel): 50 pages 0.25 / 0.25 s, 100 pages 0.45 / 0.35 s,
# 200 pages 0.92 / 0.60 s, 1,000 pages 4.4 / 2.7 s.
PARALLEL_MIN_PAGES = 100
TASKS_PER_WORKER = 4  # chunks per worker: enough to balance uneven pages, few enough to keep overhead low

ParsedFile = tuple[CachedFile, bool]  # a file's entry, and whether it may be cached (it could be read)


@dataclass(frozen=True, slots=True)
class BuildStats:
    """How a corpus was built: what the cache saved and how the rest was parsed."""

    files: int  # page files in the folder
    reused: int  # taken from the cache, not even read
    parsed: int  # read and parsed this time
    workers: int  # processes that parsed them; 1 means this process
    cache_file: Path | None  # None when the cache was not used
    cache_written: bool


@dataclass(frozen=True, slots=True)
class CorpusBuild:
    corpus: Corpus
    stats: BuildStats


def parse_page(page: RawPage, config: Config) -> list[Article]:
    """Clean one page into articles and extract their entities."""
    return [extract_article(a, config.extraction) for a in clean_page(page, config.cleaning)]


def parse_file(path: Path, config: Config) -> ParsedFile:
    """Read and parse one file: its entry, and whether it may be cached (it could be read).

    The stat is taken before the read, so a write that races with the read
    leaves a stale key that simply misses next time.
    """
    try:
        stat = path.stat()
    except OSError as err:
        return CachedFile(0, 0, (), (Problem(display_name(path.name), f"cannot read: {os_reason(err)}"),)), False
    page, problem = read_page(path, follow_links_outside=config.follow_links_outside)
    problems = [problem] if problem is not None else []
    articles = tuple(parse_page(page, config)) if page is not None else ()
    if page is not None and not articles:
        problems.append(Problem(page.file, "no article found"))
    return CachedFile(stat.st_size, stat.st_mtime_ns, articles, tuple(problems)), page is not None


def build_corpus(folder: Path, config: Config, *, use_cache: bool = True, workers: int | None = None) -> Corpus:
    """Every article of the folder, with the problems met on the way."""
    return load_corpus(folder, config, use_cache=use_cache, workers=workers).corpus


def load_corpus(folder: Path, config: Config, *, use_cache: bool = True, workers: int | None = None) -> CorpusBuild:
    """build_corpus, with the figures of how it went (for the benchmark and the tests).

    `workers` caps the parsing processes (default: the CPUs this process may use).
    """
    paths = list_page_files(folder)
    started_ns = time.time_ns()
    cache = ParseCache(folder, parser_version(config)) if use_cache else None
    stored = cache.load() if cache is not None else CacheContents({}, None)
    entries: dict[str, CachedFile] = {}
    to_parse: list[Path] = []
    for path in paths:
        entry = stored.files.get(path.name)
        if entry is not None and _unchanged(path, entry):
            entries[path.name] = entry
        else:
            to_parse.append(path)
    reused = dict(entries)
    parsed, used_workers = _parse_files(to_parse, config, workers)
    fresh: dict[str, CachedFile] = {}
    index_storable = True  # False when the index counts articles that the cache will not hold
    for path, (entry, cacheable) in zip(to_parse, parsed, strict=True):
        entries[path.name] = entry
        if cacheable and not is_racy(entry, started_ns):
            fresh[path.name] = entry
        elif entry.articles:
            index_storable = False
    articles = drop_folder_furniture([a for path in paths for a in entries[path.name].articles])
    problems = [p for path in paths for p in entries[path.name].problems]
    # The officials index is built from every article: it is reused only when the very articles
    # it was built from are all there is (no file changed, added or removed).
    same_articles = stored.files.keys() == reused.keys() and not any(entry.articles for entry, _ in parsed)
    if same_articles and stored.officials is not None:
        officials = stored.officials
    else:
        officials = build_officials_index(articles)
    written = False
    if cache is not None and (fresh or not same_articles or (stored.officials is None and index_storable)):
        written = cache.save(CacheContents(reused | fresh, officials if index_storable else None))
    corpus = Corpus(folder=folder, articles=tuple(articles), problems=tuple(problems), officials=officials)
    spare_from_collector()  # what was parsed here, rather than loaded from the cache
    stats = BuildStats(len(paths), len(reused), len(to_parse), used_workers,
                       cache.path if cache is not None else None, written)
    return CorpusBuild(corpus, stats)


def drop_folder_furniture(articles: list[Article]) -> list[Article]:
    """The articles without the lines the folder itself shows to be furniture (reader/clean/evidence.py).

    Applied to cached and fresh articles alike, so the cache holds each page's own parse.
    """
    evidence = repeated_lines(articles)
    return [without_repeated_lines(article, evidence) for article in articles] if evidence else articles


def _unchanged(path: Path, entry: CachedFile) -> bool:
    try:
        return entry.matches(path.stat())
    except OSError:
        return False


def _parse_files(paths: Sequence[Path], config: Config, workers: int | None) -> tuple[list[ParsedFile], int]:
    """Parse the files in order, across processes when there are enough of them."""
    count = min(workers or len(os.sched_getaffinity(0)), len(paths))
    if count < 2 or len(paths) < PARALLEL_MIN_PAGES:
        return [parse_file(path, config) for path in paths], 1
    size = -(-len(paths) // (count * TASKS_PER_WORKER))
    chunks = [list(paths[i:i + size]) for i in range(0, len(paths), size)]
    try:
        packed = run_in_workers(_parse_chunk, chunks, count, initializer=_start_worker, initargs=(config,))
    except (OSError, WorkerFailed):
        # No processes here (a sandbox, a process limit), a worker killed for memory, or a parser
        # bug: the folder still opens, only slower, and a bug raises again, in this process.
        return [parse_file(path, config) for path in paths], 1
    return [outcome for chunk in packed for outcome in unpack(chunk)], count


_worker_config: Config | None = None  # set once per worker process by _start_worker


def _start_worker(config: Config) -> None:
    global _worker_config
    _worker_config = config


def _parse_chunk(paths: list[Path]) -> bytes:
    """Parse in a worker; the results go back packed, which is twice as fast to unpickle."""
    assert _worker_config is not None, "worker used before _start_worker"
    return pack([parse_file(path, _worker_config) for path in paths])
