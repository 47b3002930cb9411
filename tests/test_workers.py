"""Worker processes hand each chunk's result back as soon as it and every earlier one are done, in order."""

from __future__ import annotations

import time
from pathlib import Path

from reader.workers import run_in_workers

PATIENCE_S = 20.0  # how long a worker waits for what the test does; only a failing test waits this long


def _nothing() -> None:
    """No set-up needed in these workers."""


def _after(chunk: tuple[Path, int, Path | None]) -> str:
    """Chunk `number`: wait for the `wait_for` file (if any), then leave a file saying it is done."""
    folder, number, wait_for = chunk
    deadline = time.monotonic() + PATIENCE_S
    while wait_for is not None and not wait_for.exists():
        if time.monotonic() > deadline:
            return f"{number}: gave up waiting"
        time.sleep(0.01)
    (folder / f"done-{number}").touch()
    return f"{number}: done"


def test_the_first_result_comes_while_later_chunks_still_run(tmp_path: Path) -> None:
    # Chunks 1 and 2 finish only once the test has seen chunk 0's result: all results at the end would wait forever.
    seen = tmp_path / "seen-0"
    chunks = [(tmp_path, 0, None), (tmp_path, 1, seen), (tmp_path, 2, seen)]
    results = run_in_workers(_after, chunks, 2, initializer=_nothing, initargs=())
    first = next(results)
    assert not (tmp_path / "done-2").exists()
    seen.touch()
    assert [first, *results] == ["0: done", "1: done", "2: done"]


def test_results_come_in_chunk_order_whatever_order_they_finish_in(tmp_path: Path) -> None:
    # Chunk 0 finishes only after chunk 1 has.
    chunks = [(tmp_path, 0, tmp_path / "done-1"), (tmp_path, 1, None)]
    assert list(run_in_workers(_after, chunks, 2, initializer=_nothing, initargs=())) == ["0: done", "1: done"]
