"""Raw page -> cleaned articles: repair obfuscated words, classify lines, segment.

The steps live in their own modules: rules.py (lexicon -> compiled rules),
deobfuscate.py, lines.py (line classes), unwrap.py (hard-wrapped lines joined again) and
segment.py (articles); evidence.py drops what the whole folder shows to be furniture, over the
parsed articles (called by the corpus).
"""

from __future__ import annotations

from pathlib import PurePath

from reader.clean.deobfuscate import deobfuscate
from reader.clean.lines import (
    captions_over_leads,
    classify,
    credited_captions,
    kickers_joined,
    labelled_captions,
    page_lines,
    release_headers,
    repeated_captions,
    series_lists,
    skipped_boxes,
    wrapped_capital_headlines,
)
from reader.clean.rules import rules_for
from reader.clean.segment import segment
from reader.clean.unwrap import unwrap
from reader.lexicon import Lexicon
from reader.model import Article, RawPage


def clean_page(page: RawPage, lexicon: Lexicon) -> list[Article]:
    """The articles a reader should see on one page, in reading order (none for pure furniture)."""
    rules = rules_for(lexicon)
    text = deobfuscate(page.text, rules)
    lines = [classify(line, rules) for line in unwrap(page_lines(text, rules), rules)]
    lines = wrapped_capital_headlines(captions_over_leads(repeated_captions(credited_captions(lines, rules)), rules))
    lines = skipped_boxes(release_headers(lines, rules))
    lines = kickers_joined(labelled_captions(series_lists(lines, rules), rules), rules)
    stem = PurePath(page.file).stem
    return [
        Article(
            id=f"{stem}-{ordinal}",
            file=page.file,
            title=draft.title,
            published=draft.published,
            author=draft.author,
            credit=draft.credit,
            excerpt=draft.is_excerpt,
            blocks=tuple(draft.blocks),
        )
        for ordinal, draft in enumerate(segment(lines, rules), start=1)
    ]
