"""Text -> tokens, and lexicon phrases matched on tokens whatever their hyphens.

Every other module of the package reads tokens, never characters: a token knows its
offsets into the text, its case-folded form and its hyphen-split syllables.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from itertools import accumulate, pairwise, repeat
from operator import add
from typing import NamedTuple

from reader.text import modern_tones

_TOKEN = re.compile(r"\w+(?:[-‐'’]\w+)*|[^\w\s]")
_TOKEN_SPLIT = re.compile(f"({_TOKEN.pattern})")  # the text cut into gap, token, gap, token, ..., gap
_HYPHENS = re.compile(r"[-‐]")
# Capitals then a capitalised word, glued: an acronym fused to the next word ("TTXViệt Nam" in a caption's
# credit), which no name is written as ("DiCaprio", "McCain" have a lower-case letter before the capital).
_GLUED_ACRONYM = re.compile(r"[^\W\d_a-zà-ỹđ]{2,}[a-zà-ỹđ]")
_CACHED_WORD = 32  # characters: longer words are worked out each time
COMMA = ","
OF = "của"  # "... A và B của Philippines", "Ủy ban Đối ngoại của Quốc hội"
_new = tuple.__new__


class Token(NamedTuple):
    """One word or mark. A tuple, made by `tuple.__new__` with no Python frame: a page makes thousands,
    and a slotted dataclass's __init__ was two thirds of the tokenizer's time."""

    text: str
    start: int
    end: int
    fold: str
    parts: tuple[str, ...]  # the fold split at hyphens: "Xê-út" is ("xê", "út"), as "Xê Út" is two tokens
    name_like: bool  # capitalised word, not an acronym, no digits


def _nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


def fold_case(text: str) -> str:
    """Case folded, with the newer tone placement ('Uỷ' and 'Ủy' are one word)."""
    return modern_tones(_nfc(text).casefold())


def _parts(fold: str) -> tuple[str, ...]:
    """A folded token's hyphen-joined syllables; a lone dash stays itself."""
    if "-" not in fold and "‐" not in fold:
        return (fold,)
    return tuple(part for part in _HYPHENS.split(fold) if part) or (fold,)


def tokenize(text: str) -> list[Token]:
    """The text's tokens, built in C calls only: the text split around its tokens, the offsets summed from
    the pieces' lengths, each word's fold from the memo (no match object nor Python frame per token:
    a third less time than a loop over `finditer`)."""
    pieces = _TOKEN_SPLIT.split(text)
    bounds = list(accumulate(map(len, pieces)))
    words = pieces[1::2]
    # (word, start, end): the end of the gap before a token is its start
    spans = zip(words, bounds[0:-1:2], bounds[1::2], strict=True)
    return list(map(_new, repeat(Token), map(add, spans, map(_known_words.__getitem__, words))))


def _letters(test: str) -> str:
    return "".join(re.escape(ch) for ch in map(chr, range(0x41, 0x2000)) if getattr(ch, test)())


# Where glue may be: a lower-case letter or a dash right before a capital ("NgàiMit", "Thành-Phó"). Few
# texts hold one (acronyms are capitals after capitals), so most are answered by one search.
GLUE_HINT = re.compile(f"[-‐{_letters('islower')}][{_letters('isupper')}]")


def unglued(tokens: list[Token], courtesies: frozenset[str], offices: frozenset[str]) -> list[Token]:
    """The tokens with words a scraper glued split again: a courtesy word glued to a name's capital
    ('NgàiMit-suo': one of `courtesies`), and a dash with no spaces before the capital of a word that
    opens an office ('Võ Ngọc Thành-Phó Bí thư', 'Park Noh-wan-Đại sứ': one of `offices`), the dash then
    a token of its own as a spaced one is.

    Only these: a capital inside a name ('McCain', 'DiCaprio') or after its hyphen ('Al-Saud',
    'Kosiniak-Kamysz') stays one word."""
    out: list[Token] = []
    for token in tokens:
        text = token.text
        cuts = _glued_at(text, courtesies, offices) if GLUE_HINT.search(text) else []
        if not cuts:
            out.append(token)
            continue
        bounds = [0]
        for cut in cuts:
            bounds += [cut, cut + 1] if text[cut] in _DASHES else [cut]
        bounds.append(len(text))
        for start, end in pairwise(bounds):
            word = text[start:end]
            fold, parts, name_like = _known_words[word]
            out.append(Token(word, token.start + start, token.start + end, fold, parts, name_like))
    return out


_DASHES = frozenset("-‐")


def _glued_at(text: str, courtesies: frozenset[str], offices: frozenset[str]) -> list[int]:
    """Where `text` is cut: before a capital right after a courtesy word, or at a dash before an office's word."""
    cuts = []
    for at in range(1, len(text) - 1):
        if not text[at + 1].isupper() and not (text[at].isupper() and text[at - 1].isalpha()):
            continue
        if text[at] in _DASHES:
            if fold_case(_HYPHENS.split(text[at + 1:], maxsplit=1)[0]) in offices:
                cuts.append(at)
        elif text[at].isupper() and not cuts and fold_case(text[:at]) in courtesies:
            cuts.append(at)
    return cuts


def _word(word: str) -> tuple[str, tuple[str, ...], bool]:
    """A word's fold, syllables and whether it reads as a name ("name_like")."""
    name_like = (word[0].isupper() and not any(ch.isdigit() for ch in word)
                 and not (len(word) > 1 and word.isupper()) and not _GLUED_ACRONYM.match(word))
    fold = modern_tones(word.casefold())
    return fold, _parts(fold), name_like


class _WordMemo(dict[str, tuple[str, tuple[str, ...], bool]]):
    """Each distinct word's `_word`, worked out once: a page's thousands of tokens are mostly the same few
    hundred syllables. Long words (a URL, a pasted blob) are rare and would only fill the memo; a full
    memo starts again (a worker parses for as long as the folder takes)."""

    def __missing__(self, word: str) -> tuple[str, tuple[str, ...], bool]:
        known = _word(word)
        if len(word) <= _CACHED_WORD:
            if len(self) >= _MEMO_WORDS:
                self.clear()
            self[word] = known
        return known


_MEMO_WORDS = 1 << 15
_known_words = _WordMemo()


@dataclass(frozen=True, slots=True)
class Phrases:
    """Lexicon phrases as syllable tuples, matched on whole tokens for longest-match lookups.

    Syllables, not tokens: Vietnamese writes a transcribed name with or without hyphens ("Ả-rập
    Xê-út", "Ả Rập Xê Út", "Ả Rập Xê-út"), so a phrase matches whole tokens whose hyphen-split
    parts spell it, however it was hyphenated.

    Each map holds every run of syllables a phrase starts (`prefixes`) or ends (`suffixes`) with,
    True for a whole phrase: a match grows token by token while what it read still starts a phrase,
    so it costs one look-up per token read, however many phrases share a first word (a profile
    showed the phrase loops, tried one phrase after another, at a tenth of the parse).
    """

    starts: frozenset[str]  # first syllables: a cheap test that a phrase may start at a token
    prefixes: dict[tuple[str, ...], bool]
    suffixes: dict[tuple[str, ...], bool]

    @classmethod
    def of(cls, words: Iterable[str]) -> Phrases:
        phrases = {t for t in (tuple(part for m in _TOKEN.finditer(_nfc(w)) for part in _parts(fold_case(m.group())))
                               for w in words) if t}
        prefixes: dict[tuple[str, ...], bool] = {}
        suffixes: dict[tuple[str, ...], bool] = {}
        for phrase in phrases:
            for size in range(1, len(phrase) + 1):
                prefixes[phrase[:size]] = prefixes.get(phrase[:size], False) or size == len(phrase)
                suffixes[phrase[-size:]] = suffixes.get(phrase[-size:], False) or size == len(phrase)
        return cls(frozenset(phrase[0] for phrase in phrases), prefixes, suffixes)

    def match(self, tokens: Sequence[Token], at: int) -> int:
        """Length in tokens of the longest phrase starting at `at`, 0 if none."""
        if at >= len(tokens):
            return 0
        read = tokens[at].parts
        whole = self.prefixes.get(read)
        if whole is None:
            return 0  # most tokens start no phrase: answered with one look-up
        longest = 1 if whole else 0
        end = at + 1
        while end < len(tokens):
            read += tokens[end].parts
            whole = self.prefixes.get(read)
            if whole is None:
                break
            end += 1
            if whole:
                longest = end - at
        return longest

    def ends_at(self, tokens: Sequence[Token], at: int) -> bool:
        """Whether a phrase ends right before token `at`."""
        if not 0 < at <= len(tokens):
            return False
        start = at - 1
        read = tokens[start].parts
        while (whole := self.suffixes.get(read)) is not None:
            if whole:
                return True
            if start == 0:
                break
            start -= 1
            read = tokens[start].parts + read
        return False


@dataclass(frozen=True, slots=True)
class StyledPhrases(Phrases):
    """Phrases that may follow a style of their own: a country after its state's style ("Cộng hòa Kenya",
    "Vương quốc Bỉ", "Nhà nước Palestine"), so that no list needs every country in every style."""

    styles: Phrases

    @classmethod
    def with_styles(cls, words: Iterable[str], styles: Iterable[str]) -> StyledPhrases:
        plain = Phrases.of(words)
        return cls(plain.starts, plain.prefixes, plain.suffixes, Phrases.of(styles))

    def match(self, tokens: Sequence[Token], at: int) -> int:
        plain = Phrases.match(self, tokens, at)
        style = self.styles.match(tokens, at)
        styled = Phrases.match(self, tokens, at + style) if style else 0
        return max(plain, style + styled) if styled else plain


def capitalised_match(phrases: Phrases, tokens: list[Token], at: int) -> int:
    """A lexicon phrase written with a capital, as countries and bodies are in running text."""
    if at >= len(tokens) or not tokens[at].text[:1].isupper():
        return 0
    return phrases.match(tokens, at)


def is_acronym(token: Token) -> bool:
    return len(token.text) > 1 and token.text.isalpha() and token.text.isupper()
