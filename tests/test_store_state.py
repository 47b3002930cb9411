"""The state database: the user's own data survives restarts, re-parses, other processes and kill -9,
and a file that is not ours is never touched."""

from __future__ import annotations

import hashlib
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

import reader.store.state_db
from reader.config import load_config
from reader.corpus import build_corpus
from reader.store.sqlite import STATE_DIR_ENV, vet
from reader.store.sqlite import TRUNCATED as TRUNCATED_REASON
from reader.store.state_db import SCHEMA_VERSION, ArticleKey, ArticleState, StateStore, StateUnavailable, article_keys

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
A_YEAR_AGO = 1_700_000_000


@pytest.fixture
def state_path(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv(STATE_DIR_ENV, str(tmp_path / "state"))
    return tmp_path / "state" / "state.sqlite3"


def test_state_survives_a_restart(state_path):
    key = ArticleKey("001_a.txt", "0123456789abcdef", 0)
    store = StateStore.open()
    assert store.path == state_path
    assert store.set_read([key], True) and store.set_flagged([key], True) and store.set_scroll(key, 12.5)
    assert store.set_last_article(Path("/tmp/folder"), key) and store.set_sort(Path("/tmp/folder"), "date")
    assert store.set_setting("theme", "nord")
    store.close()
    again = StateStore.open()
    assert again.articles() == {key: ArticleState(read=True, flagged=True, scroll=12.5)}
    assert again.last_article(Path("/tmp/folder")) == key
    assert (again.sort(Path("/tmp/folder")), again.setting("theme")) == ("date", "nord")
    assert again.last_article(Path("/elsewhere")) is None
    assert again.set_read([key], False)
    assert again.articles()[key] == ArticleState(read=False, flagged=True, scroll=12.5)
    again.close()


def test_state_follows_an_article_through_a_re_parse_and_its_absence(tmp_path, state_path):
    pages = tmp_path / "pages"
    shutil.copytree(SEEDS, pages)
    for path in pages.iterdir():
        path.chmod(0o644)
        os.utime(path, (A_YEAR_AGO, A_YEAR_AGO))
    config = load_config(None)
    first = build_corpus(pages, config).articles[0]
    store = StateStore.open()
    key = article_keys([first])[first.id]
    store.set_read([key], True)
    # The page gains a paragraph: it is parsed again, and the article is the same article.
    page = pages / first.file
    page.write_text(page.read_text(encoding="utf-8") + "\nMột đoạn văn mới được thêm vào cuối trang.\n",
                    encoding="utf-8")
    os.utime(page, (A_YEAR_AGO + 60, A_YEAR_AGO + 60))
    reparsed = build_corpus(pages, config).articles
    assert article_keys(reparsed)[reparsed[0].id] == key
    # The page leaves the folder, then comes back: its state was kept meanwhile.
    kept = page.read_bytes()
    page.unlink()
    assert first.file not in {a.file for a in build_corpus(pages, config).articles}
    assert store.articles()[key].read
    page.write_bytes(kept)
    back = build_corpus(pages, config).articles
    assert store.articles()[article_keys(back)[back[0].id]].read
    store.close()


def test_articles_with_the_same_title_in_one_file_have_their_own_keys():
    from reader.model import Article

    twins = [Article(f"a-{n}", "a.txt", "Cùng một tiêu đề", None, None, None, False, ()) for n in (1, 2)]
    keys = article_keys(twins)
    assert keys["a-1"] != keys["a-2"]
    assert (keys["a-1"].nth, keys["a-2"].nth) == (0, 1)


# A header that counts 9 pages of 4 KB, and nothing after it.
TRUNCATED = b"SQLite format 3\x00" + b"\x10\x00" + b"\x00" * 10 + (9).to_bytes(4, "big") + b"\x00" * 68


def folder_state(folder: Path) -> dict[str, tuple[str, int]]:
    return {path.name: (hashlib.sha256(path.read_bytes()).hexdigest(), path.stat().st_mtime_ns)
            for path in folder.iterdir()}


def newer_schema(path: Path) -> None:
    store = StateStore.open(path)
    store.set_setting("theme", "nord")
    store.close()
    with sqlite3.connect(path) as connection:
        connection.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    connection.close()


def foreign(path: Path) -> None:
    with sqlite3.connect(path) as connection:
        connection.execute("CREATE TABLE notes (text TEXT)")
    connection.close()


@pytest.mark.parametrize(("make", "reason"), [
    (lambda path: path.write_bytes(b"my notes, not a database" * 50), "not an SQLite database"),
    (lambda path: path.write_bytes(TRUNCATED), "truncated"),
    (foreign, "not a state database of reader"),
    (newer_schema, f"schema version {SCHEMA_VERSION + 1} is newer than this reader's ({SCHEMA_VERSION})"),
])
def test_a_state_database_that_cannot_be_used_is_left_as_it_is(state_path, make, reason):
    state_path.parent.mkdir(parents=True)
    make(state_path)
    before = folder_state(state_path.parent)
    with pytest.raises(StateUnavailable) as raised:
        StateStore.open()
    assert str(raised.value) == f"{state_path}: {reason}"
    assert folder_state(state_path.parent) == before


def test_a_state_file_that_looks_truncated_for_a_moment_is_opened(state_path, monkeypatch):
    """Another reader's checkpoint makes a live file look cut short for a few milliseconds: it is
    looked at again, not refused (a file that stays truncated is, as the test above shows)."""
    store = StateStore.open()
    store.set_setting("theme", "nord")
    store.close()
    answers = iter([TRUNCATED_REASON, TRUNCATED_REASON])  # what the bytes said during the checkpoint, then the truth
    monkeypatch.setattr(reader.store.state_db, "vet", lambda path: next(answers, vet(path)))
    again = StateStore.open()
    assert again.setting("theme") == "nord"
    again.close()


def test_the_schema_version_is_recorded(state_path):
    StateStore.open().close()
    with sqlite3.connect(state_path) as connection:
        assert connection.execute("PRAGMA user_version").fetchone() == (SCHEMA_VERSION,)
        assert connection.execute("PRAGMA journal_mode").fetchone() == ("wal",)
    connection.close()


WRITER = textwrap.dedent("""
    import sys
    from reader.store.state_db import ArticleKey, StateStore
    store = StateStore.open()
    for n in range(int(sys.argv[2])):
        assert store.set_read([ArticleKey(sys.argv[1], "h", n)], True)
        print(n, flush=True)
""")


def writer(name: str, count: int) -> subprocess.Popen[str]:
    return subprocess.Popen([sys.executable, "-c", WRITER, name, str(count)], stdout=subprocess.PIPE, text=True,
                            env=os.environ.copy())


def test_two_processes_write_at_once(state_path):
    runs = [writer(name, 150) for name in ("first.txt", "second.txt")]
    assert [run.wait(60) for run in runs] == [0, 0]
    for run in runs:
        assert run.stdout is not None
        run.stdout.close()
    rows = StateStore.open().articles()
    assert sorted({key.file for key in rows}) == ["first.txt", "second.txt"]
    assert len(rows) == 300


def test_kill_9_during_writes_loses_at_most_the_write_in_progress(state_path):
    run = writer("killed.txt", 100_000)
    assert run.stdout is not None
    done = [run.stdout.readline() for _ in range(40)]
    os.kill(run.pid, signal.SIGKILL)
    run.wait(10)
    run.stdout.close()
    confirmed = int(done[-1])
    store = StateStore.open()
    assert store.connection.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    assert {ArticleKey("killed.txt", "h", n) for n in range(confirmed + 1)} <= set(store.articles())
    store.close()
