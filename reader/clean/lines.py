"""Raw text -> classified lines: what each line of a scraped page is.

A line is classified on its own shape and the lexicons; whether a headline-shaped
line really opens an article depends on what follows it, which is the
segmenter's job (segment.py).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime
from enum import Enum

from reader.clean.rules import CleaningRules, fold_line


class Kind(Enum):
    FURNITURE = "furniture"  # site chrome: share bars, polls, image alt text
    RELATED_HEADING = "related heading"  # "Tin liên quan": the rest of the page is other news
    DATELINE = "dateline"  # "06:17 - Thứ Bảy, 24/02/2024 Lượt xem: 4135", "19:57:16 17/01/2025"
    DOUBLED = "doubled"  # a headline printed twice on one line ("AbcAbc")
    CAPTION = "caption"  # "... Ảnh: Kyodo/TTXVN", "(Nguồn: Reuters)"
    CREDIT = "credit"  # "Theo HNM", "(theo Reuters, AP)"
    BYLINE = "byline"  # "Việt Hà"
    HEADLINE = "headline"  # shaped like a headline; may still turn out to be a short body line
    TEASER = "teaser"  # prose cut short with "..."
    BODY = "body"


@dataclass(frozen=True, slots=True)
class Line:
    kind: Kind
    text: str  # cleaned; for DOUBLED the headline once; for CREDIT the credit alone
    published: str | None = None  # ISO date(time), for DATELINE only


MAX_HEADLINE_CHARS = 250
MAX_SHORT_LINE_CHARS = 500  # furniture, datelines, credits and bylines are all shorter
CAPTION_TAIL_CHARS = 100  # "<marker>: <source>" closes a caption within its last few words
ELLIPSES = ("...", "…")

_SPACES = re.compile(r"[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]+")
_INVISIBLE = re.compile(r"[\u200b-\u200d\u2060\ufeff]")
_DATE = re.compile(r"(?<!\d)(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})(?!\d)")
_TIME = re.compile(r"(?<!\d)(\d{1,2})[:h](\d{2})(?::(\d{2}))?(?!\d)")
_GLUED_AFTER_ELLIPSIS = re.compile(r"(?:\.\.\.|…)(?=[^\W\d_])")
# A full stop after a lower-case letter or digit, or ?/!, then a capital: a sentence break.
_SENTENCE_BREAK = re.compile(r"(?:(?<=[^\W_])(?<![A-ZĐ])\.|[!?])[\"”’)]?\s+[\"“‘(]?(?=[^\W\d_])")
_NAME_WORD = re.compile(r"[^\W\d_][^\W\d_'’\-]*")


def page_lines(text: str, rules: CleaningRules) -> list[str]:
    """The non-empty lines of a page, spacing normalised, glued lines split apart."""
    lines: list[str] = []
    for raw in text.split("\n"):
        line = _SPACES.sub(" ", _INVISIBLE.sub("", raw)).strip()
        if line:
            lines.extend(_unglue(line, rules))
    return lines


def _unglue(line: str, rules: CleaningRules) -> list[str]:
    """Split what a scraper glued together: "teaser...Next headline", "Headline Ngày 5/12, lead"."""
    parts: list[str] = []
    start = 0
    for match in _GLUED_AFTER_ELLIPSIS.finditer(line):
        if line[match.end()].isupper():
            parts.append(line[start:match.end()])
            start = match.end()
    parts.append(line[start:])
    unglued: list[str] = []
    for part in parts:
        lead = rules.glued_lead.search(part, 0, MAX_HEADLINE_CHARS + 1)
        if lead is not None and is_headline_shaped(part[:lead.start()]):
            unglued.extend((part[:lead.start()], part[lead.end():]))
        else:
            unglued.append(part)
    return unglued


def classify(text: str, rules: CleaningRules) -> Line:
    """What one cleaned line is, from its shape and the lexicons alone."""
    short = len(text) <= MAX_SHORT_LINE_CHARS
    if short:
        folded = fold_line(text)
        if folded in rules.related_headings or folded.rstrip(" :") in rules.related_headings:
            return Line(Kind.RELATED_HEADING, text)
        if folded in rules.furniture_lines or any(p.match(text) for p in rules.furniture_patterns):
            return Line(Kind.FURNITURE, text)
        published = dateline_value(text, rules)
        if published is not None:
            return Line(Kind.DATELINE, text, published)
    doubled = undouble(text)
    if doubled is not None:
        return Line(Kind.DOUBLED, doubled)
    if is_caption(text, rules):
        return Line(Kind.CAPTION, text)
    if short:
        credit = rules.credit.match(text)
        if credit is not None and _is_credit(credit.group("credit")):
            return Line(Kind.CREDIT, credit.group("credit"))
        if is_byline(text):
            return Line(Kind.BYLINE, text)
    if is_headline_shaped(text):
        return Line(Kind.HEADLINE, text)
    if text.endswith(ELLIPSES):
        return Line(Kind.TEASER, text)
    return Line(Kind.BODY, text)


def dateline_value(text: str, rules: CleaningRules) -> str | None:
    """The ISO date(time) of a line that holds only a date, a time and dateline words."""
    date = _DATE.search(text)
    if date is None:
        return None
    time = _TIME.search(text)
    rest = _TIME.sub(" ", _DATE.sub(" ", text))
    rest = rules.dateline_noise.sub(" ", rest)
    if any(ch.isalpha() for ch in rest):
        return None
    day, month, year = (int(g) for g in date.groups())
    hour, minute = (int(time.group(1)), int(time.group(2))) if time is not None else (0, 0)
    try:
        stamp = datetime(year, month, day, hour, minute)
    except ValueError:
        return None
    return stamp.strftime("%Y-%m-%dT%H:%M") if time is not None else stamp.strftime("%Y-%m-%d")


def undouble(text: str) -> str | None:
    """The headline of a line that prints it twice ("AbcAbc" or "Abc Abc"), else None."""
    n = len(text)
    half = n // 2
    if n % 2 == 0 and text[:half] == text[half:]:
        once = text[:half]
    elif n % 2 == 1 and text[half] == " " and text[:half] == text[half + 1:]:
        once = text[:half]
    else:
        return None
    return once.strip() if len(once.split()) >= 2 else None


def is_caption(text: str, rules: CleaningRules) -> bool:
    """A photo caption: it opens with a caption marker or ends with "<marker>: <short source>"."""
    if rules.caption_start.match(text):
        return True
    markers = list(rules.caption_marker.finditer(text, max(0, len(text) - CAPTION_TAIL_CHARS)))
    return bool(markers) and _is_short_source(text[markers[-1].end():])


def caption_credit_only(text: str, rules: CleaningRules) -> bool:
    """Whether `text` is nothing but a caption credit ("(Nguồn: Reuters)", "- Ảnh: AFP")."""
    stripped = text.strip(" -–—|")
    match = rules.caption_marker.search(stripped)
    return (
        match is not None
        and not stripped[:match.start()].strip(" ([")
        and _is_short_source(stripped[match.end():])
    )


def _is_short_source(tail: str) -> bool:
    """ "Kyodo/TTXVN", "Getty Images/TTXVN", "Reuters)": a source name, not a sentence."""
    if any(mark in tail for mark in ("...", "…", "!", "?", ":")):
        return False
    source = tail.strip().rstrip(".").rstrip(")]").strip()
    return (
        0 < len(source) <= 60
        and len(source.split()) <= 8
        and _SENTENCE_BREAK.search(source) is None
    )


def _is_credit(credit: str) -> bool:
    """ "Theo HNM", "theo Reuters, AP": a few words naming a source, at least one capitalised."""
    words = credit.split()[1:]
    return (
        0 < len(words) <= 8
        and any(w[0].isupper() for w in words)
        and _SENTENCE_BREAK.search(credit) is None
        and not credit.endswith((",", ";", ":"))
    )


def is_byline(text: str) -> bool:
    """An author's name on its own line: two to four capitalised words ("Việt Hà")."""
    words = text.split()
    return (
        2 <= len(words) <= 4
        and len(text) <= 40
        and all(_NAME_WORD.fullmatch(w) is not None and w[0].isupper() and w[1:].islower() for w in words)
    )


def is_headline_shaped(text: str, min_words: int = 4) -> bool:
    """No closing full stop, not too short or long, starts with a capital, one sentence at most."""
    if not 12 <= len(text) <= MAX_HEADLINE_CHARS:
        return False
    if text.endswith((".", ",", ";", ":", *ELLIPSES)):
        return False
    first = text[0]
    if not (first.isupper() or first.isdigit() or first in "\"'“‘«("):
        return False
    if not min_words <= len(text.split()) <= 40:
        return False
    return _SENTENCE_BREAK.search(text) is None


def ends_with_ellipsis(text: str) -> bool:
    return text.rstrip(" \"”’)").endswith(ELLIPSES)
