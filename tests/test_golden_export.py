"""The golden export: every scored page set's `reader export`, stored in tests/golden/.

Any change of behaviour shows as a diff of these files. A commit that changes a rule
regenerates them in the same commit:

    python -m tests.test_golden_export     # rewrite tests/golden/*.jsonl

A restructuring commit leaves them byte-identical.
"""

from __future__ import annotations

import io
import sys
from pathlib import Path

import pytest

from reader.config import load_config
from reader.corpus import build_corpus
from reader.export import write_jsonl

ROOT = Path(__file__).resolve().parents[1]
GOLDEN = ROOT / "tests" / "golden"
PAGE_SETS = {  # name of the golden file: folder of pages
    "seeds": ROOT / "seeds",
    "heldout": ROOT / "tests" / "heldout" / "pages",
    "heldout3": ROOT / "tests" / "heldout3" / "pages",
    "pages": ROOT / "tests" / "pages" / "pages",
}


def export_of(folder: Path) -> str:
    out = io.StringIO()
    write_jsonl(build_corpus(folder, load_config(None), use_cache=False).articles, out)
    return out.getvalue()


@pytest.mark.parametrize("name", sorted(PAGE_SETS))
def test_export_equals_the_golden_file(name: str) -> None:
    folder = PAGE_SETS[name]
    if not folder.is_dir():
        pytest.skip(f"{folder} does not exist yet")
    golden = GOLDEN / f"{name}.jsonl"
    assert golden.is_file(), f"no {golden}: run `python -m tests.test_golden_export`"
    assert export_of(folder) == golden.read_text(encoding="utf-8"), (
        f"the export of {name} changed: if the change is meant, run `python -m tests.test_golden_export`"
        " and commit the diff with the rule")


def rewrite() -> None:
    for name, folder in sorted(PAGE_SETS.items()):
        if folder.is_dir():
            (GOLDEN / f"{name}.jsonl").write_text(export_of(folder), encoding="utf-8")
            print(f"wrote tests/golden/{name}.jsonl", file=sys.stderr)


if __name__ == "__main__":
    rewrite()
