"""Personal names: capitalised words, initials, particles ("von der", "al-") and suffixes ("Jr.")."""

from __future__ import annotations

import re
from dataclasses import dataclass

from reader.extract.officials.grammar import OfficialGrammar
from reader.extract.officials.scanner import Scanner
from reader.extract.officials.tokens import COMMA, Token, fold_case
from reader.text import is_syllable

_WORD = re.compile(r"[^\W_]+")
_MAX_NAME_WORDS = 6
_JOINERS = frozenset({"và", ","})  # "Tài chính và Ngân sách": a joiner is no part of the word before it
_NAME_ENDS = frozenset({",", ".", ";", ":", ")"})


@dataclass(frozen=True, slots=True)
class Name:
    end: int  # token index after the name
    text: str
    words: frozenset[str]


def read_name(s: Scanner, at: int, *, particle_first: bool = False) -> Name | None:
    """Capitalised words ('Cho Tae Yul', 'Kim Yo-jong', 'Vương Nghị', 'Ursula von der Leyen', 'Marcos Jr.').

    A lower-case particle opens a name only where a courtesy word or a title says a name follows
    (`particle_first`: "bà von der Leyen", "Chủ tịch von der Leyen"); elsewhere "de", "van" are words."""
    tokens, grammar = s.tokens, s.grammar
    suffixes, stops = grammar.name_suffixes, grammar.name_stops
    words: list[int] = []
    dashed = 0  # syllables joined by a spaced dash: the name is a transcribed one, its words longer
    end = at
    while end < len(tokens):
        token = tokens[end]
        # `x.starts` first: most words start no listed phrase, and the look-up is cheaper than the match
        suffix = suffixes.match(tokens, end) if words and token.parts[0] in suffixes.starts else 0
        if suffix:
            return name_of(s, at, end + suffix)
        stop = token.parts[0] in stops.starts and stops.match(tokens, end) > 0
        if is_initial(tokens, end) and not stops.match(tokens, end + 2):  # "S. Jaishankar", "Ma. Theresa"
            words.append(end)
            end += 2
        elif is_initials(tokens, end) and not stop:  # "JD Vance"
            words.append(end)
            end += 1
        elif words and token.name_like and opens_after_a_foreign_name(s, words, end):
            break  # "Tổng thống William Ruto Toàn cảnh lễ đón": a caption run on after the name
        elif (token.name_like and not stop) or particle_joined(token, grammar):
            words.append(end)
            end += 1
        elif words and words[-1] == end - 1 and (len(words) == 1 or dashed) and spaced_syllable(s, end):
            dashed += 1
            words.append(end + 1)  # "Sủ - phăn Hả - đao - hương": a word's syllables joined by spaced dashes
            end += 2
        elif (words or particle_first) and token.fold in grammar.particles:
            after = end
            while after < len(tokens) and tokens[after].fold in grammar.particles:
                after += 1
            if after == len(tokens) or not tokens[after].name_like:
                break
            end = after
        else:
            break
        if len(words) - dashed > _MAX_NAME_WORDS:
            return None  # a long capitalised run is the name of something else
    if len(words) == 1 and end == words[0] + 1 and grammar.place_heads.match(tokens, words[0]) == 1 \
            and not (words[0] > 0 and tokens[words[0] - 1].fold in grammar.courtesies):
        return None  # "cảm ơn lãnh đạo Tỉnh đã ...": a place word capitalised out of respect, no person; after
        # a courtesy word it is a given name ("Ông Quận cho biết": Trần Đức Quận)
    return name_of(s, at, words[-1] + 1) if words else None


def opens_after_a_foreign_name(s: Scanner, words: list[int], at: int) -> bool:
    """Whether the capitalised word at `at` opens a Vietnamese word rather than going on a foreign name.

    A name written in a foreign spelling (a word of it is no Vietnamese syllable: 'William Ruto') does
    not go on with a marked Vietnamese syllable that a lower-case one follows ('Toàn cảnh', 'Sau lễ đón'):
    that is the next sentence or a caption run on after it. A Vietnamese name may ('Tô Lâm phát biểu').
    """
    word = s.tokens[at].text
    return (not word.isascii() and opens_a_word(s, at, at + 1)
            and any(not is_syllable(s.tokens[w].text) for w in words))


def spaced_syllable(s: Scanner, at: int) -> bool:
    """Whether a name word goes on at `at` with a dash and a lower-case syllable, as some sites space the
    hyphens of a transcribed Lao name ('Sủ - phăn Hả - đao - hương', for 'Sủ-phăn Hả-đao-hương').

    Only after the name's first word or another such syllable (not 'Nguyễn Văn An - bà Lê Thị Hoa'), and only a
    lone syllable that then ends the name (at a comma, a stop, the text's end), goes on with another dash, is
    followed by the name's next capitalised word, or ends a word already dashed ('Phôm - ma - thắt phát
    biểu'): an apposition after a dash is an office ('X - phó chủ
    tịch', 'X - người phát ngôn'), a clause ('X - một người bạn cũ') or a verb ('X - nói'), never such a syllable."""
    tokens, grammar = s.tokens, s.grammar
    if not (at + 1 < len(tokens) and tokens[at].text == "-") or any(
            phrases.ends_at(tokens, at) for phrases in (grammar.countries, grammar.places, grammar.regions)):
        return False  # "Nga - châu Phi": a country, then what it is paired with
    syllable = tokens[at + 1]
    if not (syllable.text.isalpha() and syllable.text.islower() and is_syllable(syllable.text)) \
            or syllable.parts[0] in grammar.title_starts or syllable.fold in grammar.particles \
            or syllable.fold in _JOINERS or grammar.honorifics.match(tokens, at + 1) \
            or grammar.familiar_addresses.match(tokens, at + 1) \
            or grammar.portfolio_breakers.match(tokens, at + 1):
        return False
    after = at + 2
    return (tokens[at - 1].text.islower()  # "Phôm - ma - thắt phát biểu": the word's last syllable
            or after == len(tokens) or tokens[after].text in _NAME_ENDS or tokens[after].text == "-"
            or tokens[after].name_like)


def particle_joined(token: Token, grammar: OfficialGrammar) -> bool:
    """'al-Assad', 'bin-Zayed': a lower-case particle joined to a capitalised name."""
    particle, _, rest = token.text.partition("-")
    return bool(rest) and rest[0].isupper() and particle.casefold() in grammar.particles


def is_initials(tokens: list[Token], at: int) -> bool:
    text = tokens[at].text
    return (len(text) == 2 and text.isalpha() and text.isupper() and at + 1 < len(tokens)
            and tokens[at + 1].name_like)


def is_initial(tokens: list[Token], at: int) -> bool:
    """An initial ('S. Jaishankar', 'Donald J. Trump') or a given name cut to two letters ('Ma. Theresa
    Lazaro', for Maria), then a dot and a name."""
    text = tokens[at].text
    return (len(text) <= 2 and text.isalpha() and text[0].isupper() and text[1:] == text[1:].lower()
            and at + 2 < len(tokens) and tokens[at + 1].text == "." and tokens[at + 2].name_like)


def name_of(s: Scanner, at: int, end: int) -> Name:
    """The name's text and its words; 'Suk-yeol' counts as 'Suk Yeol', as the index and the scorer see it."""
    written = s.text[s.tokens[at].start:s.tokens[end - 1].end]
    return Name(end, written, frozenset(_WORD.findall(fold_case(written))))


def opens_a_word(s: Scanner, at: int, end: int) -> bool:
    """Whether a one-token 'name' [at, end) is the first syllable of a word the next token goes on.

    'Bí thư Trung ương', 'Chủ tịch Mặt trận', 'Đại sứ Đặc mệnh': a capitalised Vietnamese syllable
    then a lower-case one is how a word of a body or an office is written, and no name is. A verb
    or particle after it ('Bộ trưởng Kim trả lời') is no part of a word.
    """
    tokens, grammar = s.tokens, s.grammar
    if end - at != 1 or end >= len(tokens):
        return False
    after = tokens[end]
    return (is_syllable(tokens[at].text) and after.text.isalpha() and after.text.islower()
            and is_syllable(after.text) and after.fold not in _JOINERS and after.fold not in grammar.particles
            and not grammar.portfolio_breakers.match(tokens, end))


def skip_honorific(s: Scanner, at: int, *, comma: bool = True) -> int:
    """'Tổng thống Mỹ, ông Joe Biden': the name after an optional ', ông' (or a bare 'ông' only; after the
    comma a rank too: 'Phát ngôn viên Tuần duyên, Chuẩn đề đốc X'), and after a foreign style that is no part
    of it ('Thủ tướng Malaysia Datuk Seri Anwar Ibrahim')."""
    tokens, grammar = s.tokens, s.grammar
    comma = comma and at < len(tokens) and tokens[at].text == COMMA
    size = grammar.honorifics.match(tokens, at + comma) or (grammar.ranks.match(tokens, at + 1) if comma else 0)
    at = at + comma + size if size else at
    style = grammar.name_styles.match(tokens, at)
    return at + style if style and read_name(s, at + style) is not None else at
