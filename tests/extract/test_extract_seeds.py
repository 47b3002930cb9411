"""The seeds, scored by ../shared/tools/evaluate.py (the extraction measures the issue asks for), and speed.

Only the scorer test skips when ../shared is not beside the project (a bare clone).
"""

from __future__ import annotations

import importlib.util
import io
import json
from itertools import pairwise
from pathlib import Path

import pytest
import yaml
from hang_guard import finishes_without_hanging

from reader.config import load_config
from reader.corpus import parse_page
from reader.export import write_jsonl
from reader.load import read_page
from reader.model import Article

ROOT = Path(__file__).resolve().parents[2]
SHARED = ROOT.parent / "shared"
SCORER = SHARED / "tools" / "evaluate.py"
GOLD = SHARED / "gold" / "seeds.yaml"
MINIMUM = {"date_f1": 0.95, "official_f1": 0.95, "title_acc": 0.90, "mention_recall": 0.90, "integrity": 1.0}


def seed_articles() -> list[Article]:
    config = load_config(None)
    articles = []
    for path in sorted((ROOT / "seeds").glob("*.txt")):
        page, _ = read_page(path)
        assert page is not None
        articles.extend(parse_page(page, config))
    return articles


@pytest.mark.skipif(not (SCORER.is_file() and GOLD.is_file()), reason="../shared is not beside the project")
def test_seed_extraction_scores():
    spec = importlib.util.spec_from_file_location("evaluate", SCORER)
    assert spec is not None and spec.loader is not None
    scorer = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(scorer)
    out = io.StringIO()
    write_jsonl(seed_articles(), out)
    records = [json.loads(line) for line in out.getvalue().splitlines()]
    result, problems = scorer.evaluate(yaml.safe_load(GOLD.read_text(encoding="utf-8")), records)
    low = {name: result[name] for name, floor in MINIMUM.items() if result[name] < floor}
    assert not low, f"{low}; problems: {problems}"


def test_seed_entities_are_in_reading_order_and_disjoint():
    for article in seed_articles():
        for entities in (article.dates, article.officials):
            spans = [(e.block, e.start, e.end) for e in entities]
            assert spans == sorted(spans)
            assert all(a[0] != b[0] or a[2] <= b[1] for a, b in pairwise(spans))


def test_a_huge_block_stays_fast(extract):
    """Rules must not re-check every earlier match (a 1 MB line is a page the loader accepts)."""
    dated = "Ngày 1/2, 3/4 và ngày 5/6, Ngoại trưởng Mỹ Antony Blinken gặp ông Blinken. " * 4000
    with finishes_without_hanging():
        result = extract(dated, published="2024-01-01")
    assert len(result.dates) == 12000 and len(result.officials) == 8000
