"""One measured step of the benchmark, run in its own process so its peak RSS is its own.

Prints one JSON object on stdout. The runner (benchmarks/run.py) starts these.

    python -m benchmarks.stage parse FOLDER [--no-cache] [--workers N]
    python -m benchmarks.stage search FOLDER
    python -m benchmarks.stage app FOLDER
    python -m benchmarks.stage views FOLDER
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from reader.config import load_config
from reader.corpus import load_corpus
from reader.model import Article

QUERIES = 100
CURSOR_MOVES = 50


def children_max_rss_mb() -> float:
    """The largest RSS of any waited-for child (the parse workers), in MB."""
    return resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024


def parse(folder: Path, use_cache: bool, workers: int | None) -> dict[str, Any]:
    start = time.perf_counter()
    build = load_corpus(folder, load_config(None), use_cache=use_cache, workers=workers)
    seconds = time.perf_counter() - start
    stats = build.stats
    return {"seconds": seconds, "files": stats.files, "articles": len(build.corpus.articles),
            "officials": len(build.corpus.officials), "reused": stats.reused, "parsed": stats.parsed,
            "workers": stats.workers, "store_written": stats.store_written, "worker_max_rss_mb": children_max_rss_mb()}


def make_queries(articles: tuple[Article, ...], count: int, rng: random.Random) -> list[str]:
    """One word and several, exact (with diacritics) and folded, from the corpus's own text, plus misses."""
    from reader.text import fold

    queries: list[str] = []
    while len(queries) < count:
        article = rng.choice(articles)
        texts = [article.title, *(b.text for b in article.blocks)]
        words = rng.choice(texts).split()
        if len(words) < 4:
            continue
        width = rng.choice((1, 1, 2, 3))
        start = rng.randrange(len(words) - width)
        query = " ".join(words[start:start + width]).strip(".,:;“”\"()")
        kind = len(queries) % 5
        if kind in (1, 3):
            query = fold(query)  # typed without diacritics
        elif kind == 4:
            query = f"{query} zqxv"  # matches nothing: the full scan with no early exit
        queries.append(query)
    return queries


def search(folder: Path) -> dict[str, Any]:
    """Three figures per query, each timed alone: what a keystroke waits for in the app (the first
    screenful of hits newest first, `first_`), every hit's id (the figure of earlier runs, no prefix),
    and what the app does after the paint (every hit sorted as the list, and those with the phrase
    counted: `rest_`)."""
    from reader.chronology import SortOrder, article_date, sort_articles
    from reader.tui.screens.main import FIRST_HITS

    build = load_corpus(folder, load_config(None))
    corpus = build.corpus
    start = time.perf_counter()
    index = build.search_index()  # the store's FTS5 index (built in memory only without a store)
    index_seconds = time.perf_counter() - start
    dates = {article.id: article_date(article) for article in corpus.articles}
    queries = make_queries(corpus.articles, QUERIES, random.Random(7))
    timings: dict[str, tuple[list[float], list[float]]] = {name: ([], []) for name in ("first_", "", "rest_")}
    hits = []

    def timed(name: str, work: Callable[[str], object], query: str) -> None:
        wall, cpu = timings[name]
        start, start_cpu = time.perf_counter(), time.process_time()
        work(query)
        cpu.append(time.process_time() - start_cpu)
        wall.append(time.perf_counter() - start)

    def rest(query: str) -> None:
        ids = index.search(query)
        index.with_phrase(query, ids)
        sort_articles(ids, SortOrder.NEWEST, dates.__getitem__)

    for query in queries:
        timed("first_", lambda typed: index.first_hits(typed, FIRST_HITS), query)
        timed("", lambda typed: hits.append(len(index.search(typed))), query)
        timed("rest_", rest, query)
    figures: dict[str, Any] = {"index_seconds": index_seconds, "median_hits": statistics.median(hits),
                               "first_hits": FIRST_HITS, "articles": len(corpus.articles)}
    for name, (wall, cpu) in timings.items():
        figures |= percentiles_ms(wall, name) | percentiles_ms(cpu, f"{name}cpu_")
    return figures


def percentiles_ms(seconds: list[float], prefix: str) -> dict[str, float]:
    """p50, p95 and max in milliseconds: CPU time beside wall time, since the machine is shared."""
    ordered = sorted(seconds)
    return {f"{prefix}p50_ms": statistics.median(ordered) * 1000,
            f"{prefix}p95_ms": ordered[int(len(ordered) * 0.95) - 1] * 1000, f"{prefix}max_ms": ordered[-1] * 1000}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("step", choices=("parse", "search", "app", "views"))
    parser.add_argument("folder", type=Path)
    parser.add_argument("--no-cache", action="store_true")
    parser.add_argument("--workers", type=int)
    args = parser.parse_args()
    if args.step == "parse":
        result = parse(args.folder, not args.no_cache, args.workers)
    elif args.step == "search":
        result = search(args.folder)
    elif args.step == "app":
        from benchmarks.app_timing import time_app

        result = time_app(args.folder)
    else:
        from benchmarks.views_timing import time_views

        result = time_views(args.folder)
    result["max_rss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    json.dump(result, sys.stdout)
    print()


if __name__ == "__main__":
    main()
