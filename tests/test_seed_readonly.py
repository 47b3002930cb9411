"""The seed folder is read-only to reader: the export and the app leave every byte and timestamp as they were.

The check runs on the project's real `seeds/` (tests run as root in CI, where the
read-only file modes would not stop a write). The snapshot covers every entry,
hidden ones too, and the folder's own mtime, which moves if anything is ever
created there, even a temporary file removed again.
"""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
from pathlib import Path

import pytest

from reader.config import load_config

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"

Snapshot = dict[str, tuple[int, int, int, int, str]]


def snapshot(folder: Path) -> tuple[int, Snapshot]:
    """The folder's mtime, and each entry's mode, size, mtime, ctime and sha256."""
    entries: Snapshot = {}
    for entry in sorted(os.scandir(folder), key=lambda e: e.name):
        info = entry.stat(follow_symlinks=False)
        digest = hashlib.sha256(Path(entry.path).read_bytes()).hexdigest() if entry.is_file() else ""
        entries[entry.name] = (info.st_mode, info.st_size, info.st_mtime_ns, info.st_ctime_ns, digest)
    return folder.stat().st_mtime_ns, entries


@pytest.fixture
def user_dirs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> dict[str, str]:
    """Point the user cache/state dirs at tmp_path, leaving reader to choose its places in them."""
    env = {"XDG_CACHE_HOME": str(tmp_path / "cache"), "XDG_STATE_HOME": str(tmp_path / "state"),
           "HOME": str(tmp_path / "home")}
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    monkeypatch.delenv("READER_CACHE_DIR", raising=False)
    return env


def test_seed_files_are_there_to_check():
    files = [name for name in snapshot(SEEDS)[1] if name.endswith(".txt")]
    assert len(files) >= 5


def test_export_twice_leaves_the_seed_folder_untouched(user_dirs):
    before = snapshot(SEEDS)
    for _ in range(2):  # the second run may use what the first one cached
        result = subprocess.run([sys.executable, "-m", "reader", "export"], cwd=ROOT, capture_output=True,
                                env={**os.environ, **user_dirs}, timeout=120, check=False)
        assert result.returncode == 0, result.stderr.decode(errors="replace")
        assert result.stdout.count(b"\n") >= 5
    assert snapshot(SEEDS) == before
    cached = [p for p in Path(user_dirs["XDG_CACHE_HOME"]).rglob("*") if p.is_file()]
    assert cached, "the parse cache went to the user cache dir (and not into the seed folder)"


async def test_the_app_leaves_the_seed_folder_untouched(user_dirs):
    try:
        from reader.tui.app import ReaderApp
    except ImportError as err:
        pytest.skip(f"the TUI (reader.tui.app.ReaderApp) cannot be imported yet: {err}")
    before = snapshot(SEEDS)
    config = load_config(ROOT / "config.yaml")
    app = ReaderApp(config, config.seeds)
    async with app.run_test(size=(120, 40)) as pilot:
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert app.catalog is not None and app.catalog.rows, "the app loaded the seeds"
        # Read, search, open the views: everything a session does, short of quitting.
        for key in ("j", "j", "enter", "space", "right_square_bracket", "e", "o", "escape",
                    "slash", "b", "l", "i", "n", "k", "e", "n", "enter", "escape", "question_mark", "p", "escape"):
            await pilot.press(key)
        await pilot.pause()
    assert snapshot(SEEDS) == before
