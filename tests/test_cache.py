"""The parse cache: an unchanged folder opens without parsing, and the cache never lies or writes the seeds."""

from __future__ import annotations

import hashlib
import os
import shutil
import time
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path

import pytest

import reader.corpus
from reader.cache import CACHE_DIR_ENV, ParseCache, parser_version
from reader.cli import main
from reader.config import Config, load_config
from reader.corpus import load_corpus
from reader.export import article_record
from reader.model import Article, Corpus, Official, RawPage

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
    monkeypatch.setattr(reader.corpus, "build_officials_index", fail)


def count_index_builds(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    builds: list[int] = []
    real = reader.corpus.build_officials_index

    def counting(articles: Sequence[Article]) -> tuple[Official, ...]:
        builds.append(len(articles))
        return real(articles)

    monkeypatch.setattr(reader.corpus, "build_officials_index", counting)
    return builds


def rewrite(path: Path, text: str) -> None:
    path.write_text(text, encoding="utf-8")
    later = A_YEAR_AGO + 3600
    os.utime(path, (later, later))


def test_an_unchanged_folder_opens_from_the_cache_without_parsing(pages, cache_dir, monkeypatch):
    config = load_config(None)
    cold = load_corpus(pages, config)
    forbid_parsing(monkeypatch)
    warm = load_corpus(pages, config)
    assert (cold.stats.parsed, cold.stats.cache_written) == (5, True)
    assert (warm.stats.reused, warm.stats.parsed, warm.stats.cache_written) == (5, 0, False)
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


def test_a_removed_file_disappears_from_the_corpus_and_the_cache(pages, cache_dir):
    config = load_config(None)
    load_corpus(pages, config)
    removed = sorted(pages.iterdir())[2]
    removed.unlink()
    build = load_corpus(pages, config)
    assert removed.name not in {a.file for a in build.corpus.articles}
    assert (build.stats.files, build.stats.reused, build.stats.cache_written) == (4, 4, True)
    assert removed.name not in ParseCache(pages, parser_version(config)).load().files


@pytest.mark.parametrize("damage", [b"", b"not a pickle at all", b"\x80\x05\x95garbage", "truncate"])
def test_a_corrupt_cache_is_rebuilt_without_a_word(pages, cache_dir, capsys, damage):
    config = load_config(None)
    cold = load_corpus(pages, config)
    cache_file = cold.stats.cache_file
    assert cache_file is not None and cache_file.is_file()
    data = cache_file.read_bytes()
    cache_file.write_bytes(data[: len(data) // 2] if damage == "truncate" else damage)
    rebuilt = load_corpus(pages, config)
    assert (rebuilt.stats.parsed, rebuilt.stats.cache_written) == (5, True)
    assert records(rebuilt.corpus) == records(cold.corpus)
    assert rebuilt.corpus.problems == cold.corpus.problems
    assert capsys.readouterr() == ("", "")
    assert load_corpus(pages, config).stats.reused == 5


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
    assert (warm.stats.cache_written, builds) == (False, [])


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
    assert build.stats.cache_written is False


def folder_state(folder: Path) -> dict[str, tuple[str, int]]:
    """Every entry (hidden ones too) with its checksum and mtime."""
    return {path.name: (hashlib.sha256(path.read_bytes()).hexdigest(), path.stat().st_mtime_ns)
            for path in folder.iterdir()}


def test_the_seed_folder_is_never_written(pages, cache_dir):
    before = folder_state(pages)
    config = load_config(None)
    load_corpus(pages, config)  # cold: writes the cache
    load_corpus(pages, config)  # warm
    rewrite(pages / sorted(before)[0], "Tiêu đề\n\nNội dung.\n")
    after_edit = folder_state(pages)
    load_corpus(pages, config)  # one file re-parsed, the cache rewritten
    assert folder_state(pages) == after_edit
    assert set(after_edit) == set(before)
    written = list(cache_dir.iterdir())
    assert [p.suffix for p in written] == [".pickle"]  # one file, no temporary left behind


def test_no_cache_flag_neither_reads_nor_writes_the_cache(pages, cache_dir, capsys):
    assert main(["export", "--seeds", str(pages), "--no-cache"]) == 0
    uncached = capsys.readouterr().out
    assert not cache_dir.exists()
    assert main(["export", "--seeds", str(pages)]) == 0
    assert capsys.readouterr().out == uncached
    cache = ParseCache(pages, parser_version(load_config(None)))
    contents = cache.load()
    first = sorted(contents.files)[0]
    doctored = replace(contents.files[first].articles[0], title="Doctored in the cache")
    cache.save(replace(contents, files=contents.files | {first: replace(contents.files[first], articles=(doctored,))}))
    assert main(["export", "--seeds", str(pages)]) == 0
    assert "Doctored in the cache" in capsys.readouterr().out  # the cache is really what is read...
    assert main(["export", "--seeds", str(pages), "--no-cache"]) == 0
    assert capsys.readouterr().out == uncached  # ...and --no-cache does not read it
    assert main(["--no-cache", "--seeds", str(pages), "export"]) == 0
    assert capsys.readouterr().out == uncached  # before the subcommand too


async def test_the_app_started_with_no_cache_leaves_no_cache(pages, cache_dir):
    from reader.tui.app import ReaderApp

    app = ReaderApp(load_config(None), pages, use_cache=False)
    async with app.run_test() as pilot:
        for _ in range(1000):
            if app.corpus is not None:
                break
            await pilot.pause(0.01)
    assert len(app.corpus.articles) >= 5
    assert not cache_dir.exists()
