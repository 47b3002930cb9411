"""Named officials in Vietnamese news -> OfficialMention, each resolved to one person of the article.

A person becomes an official only through an anchor that says so:
  title phrase + name      "quyền Tổng thống Hàn Quốc Choi Sang Mok", "Tổng thống Mỹ, ông Joe Biden"
  plural title + names     "các Ngoại trưởng Yoko Kamikawa và Cho Tae Yul", "Ngoại trưởng hai nước A và B"
  counterpart + name       "người đồng cấp Nhật Bản Yoko Kamikawa và Hàn Quốc Cho Tae Yul"
  honorific name, title    "bà Kim Yo-jong, Phó Chủ tịch Ủy ban Trung ương đảng Lao động Triều Tiên",
                           "ông Jean Dupont giữ chức Bộ trưởng Nội vụ"
  full name, title         "Antony Blinken, Ngoại trưởng Mỹ, nói"
A title phrase is [prefix] title [portfolio|suffix] [organisation] [country], each part a lexicon;
a minister's portfolio may also be read from its shape ("Bộ trưởng Sinh thái và Tài nguyên thiên nhiên").
Then "ông Blinken", "Ngoại trưởng Kamikawa" or a bare "Joe Biden" are mentions of the anchored
person whose name holds all their words (so "Kishida Fumio" = "Fumio Kishida"); an "ông X" that
matches no anchored person is not reported, since "ông" alone does not make anyone an official.

The package, in reading order: tokens.py (text -> tokens, lexicon phrases matched on them),
grammar.py (the lexicon as phrase sets, once per lexicon), scanner.py (the Scanner: one block's
text, tokens, grammar and what was found, passed to every reading function with a token index),
names.py, titles.py (title phrases), anchors.py (the anchors, tried in order at each token) and
resolution.py (candidates -> the article's people -> mentions).

How to add an anchor (say "X, người đứng đầu Y" needs a new list `head_phrases`):
  1. the words: a list in reader/data/extraction.yaml (with a comment and an example), its name in
     `reader.lexicon.Extraction`, and a line in config.yaml's `extraction:` (tests check all three);
  2. the grammar: a `Phrases` field in `OfficialGrammar`, built in `official_grammar`;
  3. the shape: in anchors.py, `def head_of(s: Scanner, at: int) -> int` that reads at token `at`
     with `title_phrase`, `read_name`, `capitalised_match`..., appends a `Candidate` to `s.found`
     (`anchored=True` when its own words make the person an official) and returns the token index
     after what it read, 0 when it does not read there;
  4. the order: add it to the chain in `scan`, where its place says which anchor wins a tie;
  5. a test in tests/extract/test_extract_officials.py; if the golden export changes, regenerate it
     in the same commit (`python -m tests.test_golden_export`) and read the diff; a line in the README.
"""

from __future__ import annotations

from collections.abc import Sequence

from reader.extract.officials.anchors import scan
from reader.extract.officials.grammar import OfficialGrammar, official_grammar
from reader.extract.officials.resolution import resolve
from reader.extract.officials.scanner import Scanner
from reader.extract.officials.tokens import GLUE_HINT, Token, tokenize, unglued
from reader.lexicon import Lexicon
from reader.model import Block, OfficialMention
from reader.text import HEADLINE

__all__ = ["OfficialGrammar", "find_officials", "official_grammar"]


def find_officials(blocks: Sequence[Block], lexicon: Lexicon, headline: str = "") -> tuple[OfficialMention, ...]:
    """Every mention of a named official in the blocks, resolved within the article.

    The headline is not a block, so it has no mentions; but "Ngoại trưởng Antony Blinken" there
    still makes the body's "ông Blinken" an official.
    """
    grammar = official_grammar(lexicon)

    def tokens(text: str) -> list[Token]:
        found = tokenize(text)
        return unglued(found, grammar.courtesies, grammar.title_starts) if GLUE_HINT.search(text) else found

    body = [Scanner(index, block.text, tokens(block.text), grammar) for index, block in enumerate(blocks)]
    candidates = [c for c in scan(Scanner(HEADLINE, headline, tokens(headline), grammar)) if c.anchored]
    candidates += [c for block in body for c in scan(block)]
    return resolve(candidates, body)
