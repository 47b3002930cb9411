"""Repair words a site broke with a dot ("bắ.n", "đ.e dọ.a", "t.uổi") to dodge filters.

A dot between two letters is removed only when the two halves join into one
well-formed Vietnamese syllable, the right half is lower case and the token is
not a domain or a listed abbreviation. So numbers ("1.500", "15.1"), domains
("Baoquocte.vn"), "TP.HCM", "U.S.", "Jr." and "..." keep their dots, and a
repaired text has nothing left to repair (idempotent).
"""

from __future__ import annotations

import re
import unicodedata

from reader.clean.rules import CleaningRules

# Two runs of letters joined by one dot, not part of a longer dotted token,
# an e-mail address, a path or a URL.
_DOTTED = re.compile(r"(?<![\w.@/:\-])([^\W\d_]+)\.([^\W\d_]+)(?![\w@/\-]|\.[^\W\d_])")

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
    if "." not in text:
        return text

    def repair(match: re.Match[str]) -> str:
        left, right = match.group(1), match.group(2)
        if _is_broken_word(left, right, rules):
            return left + right
        return match.group(0)

    return _DOTTED.sub(repair, text)


def _is_broken_word(left: str, right: str, rules: CleaningRules) -> bool:
    if not right.islower() or (len(left) > 1 and not left[1:].islower()):
        return False  # "TP.HCM", "St.Petersburg": capitals after the first letter are not obfuscation
    if right.casefold() in rules.domain_suffixes or f"{left}.{right}".casefold() in rules.dotted_keep:
        return False
    return is_syllable(left + right)


def is_syllable(word: str) -> bool:
    """Whether `word` is one well-formed Vietnamese syllable (tones ignored)."""
    if len(word) > 7:
        return False
    decomposed = unicodedata.normalize("NFD", word.casefold())
    toneless = unicodedata.normalize("NFC", "".join(ch for ch in decomposed if ch not in _TONE_MARKS))
    return _SYLLABLE.fullmatch(toneless) is not None
