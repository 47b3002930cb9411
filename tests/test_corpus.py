"""Building the corpus: every page parsed once, in name order, the same in one process or many."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

import reader.corpus
from reader.config import load_config
from reader.corpus import build_corpus, load_corpus
from reader.export import article_record

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


@pytest.fixture
def many_pages(tmp_path: Path) -> Path:
    """Each seed three times under new names, plus a page with nothing in it."""
    folder = tmp_path / "pages"
    folder.mkdir()
    for copy in range(3):
        for seed in sorted(SEEDS.glob("*.txt")):
            shutil.copyfile(seed, folder / f"{copy}_{seed.name}")
    (folder / "9_blank.txt").write_text("\n \n", encoding="utf-8")
    return folder


def test_build_corpus_keeps_its_two_argument_form():
    corpus = build_corpus(SEEDS, load_config(None))
    assert corpus.folder == SEEDS
    assert {a.file for a in corpus.articles} == {p.name for p in SEEDS.glob("*.txt")}


def test_articles_come_in_file_name_order_with_one_problem_for_an_empty_page(many_pages):
    corpus = build_corpus(many_pages, load_config(None), use_cache=False)
    files = [a.file for a in corpus.articles]
    assert files == sorted(files)
    assert len(set(files)) == 15
    assert [p.path for p in corpus.problems] == ["9_blank.txt"]


def test_parsing_across_processes_gives_the_same_corpus(many_pages, monkeypatch):
    config = load_config(None)
    serial = load_corpus(many_pages, config, use_cache=False, workers=1)
    monkeypatch.setattr(reader.corpus, "PARALLEL_MIN_PAGES", 4)
    parallel = load_corpus(many_pages, config, use_cache=False, workers=2)
    assert (serial.stats.workers, parallel.stats.workers) == (1, 2)
    assert [article_record(a) for a in parallel.corpus.articles] == [article_record(a) for a in serial.corpus.articles]
    assert parallel.corpus.problems == serial.corpus.problems
    assert parallel.corpus.officials == serial.corpus.officials


def test_the_first_pages_are_parsed_here_before_the_workers_start(many_pages, monkeypatch):
    """A cold start lists its first articles once this process has parsed them, before any worker is up."""
    config = load_config(None)
    paths = sorted(many_pages.glob("*.txt"))
    parsed_here: list[str] = []
    parse_file = reader.corpus.parse_file

    def recorded(path: Path, *args: Any) -> Any:  # the workers run their own module's parse_file, not this one
        parsed_here.append(path.name)
        return parse_file(path, *args)

    monkeypatch.setattr(reader.corpus, "parse_file", recorded)
    monkeypatch.setattr(reader.corpus, "PARALLEL_MIN_PAGES", 4)
    batches = list(reader.corpus._parse_files(paths, config, 2, 0))
    assert parsed_here == [path.name for path in paths[:reader.corpus.FIRST_CHUNK]]
    assert [page.name for page in batches[0][0]] == parsed_here  # yielded first
    assert [page.name for batch, _ in batches for page in batch] == [path.name for path in paths]
    assert [count for _, count in batches] == [1] + [2] * (len(batches) - 1)  # this process, then the workers


def test_a_folder_too_small_for_workers_is_parsed_here_alone(many_pages, monkeypatch):
    paths = sorted(many_pages.glob("*.txt"))
    batches = list(reader.corpus._parse_files(paths, load_config(None), 2, 0))
    assert len(paths) < reader.corpus.PARALLEL_MIN_PAGES
    assert {count for _, count in batches} == {1}


STDERR_WITHOUT_FD = """
import io, sys
from pathlib import Path
import reader.corpus
from reader.config import load_config

class Capture(io.TextIOBase):  # what Textual puts in sys.stderr while the app runs
    def fileno(self) -> int:
        return -1

    def write(self, text: str) -> int:
        return len(text)

sys.stderr = Capture()
reader.corpus.PARALLEL_MIN_PAGES = 4
build = reader.corpus.load_corpus(Path(sys.argv[1]), load_config(None), use_cache=False, workers=2)
print(build.stats.workers, len(build.corpus.articles))
"""


def test_parsing_across_processes_works_inside_the_app(many_pages):
    """Inside the Textual app sys.stderr.fileno() is -1, which once broke starting the workers."""
    done = subprocess.run([sys.executable, "-c", STDERR_WITHOUT_FD, str(many_pages)],
                          capture_output=True, text=True, timeout=120, check=True)
    workers, articles = done.stdout.split()
    assert workers == "2"
    assert int(articles) == len(build_corpus(many_pages, load_config(None)).articles)


def test_few_pages_are_parsed_in_this_process(many_pages):
    build = load_corpus(many_pages, load_config(None), use_cache=False)
    assert build.stats.files < reader.corpus.PARALLEL_MIN_PAGES
    assert build.stats.workers == 1



@pytest.mark.parametrize(("pages", "workers", "first", "size"), [(10_000, 2, 4, 50), (150, 2, 4, 19), (101, 3, 4, 9),
                                                                  (7, 2, 1, 1)])
def test_each_worker_starts_on_a_few_pages_so_the_first_articles_come_at_once(pages, workers, first, size):
    paths = [Path(f"p{n:05d}.txt") for n in range(pages)]
    sizes = [len(chunk) for chunk in reader.corpus.worker_chunks(paths, workers)]
    assert [path for chunk in reader.corpus.worker_chunks(paths, workers) for path in chunk] == paths  # in order
    assert sizes[:workers] == [first] * workers
    assert set(sizes[workers:-1]) <= {size} and sizes[-1] <= size
