"""The corpus database: an unchanged folder opens without parsing; the store never lies, runs code or writes seeds."""

from __future__ import annotations

import hashlib
import itertools
import os
import pickle
import shutil
import sqlite3
import subprocess
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path

import pytest

import reader.corpus
import reader.extract
import reader.store.corpus_db
from reader.cli import main
from reader.config import Config, load_config
from reader.corpus import build_corpus, load_corpus
from reader.export import article_record
from reader.model import Article, Corpus, Official, RawPage
from reader.store.corpus_db import SCHEMA_VERSION, CorpusStore, database_path
from reader.store.sqlite import CACHE_DIR_ENV

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
A_YEAR_AGO = time.time() - 365 * 86400


@pytest.fixture
def cache_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "cache"
    monkeypatch.setenv(CACHE_DIR_ENV, str(folder))
    return folder


@pytest.fixture
def pages(tmp_path: Path) -> Path:
    """A copy of the seeds, with mtimes in the past like a folder collected over months."""
    folder = tmp_path / "pages"
    shutil.copytree(SEEDS, folder)
    for path in folder.iterdir():
        path.chmod(0o644)
        os.utime(path, (A_YEAR_AGO, A_YEAR_AGO))
    return folder


def records(corpus: Corpus) -> list[dict[str, object]]:
    return [article_record(article) for article in corpus.articles]


def forbid_parsing(monkeypatch: pytest.MonkeyPatch) -> None:
    """Make parsing a page, or indexing the officials again, fail the test."""
    def fail(*_: object) -> None:
        raise AssertionError("parsed or indexed again")

    monkeypatch.setattr(reader.corpus, "parse_page", fail)
    monkeypatch.setattr(reader.extract, "build_officials_index", fail)  # imported from there when it runs


def count_index_builds(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    builds: list[int] = []
    real = reader.extract.build_officials_index

    def counting(articles: Sequence[Article]) -> tuple[Official, ...]:
        builds.append(len(articles))
        return real(articles)

    monkeypatch.setattr(reader.extract, "build_officials_index", counting)
    return builds


def rewrite(path: Path, text: str) -> None:
    path.write_text(text, encoding="utf-8")
    later = A_YEAR_AGO + 3600
    os.utime(path, (later, later))


def test_an_unchanged_folder_opens_from_the_cache_without_parsing(pages, cache_dir, monkeypatch):
    config = load_config(None)
    cold = load_corpus(pages, config)
    cold.close()
    forbid_parsing(monkeypatch)
    warm = load_corpus(pages, config)
    warm.close()
    assert (cold.stats.parsed, cold.stats.store_written) == (5, True)
    assert (warm.stats.reused, warm.stats.parsed, warm.stats.store_written) == (5, 0, False)
    assert records(warm.corpus) == records(cold.corpus)
    assert warm.corpus.officials == cold.corpus.officials


def test_a_changed_file_alone_is_parsed_again(pages, cache_dir, monkeypatch):
    config = load_config(None)
    load_corpus(pages, config)
    changed = sorted(pages.iterdir())[1]
    rewrite(changed, "Một tiêu đề hoàn toàn mới\n\nĐoạn văn duy nhất của trang đã sửa.\n")
    parsed: list[str] = []
    real_parse_page = reader.corpus.parse_page

    def counting_parse_page(page: RawPage, cfg: Config) -> list[Article]:
        parsed.append(page.file)
        return real_parse_page(page, cfg)

    monkeypatch.setattr(reader.corpus, "parse_page", counting_parse_page)
    build = load_corpus(pages, config)
    assert parsed == [changed.name]
    assert (build.stats.reused, build.stats.parsed) == (4, 1)
    titles = [a.title for a in build.corpus.articles if a.file == changed.name]
    assert titles == ["Một tiêu đề hoàn toàn mới"]


def test_the_officials_index_is_rebuilt_when_a_file_changes(pages, cache_dir, monkeypatch):
    config = load_config(None)
    cold = load_corpus(pages, config)
    builds = count_index_builds(monkeypatch)
    assert load_corpus(pages, config).corpus.officials == cold.corpus.officials
    assert builds == []
    rewrite(sorted(pages.iterdir())[0], "Tiêu đề\n\nNội dung ngắn.\n")
    load_corpus(pages, config)
    assert builds == [len(load_corpus(pages, config).corpus.articles)]


def test_a_same_size_rewrite_is_caught_by_its_mtime(pages, cache_dir):
    config = load_config(None)
    load_corpus(pages, config)
    changed = sorted(pages.iterdir())[0]
    text = changed.read_text(encoding="utf-8")
    rewrite(changed, text.replace("Blinken", "Blonken"))
    build = load_corpus(pages, config)
    assert build.stats.parsed == 1
    assert "Blonken" in build.corpus.articles[0].title


def test_a_removed_file_disappears_from_the_corpus_and_the_store(pages, cache_dir):
    config = load_config(None)
    build_corpus(pages, config)
    removed = sorted(pages.iterdir())[2]
    removed.unlink()
    build = load_corpus(pages, config)
    build.close()
    assert removed.name not in {a.file for a in build.corpus.articles}
    assert (build.stats.files, build.stats.reused, build.stats.store_written) == (4, 4, True)
    store, _ = CorpusStore.open(pages)
    assert removed.name not in store.pages()
    assert store.connection.execute("SELECT count(*) FROM articles").fetchone() == (len(build.corpus.articles),)
    store.close()


class Planted:
    """Unpickling this creates the file `marker`: proof that a pickle was loaded."""

    def __init__(self, marker: Path) -> None:
        self.marker = marker

    def __reduce__(self) -> tuple[object, tuple[object, ...]]:
        return (Path.touch, (self.marker,))


def foreign_database(path: Path) -> None:
    with sqlite3.connect(path) as connection:
        connection.execute("CREATE TABLE articles (id TEXT, title TEXT)")
        connection.execute("INSERT INTO articles VALUES ('x', 'Một tiêu đề lạ')")
    connection.close()


def garble(path: Path) -> None:
    """Keep the header, overwrite the pages after the first two with junk."""
    data = bytearray(path.read_bytes())
    page = int.from_bytes(data[16:18], "big")
    data[2 * page:] = b"\xa5" * (len(data) - 2 * page)
    path.write_bytes(bytes(data))


DAMAGES = {  # how the planted file is made, what the one line says
    "junk": (lambda path: path.write_bytes(b"not a database at all" * 100), "not an SQLite database"),
    "a pickle": (lambda path: path.write_bytes(pickle.dumps(Planted(path.parent / "ran"))), "not an SQLite database"),
    "truncated": (lambda path: path.write_bytes(path.read_bytes()[:8192]), "truncated"),
    "garbled": (garble, "damaged"),
    "foreign": (lambda path: (path.unlink(), foreign_database(path)), "not a corpus database of reader"),
}


@pytest.fixture
def two_pages(pages: Path) -> Path:
    """Two of the seeds: enough to tell a rebuilt store from a reused one, quickly."""
    for path in sorted(pages.iterdir())[2:]:
        path.unlink()
    return pages


@pytest.fixture
def export(capsys: pytest.CaptureFixture[str]) -> Callable[..., tuple[str, str]]:
    def run(*args: str) -> tuple[str, str]:
        assert main(["export", *args]) == 0
        return capsys.readouterr()

    return run


@pytest.mark.parametrize("damage", sorted(DAMAGES))
def test_a_damaged_or_foreign_store_is_rebuilt_with_one_line(two_pages, cache_dir, export, damage):
    uncached = export("--seeds", str(two_pages), "--no-cache")[0]
    assert export("--seeds", str(two_pages))[0] == uncached
    path = database_path(two_pages)
    make, reason = DAMAGES[damage]
    make(path)
    out, err = export("--seeds", str(two_pages))
    assert out == uncached
    lines = [line for line in err.splitlines() if "corpus database" in line]
    assert len(lines) == 1
    assert lines[0].startswith(f"reader: {path}: {reason}")
    assert lines[0].endswith("the corpus database was rebuilt")
    assert not (path.parent / "ran").exists()
    out, err = export("--seeds", str(two_pages))
    assert (out, "corpus database" in err) == (uncached, False)


def test_a_planted_pickle_is_never_opened(two_pages, cache_dir, export):
    marker = cache_dir / "ran"
    cache_dir.mkdir()
    old_name = hashlib.sha256(str(two_pages.resolve()).encode()).hexdigest()[:24]  # the old pickle cache's file
    for name in (f"{old_name}.pickle", "cache.pickle", f"{database_path(two_pages).stem}.pickle"):
        (cache_dir / name).write_bytes(pickle.dumps(Planted(marker)))
    uncached = export("--seeds", str(two_pages), "--no-cache")[0]
    assert export("--seeds", str(two_pages)) == (uncached, "")
    assert export("--seeds", str(two_pages)) == (uncached, "")
    assert not marker.exists()


def test_another_schema_version_is_rebuilt_with_one_line(pages, cache_dir, capsys):
    config = load_config(None)
    cold = build_corpus(pages, config)
    path = database_path(pages)
    with sqlite3.connect(path) as connection:
        connection.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    connection.close()
    rebuilt = load_corpus(pages, config)
    rebuilt.close()
    assert rebuilt.stats.parsed == 5
    assert records(rebuilt.corpus) == records(cold)
    notes = [str(p) for p in rebuilt.corpus.problems if p.path == str(path)]
    assert notes == [f"{path}: schema version {SCHEMA_VERSION + 1}, this reader uses {SCHEMA_VERSION}: "
                     "the corpus database was rebuilt"]
    warm = load_corpus(pages, config)
    warm.close()
    assert (warm.stats.reused, warm.corpus.problems) == (5, cold.problems)


def test_a_store_made_by_other_search_code_is_rebuilt_quietly(pages, cache_dir):
    config = load_config(None)
    cold = build_corpus(pages, config)
    with sqlite3.connect(database_path(pages)) as connection:
        connection.execute("UPDATE meta SET value = 'older' WHERE key = 'index'")
    connection.close()
    rebuilt = load_corpus(pages, config)
    rebuilt.close()
    assert (rebuilt.stats.parsed, rebuilt.corpus.problems) == (5, cold.problems)


def test_two_processes_on_a_cold_store_both_export_the_folder(two_pages, cache_dir, export):
    uncached = export("--seeds", str(two_pages), "--no-cache")[0]
    command = [sys.executable, "-m", "reader", "export", "--seeds", str(two_pages)]
    runs = [subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                             env=os.environ | {"PYTHONUTF8": "1"}) for _ in range(2)]
    outputs = [run.communicate() for run in runs]
    assert [run.returncode for run in runs] == [0, 0]
    assert [out for out, _ in outputs] == [uncached, uncached]
    assert [err for _, err in outputs] == ["", ""]


def test_a_store_open_in_another_reader_is_not_vetted_from_its_bytes(two_pages, cache_dir, monkeypatch):
    """While one reader writes a store, its file can look truncated for a moment (a checkpoint writes
    page 1, with the new page count, before the pages after it): a reader starting then once deleted
    it as damaged. Flock locks are per open file, so a store held open here is as another process's."""
    config = load_config(None)
    first = load_corpus(two_pages, config)
    path = database_path(two_pages)
    inode = path.stat().st_ino
    monkeypatch.setattr(reader.store.corpus_db, "vet", lambda _path: "truncated")  # what the bytes said
    second = load_corpus(two_pages, config)
    assert (second.stats.reused, second.stats.parsed) == (2, 0)
    assert second.corpus.problems == first.corpus.problems
    assert path.stat().st_ino == inode  # the same file, not deleted under the first
    second.close()
    first.close()
    alone = load_corpus(two_pages, config)  # no other holder: the bytes are vetted, and a bad file rebuilt
    alone.close()
    assert alone.stats.parsed == 2
    assert [problem.reason for problem in alone.corpus.problems] == ["truncated: the corpus database was rebuilt"]


def test_a_lexicon_change_invalidates_the_cache(pages, cache_dir, tmp_path):
    load_corpus(pages, load_config(None))
    config_file = tmp_path / "config.yaml"
    config_file.write_text("cleaning:\n  furniture_lines: ['Một dòng rác mới']\n", encoding="utf-8")
    build = load_corpus(pages, load_config(config_file))
    assert (build.stats.reused, build.stats.parsed) == (0, 5)


def test_problems_of_skipped_and_odd_files_are_reported_on_a_warm_start(pages, cache_dir, monkeypatch):
    (pages / "legacy.txt").write_bytes("Tin cu\u0303\n\nNô\u0323i dung trang cu\u0303.\n".encode("cp1258"))
    (pages / "binary.txt").write_bytes(b"\x89PNG\x00\x00\x00")
    (pages / "empty.txt").write_bytes(b"")
    for name in ("legacy.txt", "binary.txt", "empty.txt"):
        os.utime(pages / name, (A_YEAR_AGO, A_YEAR_AGO))
    config = load_config(None)
    cold = load_corpus(pages, config)
    assert {p.path for p in cold.corpus.problems} == {"legacy.txt", "binary.txt", "empty.txt"}
    builds = count_index_builds(monkeypatch)
    warm = load_corpus(pages, config)
    assert warm.corpus.problems == cold.corpus.problems
    assert (warm.stats.reused, warm.stats.parsed, builds) == (6, 2, [])  # unreadable files are read again


def test_a_file_written_just_now_is_not_trusted_to_the_cache(pages, cache_dir):
    fresh = sorted(pages.iterdir())[3]
    os.utime(fresh)  # mtime = now: a same-size rewrite in the same clock tick could not be told apart
    config = load_config(None)
    load_corpus(pages, config)
    build = load_corpus(pages, config)
    assert (build.stats.reused, build.stats.parsed) == (4, 1)


def test_an_unwritable_cache_dir_still_opens_the_folder(pages, tmp_path, monkeypatch):
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    monkeypatch.setenv(CACHE_DIR_ENV, str(blocker / "cache"))
    build = load_corpus(pages, load_config(None))
    assert len(build.corpus.articles) >= 5
    assert (build.stats.store_written, build.store) == (False, None)


def folder_state(folder: Path) -> dict[str, tuple[str, int]]:
    """Every entry (hidden ones too) with its checksum and mtime."""
    return {path.name: (hashlib.sha256(path.read_bytes()).hexdigest(), path.stat().st_mtime_ns)
            for path in folder.iterdir()}


def test_the_seed_folder_is_never_written(pages, cache_dir):
    before = folder_state(pages)
    config = load_config(None)
    build_corpus(pages, config)  # cold: writes the store
    build_corpus(pages, config)  # warm
    rewrite(pages / sorted(before)[0], "Tiêu đề\n\nNội dung.\n")
    after_edit = folder_state(pages)
    build_corpus(pages, config)  # one file re-parsed and written
    assert folder_state(pages) == after_edit
    assert set(after_edit) == set(before)
    written = list(cache_dir.iterdir())
    # one database, its WAL folded back in on close, and the lock that readers opening it share
    assert sorted(p.name.partition(".")[2] for p in written) == ["sqlite3", "sqlite3.lock"]


def test_no_cache_flag_neither_reads_nor_writes_the_cache(pages, cache_dir, capsys):
    assert main(["export", "--seeds", str(pages), "--no-cache"]) == 0
    uncached = capsys.readouterr().out
    assert not cache_dir.exists()
    assert main(["export", "--seeds", str(pages)]) == 0
    assert capsys.readouterr().out == uncached
    with sqlite3.connect(database_path(pages)) as connection:
        connection.execute("UPDATE articles SET title = 'Doctored in the store' WHERE ordinal = 0")
    connection.close()
    assert main(["export", "--seeds", str(pages)]) == 0
    assert "Doctored in the store" in capsys.readouterr().out  # the store is really what is read...
    assert main(["export", "--seeds", str(pages), "--no-cache"]) == 0
    assert capsys.readouterr().out == uncached  # ...and --no-cache does not read it
    assert main(["--no-cache", "--seeds", str(pages), "export"]) == 0
    assert capsys.readouterr().out == uncached  # before the subcommand too


async def test_the_app_started_with_no_cache_leaves_no_cache(pages, cache_dir):
    from reader.tui.app import ReaderApp

    app = ReaderApp(load_config(None), pages, use_cache=False)
    async with app.run_test() as pilot:
        for _ in range(1000):
            if app.catalog is not None:
                break
            await pilot.pause(0.01)
    assert len(app.catalog.rows) >= 5
    assert not cache_dir.exists()


class Quit(Exception):
    """What a progress callback raises to stop the parse, as the app's quit does."""


@pytest.fixture
def fifteen_pages(tmp_path: Path) -> Path:
    """The seeds three times under new names, with mtimes in the past."""
    folder = tmp_path / "fifteen"
    folder.mkdir()
    for copy in range(3):
        for seed in sorted(SEEDS.glob("*.txt")):
            shutil.copyfile(seed, folder / f"{copy}_{seed.name}")
            os.utime(folder / f"{copy}_{seed.name}", (A_YEAR_AGO, A_YEAR_AGO))
    return folder


@pytest.mark.parametrize("workers", [1, 2])
def test_progress_counts_the_pages_parsed_up_to_all_of_them(fifteen_pages, cache_dir, monkeypatch, workers):
    monkeypatch.setattr(reader.corpus, "PARALLEL_MIN_PAGES", 4)
    monkeypatch.setattr(reader.corpus, "WRITE_BATCH", 4)
    told: list[tuple[int, int]] = []
    build = load_corpus(fifteen_pages, load_config(None), workers=workers,
                        progress=lambda done, total: told.append((done, total)))
    build.close()
    assert build.stats.workers == workers
    assert told[0] == (0, 15) and told[-1] == (15, 15)
    assert len(told) > 2 and all(a[0] < b[0] for a, b in itertools.pairwise(told))
    assert {total for _, total in told} == {15}
    told.clear()
    load_corpus(fifteen_pages, load_config(None), workers=workers, progress=lambda *seen: told.append(seen)).close()
    assert told == []  # nothing to parse: nothing to tell


@pytest.mark.parametrize("workers", [1, 2])
def test_a_parse_stopped_midway_keeps_what_was_parsed_and_the_next_start_parses_the_rest(
        fifteen_pages, cache_dir, monkeypatch, workers):
    monkeypatch.setattr(reader.corpus, "PARALLEL_MIN_PAGES", 4)
    monkeypatch.setattr(reader.corpus, "WRITE_BATCH", 4)
    config = load_config(None)
    kept: list[int] = []

    def quit_after_a_batch(done: int, _total: int) -> None:
        if done:
            kept.append(done)
            raise Quit

    with pytest.raises(Quit):
        load_corpus(fifteen_pages, config, workers=workers, progress=quit_after_a_batch)
    assert 0 < kept[0] < 15
    parsed: list[str] = []
    real_parse_page = reader.corpus.parse_page

    def counting_parse_page(page: RawPage, cfg: Config) -> list[Article]:
        parsed.append(page.file)
        return real_parse_page(page, cfg)

    monkeypatch.setattr(reader.corpus, "parse_page", counting_parse_page)
    monkeypatch.setattr(reader.corpus, "PARALLEL_MIN_PAGES", 1000)  # count the pages parsed here, in this process
    resumed = load_corpus(fifteen_pages, config)
    resumed.close()
    assert (resumed.stats.reused, resumed.stats.parsed) == (kept[0], 15 - kept[0])
    assert sorted(parsed) == sorted(path.name for path in fifteen_pages.iterdir())[kept[0]:]
    assert records(resumed.corpus) == records(build_corpus(fifteen_pages, config, use_cache=False))
