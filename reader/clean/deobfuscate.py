"""Repair words a site broke with dots ("bắ.n", "đ.e dọ.a", "t.uổi", "s.ú.n.g") to dodge filters.

Dots between letters are removed only when the pieces join into one well-formed
Vietnamese syllable, the pieces after the first are lower case and the token is
not a domain or a listed abbreviation. So numbers ("1.500", "15.1"), domains
("Baoquocte.vn"), "TP.HCM", "U.S.", "Jr." and "..." keep their dots, and a
repaired text has nothing left to repair (idempotent).
"""

from __future__ import annotations

import re
import unicodedata

from reader.clean.rules import CleaningRules

# Runs of letters joined by single dots ("bắ.n", "s.ú.n.g"), not part of a number,
# an e-mail address, a path or a URL; matched at the start of the first run.
_DOTTED = re.compile(r"(?<![\w.@/:\-])[^\W\d_]+(?:\.[^\W\d_]+)+(?![\w@/\-]|\.[^\W\d_])")

_TONE_MARKS = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}
_INITIALS = "ngh|ng|gh|gi|kh|nh|ph|qu|th|tr|ch|[bcdđghklmnpqrstvx]"
_NUCLEI = (
    "iêu yêu oai oao oay oeo uây uôi uya uyê ươi ươu "
    "ai ao au ay âu ây eo êu ia iê iu oa oă oe oi ôi ơi oo ua uâ uê ui uô uơ uy ưa ưi ươ ưu yê "
    "a ă â e ê i o ô ơ u ư y"
).split()
_FINALS = "ch|ng|nh|[cmnpt]"
_SYLLABLE = re.compile(rf"(?:{_INITIALS})?(?:{'|'.join(_NUCLEI)})(?:{_FINALS})?")


def deobfuscate(text: str, rules: CleaningRules) -> str:
    """The text with every dot-obfuscated word joined again."""
    pieces: list[str] = []
    done = 0  # text[:done] is already in pieces
    dot = text.find(".")
    while dot != -1:
        if 0 < dot < len(text) - 1 and text[dot - 1].isalpha() and text[dot + 1].isalpha():
            start = dot - 1
            while start > done and text[start - 1].isalpha():
                start -= 1
            token = _DOTTED.match(text, start)
            if token is not None:
                if _is_broken_word(token.group().split("."), rules):
                    pieces.append(text[done:start])
                    pieces.append(token.group().replace(".", ""))
                    done = token.end()
                dot = token.end() - 1  # the token's other dots are judged with it
        dot = text.find(".", dot + 1)
    if not pieces:
        return text
    pieces.append(text[done:])
    return "".join(pieces)


def _is_broken_word(parts: list[str], rules: CleaningRules) -> bool:
    first, rest = parts[0], parts[1:]
    if not all(part.islower() for part in rest) or (len(first) > 1 and not first[1:].islower()):
        return False  # "TP.HCM", "St.Petersburg": capitals after the first letter are not obfuscation
    if rest[-1].casefold() in rules.domain_suffixes or ".".join(parts).casefold() in rules.dotted_keep:
        return False
    return is_syllable("".join(parts))


def is_syllable(word: str) -> bool:
    """Whether `word` is one well-formed Vietnamese syllable (tones ignored)."""
    if len(word) > 7:
        return False
    decomposed = unicodedata.normalize("NFD", word.casefold())
    toneless = unicodedata.normalize("NFC", "".join(ch for ch in decomposed if ch not in _TONE_MARKS))
    return _SYLLABLE.fullmatch(toneless) is not None
