"""Repair words a site broke with dots ("bắ.n", "đ.e dọ.a", "t.uổi", "s.ú.n.g") to dodge filters.

Dots between letters are removed only when the pieces join into one well-formed
Vietnamese syllable, the pieces after the first are lower case and the token is
not a domain or a listed abbreviation. So numbers ("1.500", "15.1"), domains
("Baoquocte.vn"), "TP.HCM", "U.S.", "Jr." and "..." keep their dots, and a
repaired text has nothing left to repair (idempotent).
"""

from __future__ import annotations

import re

from reader.clean.rules import CleaningRules
from reader.text import is_syllable

# Runs of letters joined by single dots ("bắ.n", "s.ú.n.g"), not part of a number,
# an e-mail address, a path or a URL; matched at the start of the first run, which an
# ellipsis may touch ("đang diễn ra...T.heo ông X": the cleaner splits a sentence there).
_DOTTED = re.compile(r"(?:(?<![\w.@/:\-])|(?<=\.\.\.))[^\W\d_]+(?:\.[^\W\d_]+)+(?![\w@/\-]|\.[^\W\d_])")


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

