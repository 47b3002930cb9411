"""Corpus -> JSON Lines, as ../shared/spec/export.md says."""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import asdict
from typing import Any, TextIO

from reader.model import Article


def article_record(article: Article) -> dict[str, Any]:
    """One article as the export's JSON object, fields in the spec's order."""
    return {
        "id": article.id,
        "file": article.file,
        "title": article.title,
        "published": article.published,
        "author": article.author,
        "credit": article.credit,
        "excerpt": article.excerpt,
        "blocks": [{"kind": b.kind, "text": b.text} for b in article.blocks],
        "dates": [asdict(d) for d in article.dates],
        "officials": [asdict(o) for o in article.officials],
    }


def write_jsonl(articles: Iterable[Article], out: TextIO) -> int:
    """Write one line per article; return how many were written."""
    count = 0
    for article in articles:
        out.write(json.dumps(article_record(article), ensure_ascii=False))
        out.write("\n")
        count += 1
    return count
