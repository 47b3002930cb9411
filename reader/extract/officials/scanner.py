"""What every reading function of the package shares: one text, its tokens, the grammar, what was found."""

from __future__ import annotations

from dataclasses import dataclass, field

from reader.extract.officials.grammar import OfficialGrammar
from reader.extract.officials.tokens import Token


@dataclass(frozen=True, slots=True)
class Candidate:
    """A mention before resolution; `anchored` when its own words make the person an official."""

    block: int
    start: int
    end: int
    name: str
    words: frozenset[str]
    title: str | None
    country: str | None
    anchored: bool
    # "Chủ tịch Quốc hội, bà X": where the courtesy word after the title's comma starts, since that
    # comma may close a clause ("Trả lời câu hỏi về chuyến thăm của Chủ tịch Quốc hội, bà X cho biết")
    across_comma: int | None = None


@dataclass(slots=True)
class Scanner:
    """One block (or the headline) being read: anchors append what they find to `found`.

    Each reading function takes the scanner and a token index `at`, and answers with the
    token index after what it read (0 or None when nothing reads there).
    """

    block: int
    text: str
    tokens: list[Token]
    grammar: OfficialGrammar
    found: list[Candidate] = field(default_factory=list)
