"""Benchmarks of reader (README, "Benchmark"): run.py, terminal.py, stage.py and their timings."""

from __future__ import annotations

import compileall
from pathlib import Path

import reader


def compile_reader() -> None:
    """reader's modules compiled to bytecode once, before any start is timed.

    An installed reader starts from its .pyc files; a checkout run with PYTHONDONTWRITEBYTECODE
    set (as on the shared machine) has none, and every timed start compiled reader's sources again,
    which no installed reader does (importing the app and the CLI: 0.47 -> 0.43 s wall, medians of
    10, load 0.1). Written into __pycache__ (ignored by git), never into a seed folder.
    """
    compileall.compile_dir(Path(reader.__file__).parent, quiet=1)
