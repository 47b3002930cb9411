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
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace

from reader.lexicon import Extraction, Lexicon
from reader.model import Block, OfficialMention
from reader.text import HEADLINE, TakenSpans, is_syllable, per_lexicon

_TOKEN = re.compile(r"\w+(?:[-‐'’]\w+)*|[^\w\s]")
_WORD = re.compile(r"[^\W_]+")
_HYPHENS = re.compile(r"[-‐]")
_MAX_NAME_WORDS = 6
_AND = frozenset({"và", ","})
_COMMA = ","
_JOINT_TITLE = frozenset({"kiêm", ","})  # "Phó Thủ tướng kiêm Bộ trưởng Ngoại giao", "Tổng Bí thư, Chủ tịch nước"
_OF = "của"
_AT = "tại"
_CLOSERS = frozenset({",", ".", ";", ")"})
_FIELD_JOINERS = frozenset({"và", ",", "-", "–"})  # between ministry fields
_MAX_TOPIC_TOKENS = 8  # "về chính sách đối ngoại và an ninh"
_MAX_FIELD_SYLLABLES = 4  # a capitalised syllable and three lower-case ones: "Tài nguyên thiên nhiên"


@dataclass(slots=True)  # not frozen: a frozen init costs several times more, and a page makes thousands
class _Token:
    text: str
    start: int
    end: int
    fold: str
    parts: tuple[str, ...]  # the fold split at hyphens: "Xê-út" is ("xê", "út"), as "Xê Út" is two tokens
    name_like: bool  # capitalised word, not an acronym, no digits


@dataclass(frozen=True, slots=True)
class _Phrases:
    """Lexicon phrases as syllable tuples, indexed by first and last syllable for longest-match lookups.

    Syllables, not tokens: Vietnamese writes a transcribed name with or without hyphens ("Ả-rập
    Xê-út", "Ả Rập Xê Út", "Ả Rập Xê-út"), so a phrase matches whole tokens whose hyphen-split
    parts spell it, however it was hyphenated.
    """

    by_first: dict[str, tuple[tuple[str, ...], ...]]  # longest first
    by_last: dict[str, tuple[tuple[str, ...], ...]]

    @classmethod
    def of(cls, words: Iterable[str]) -> _Phrases:
        phrases = {t for t in (tuple(part for m in _TOKEN.finditer(_nfc(w)) for part in _parts(_fold(m.group())))
                               for w in words) if t}
        by_first: dict[str, list[tuple[str, ...]]] = {}
        by_last: dict[str, list[tuple[str, ...]]] = {}
        for phrase in sorted(phrases, key=len, reverse=True):
            by_first.setdefault(phrase[0], []).append(phrase)
            by_last.setdefault(phrase[-1], []).append(phrase)
        return cls({k: tuple(v) for k, v in by_first.items()}, {k: tuple(v) for k, v in by_last.items()})

    def match(self, tokens: Sequence[_Token], at: int) -> int:
        """Length in tokens of the longest phrase starting at `at`, 0 if none."""
        if at >= len(tokens):
            return 0
        for phrase in self.by_first.get(tokens[at].parts[0], ()):
            end, read = at, 0
            while read < len(phrase) and end < len(tokens):
                parts = tokens[end].parts
                if phrase[read:read + len(parts)] != parts:
                    break
                read += len(parts)
                end += 1
            if read == len(phrase):
                return end - at
        return 0

    def ends_at(self, tokens: Sequence[_Token], at: int) -> bool:
        """Whether a phrase ends right before token `at`."""
        if not 0 < at <= len(tokens):
            return False
        for phrase in self.by_last.get(tokens[at - 1].parts[-1], ()):
            start, left = at, len(phrase)
            while left > 0 and start > 0:
                parts = tokens[start - 1].parts
                if left < len(parts) or phrase[left - len(parts):left] != parts:
                    break
                left -= len(parts)
                start -= 1
            if left == 0:
                return True
        return False


@dataclass(frozen=True, slots=True)
class OfficialGrammar:
    """The lexicons of one config, as phrase sets, built once per Lexicon."""

    titles: _Phrases
    prefixes: _Phrases
    prefix_look_alikes: _Phrases
    suffixes: _Phrases
    portfolios: _Phrases
    ministerial: _Phrases  # titles after which a ministry may be read from its shape
    portfolio_breakers: _Phrases
    country_groups: _Phrases
    title_links: _Phrases
    topic_links: _Phrases
    organisations: _Phrases
    countries: _Phrases
    places: _Phrases
    organisation_heads: _Phrases
    honorifics: _Phrases
    counterparts: _Phrases
    counterpart_links: _Phrases
    plural: _Phrases
    particles: frozenset[str]
    name_suffixes: _Phrases
    name_stops: _Phrases
    anchor_starts: frozenset[str]  # first words of titles, prefixes, counterparts, honorifics


@per_lexicon
def official_grammar(lexicon: Lexicon) -> OfficialGrammar:
    """Phrase sets from the lexicon's lists, once per lexicon."""
    countries = lexicon[Extraction.COUNTRIES]
    titles = _Phrases.of(lexicon[Extraction.TITLES])
    prefixes = _Phrases.of(lexicon[Extraction.TITLE_PREFIXES])
    honorifics = _Phrases.of(lexicon[Extraction.HONORIFICS])
    counterparts = _Phrases.of(lexicon[Extraction.COUNTERPARTS])
    return OfficialGrammar(
        titles=titles,
        prefixes=prefixes,
        prefix_look_alikes=_Phrases.of(lexicon[Extraction.TITLE_PREFIX_LOOK_ALIKES]),
        suffixes=_Phrases.of(lexicon[Extraction.TITLE_SUFFIXES]),
        portfolios=_Phrases.of(lexicon[Extraction.PORTFOLIOS]),
        ministerial=_Phrases.of(lexicon[Extraction.MINISTERIAL_TITLES]),
        portfolio_breakers=_Phrases.of(lexicon[Extraction.PORTFOLIO_BREAKERS]),
        country_groups=_Phrases.of(lexicon[Extraction.COUNTRY_GROUPS]),
        title_links=_Phrases.of(lexicon[Extraction.TITLE_LINKS]),
        topic_links=_Phrases.of(lexicon[Extraction.TOPIC_LINKS]),
        organisations=_Phrases.of(lexicon[Extraction.ORGANISATIONS]),
        countries=_Phrases.of(countries),
        places=_Phrases.of(lexicon[Extraction.PLACES]),
        organisation_heads=_Phrases.of(lexicon[Extraction.ORGANISATION_HEADS]),
        honorifics=honorifics,
        counterparts=counterparts,
        counterpart_links=_Phrases.of(lexicon[Extraction.COUNTERPART_LINKS]),
        plural=_Phrases.of(lexicon[Extraction.PLURAL_MARKERS]),
        particles=frozenset(_fold(w) for w in lexicon[Extraction.NAME_PARTICLES]),
        name_suffixes=_Phrases.of(lexicon[Extraction.NAME_SUFFIXES]),
        # A name ends where one of these begins. One-word countries do not end it: "Đức",
        # "Anh", "Nga" are also Vietnamese given names.
        name_stops=_Phrases.of((
            *lexicon[Extraction.TITLES], *lexicon[Extraction.HONORIFICS], *lexicon[Extraction.ORGANISATIONS],
            *lexicon[Extraction.ORGANISATION_HEADS], *lexicon[Extraction.AGENCIES], *lexicon[Extraction.PLACES],
            *lexicon[Extraction.NOT_NAMES], *lexicon[Extraction.COUNTERPARTS],
            *(c for c in countries if len(c.split()) > 1),
        )),
        anchor_starts=frozenset().union(*(p.by_first for p in (titles, prefixes, honorifics, counterparts))),
    )


@dataclass(frozen=True, slots=True)
class _Candidate:
    """A mention before resolution; `anchored` when its own words make the person an official."""

    block: int
    start: int
    end: int
    name: str
    words: frozenset[str]
    title: str | None
    country: str | None
    anchored: bool


@dataclass(frozen=True, slots=True)
class _TitlePhrase:
    end: int  # token index after the phrase
    title: str
    country: str | None
    group: bool = False  # followed by "hai nước", "các bên": several people share it


@dataclass(frozen=True, slots=True)
class _Name:
    end: int  # token index after the name
    text: str
    words: frozenset[str]


def find_officials(blocks: Sequence[Block], lexicon: Lexicon, headline: str = "") -> tuple[OfficialMention, ...]:
    """Every mention of a named official in the blocks, resolved within the article.

    The headline is not a block, so it has no mentions; but "Ngoại trưởng Antony Blinken" there
    still makes the body's "ông Blinken" an official.
    """
    grammar = official_grammar(lexicon)
    tokenised = [_tokens(block.text) for block in blocks]
    candidates = [c for c in _scan(HEADLINE, headline, _tokens(headline), grammar) if c.anchored]
    candidates += [c for index, tokens in enumerate(tokenised) for c in _scan(index, blocks[index].text, tokens,
                                                                              grammar)]
    return _resolve(candidates, blocks, tokenised, grammar)


def _nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


def _fold(text: str) -> str:
    return _nfc(text).casefold()


def _parts(fold: str) -> tuple[str, ...]:
    """A folded token's hyphen-joined syllables; a lone dash stays itself."""
    if "-" not in fold and "‐" not in fold:
        return (fold,)
    return tuple(part for part in _HYPHENS.split(fold) if part) or (fold,)


def _tokens(text: str) -> list[_Token]:
    tokens = []
    for match in _TOKEN.finditer(text):
        word = match.group()
        name_like = (word[0].isupper() and not any(ch.isdigit() for ch in word)
                     and not (len(word) > 1 and word.isupper()))
        fold = word.casefold()
        tokens.append(_Token(word, match.start(), match.end(), fold, _parts(fold), name_like))
    return tokens


def _scan(block: int, text: str, tokens: list[_Token], grammar: OfficialGrammar) -> list[_Candidate]:
    """Left to right, the first anchor that reads at a token wins and the scan resumes after it."""
    found: list[_Candidate] = []
    at = 0
    while at < len(tokens):
        if tokens[at].parts[0] not in grammar.anchor_starts and not tokens[at].name_like:
            at += 1  # most tokens ("và", "cho", ",") can start no anchor
            continue
        place = _capitalised_match(grammar.places, tokens, at)
        if place:
            at += place  # "tại Phủ Chủ tịch, Phó Chủ tịch nước X": the title word belongs to a place
            continue
        after = (_title_anchored(block, text, tokens, at, grammar, found)
                 or _counterpart(block, text, tokens, at, grammar, found)
                 or _honorific(block, text, tokens, at, grammar, found)
                 or _name_then_title(block, text, tokens, at, grammar, found))
        at = after if after else at + 1
    return found


def _title_anchored(block: int, text: str, tokens: list[_Token], at: int, grammar: OfficialGrammar,
                    found: list[_Candidate]) -> int:
    """'Ngoại trưởng Nhật Bản Takeshi Iwaya' and plural 'các Ngoại trưởng A và B'; the next token index."""
    phrase = _title_phrase(text, tokens, at, grammar)
    if phrase is None:
        return 0
    name_at = _skip_honorific(tokens, phrase.end, grammar)
    name = _name(text, tokens, name_at, grammar)
    if name is None:
        return phrase.end  # past the title, so "tướng" of "Thủ tướng" is not read again
    if phrase.group and _is_country(tokens, name_at, name.end, grammar):
        return phrase.end  # "lãnh đạo hai nước Nga và Triều Tiên": countries, not people
    first = len(found)
    found.append(_candidate(block, tokens[at].start, tokens[name.end - 1].end, name, phrase.title, phrase.country))
    end = name.end
    if phrase.group or grammar.plural.ends_at(tokens, at):
        end = _coordinated(block, text, tokens, end, grammar, found, phrase.title, country_needed=False)
    if phrase.country is None and end + 1 < len(tokens) and tokens[end].fold == _OF:
        size = _capitalised_match(grammar.countries, tokens, end + 1)  # "... A và B của Philippines"
        if size:
            country = text[tokens[end + 1].start:tokens[end + size].end]
            found[first:] = [c if c.country else replace(c, country=country) for c in found[first:]]
    return end


def _is_country(tokens: list[_Token], at: int, end: int, grammar: OfficialGrammar) -> bool:
    return _capitalised_match(grammar.countries, tokens, at) == end - at


def _coordinated(block: int, text: str, tokens: list[_Token], end: int, grammar: OfficialGrammar,
                 found: list[_Candidate], title: str | None, *, country_needed: bool) -> int:
    """'... A và B', '... Nhật Bản A và Hàn Quốc B': more people sharing the first one's title."""
    while end + 1 < len(tokens) and tokens[end].fold in _AND:
        start = end + 1
        size = _capitalised_match(grammar.countries, tokens, start)
        if country_needed and not size:
            break
        country = text[tokens[start].start:tokens[start + size - 1].end] if size else None
        if _anchor_at(text, tokens, start + size, grammar):
            break
        more = _name(text, tokens, start + size, grammar)
        if more is None:
            break
        found.append(_candidate(block, tokens[start].start, tokens[more.end - 1].end, more, title, country))
        end = more.end
    return end


def _counterpart(block: int, text: str, tokens: list[_Token], at: int, grammar: OfficialGrammar,
                 found: list[_Candidate]) -> int:
    """'người đồng cấp Hàn Quốc Cho Tae Yul', 'người đồng cấp Hàn Quốc khi đó là ông Park Jin'."""
    size = grammar.counterparts.match(tokens, at)
    if not size:
        return 0
    end = at + size
    country = None
    size = _capitalised_match(grammar.countries, tokens, end)
    if size:
        country = text[tokens[end].start:tokens[end + size - 1].end]
        end += size
    if end < len(tokens) and tokens[end].text == _COMMA:
        end += 1
    end += grammar.counterpart_links.match(tokens, end)
    name = _name(text, tokens, _skip_honorific(tokens, end, grammar), grammar)
    if name is None or _title_phrase(text, tokens, end, grammar) is not None:
        return 0
    found.append(_candidate(block, tokens[at].start, tokens[name.end - 1].end, name, None, country))
    return _coordinated(block, text, tokens, name.end, grammar, found, None, country_needed=True)


def _honorific(block: int, text: str, tokens: list[_Token], at: int, grammar: OfficialGrammar,
               found: list[_Candidate]) -> int:
    """'ông Blinken' (resolved later), or anchored by an appositive: 'bà Kim Yo-jong, Phó Chủ tịch ...'."""
    size = grammar.honorifics.match(tokens, at)
    if not size:
        return 0
    name = _name(text, tokens, at + size, grammar)
    if name is None:
        return 0
    end = tokens[name.end - 1].end
    title = country = None
    anchored = False
    phrase = _appositive(text, tokens, name.end, grammar)
    if phrase is not None:
        title, country, anchored = phrase.title, phrase.country, True
        end = tokens[phrase.end - 1].end
    found.append(_Candidate(block, tokens[at].start, end, name.text, name.words, title, country, anchored))
    return name.end


def _name_then_title(block: int, text: str, tokens: list[_Token], at: int, grammar: OfficialGrammar,
                     found: list[_Candidate]) -> int:
    """'Antony Blinken, Ngoại trưởng Mỹ, nói': a full name (two words or more) then its title."""
    if not tokens[at].name_like or (at > 0 and tokens[at - 1].name_like):
        return 0
    name = _name(text, tokens, at, grammar)
    if name is None or len(name.words) < 2:
        return 0
    phrase = _appositive(text, tokens, name.end, grammar)
    if phrase is None or (phrase.end < len(tokens) and tokens[phrase.end].text not in _CLOSERS):
        return name.end  # "Buenos Aires, Ngoại trưởng Argentina cho biết" is a place, then a sentence
    found.append(_Candidate(block, tokens[at].start, tokens[phrase.end - 1].end, name.text, name.words,
                            phrase.title, phrase.country, anchored=True))
    return phrase.end


def _appositive(text: str, tokens: list[_Token], at: int, grammar: OfficialGrammar) -> _TitlePhrase | None:
    """', <title phrase>' or 'giữ chức <title phrase>' right after a name, when that title introduces no name."""
    size = 1 if at < len(tokens) and tokens[at].text == _COMMA else grammar.title_links.match(tokens, at)
    if not size or at + size >= len(tokens):
        return None
    phrase = _title_phrase(text, tokens, at + size, grammar)
    if phrase is None or _name(text, tokens, _skip_honorific(tokens, phrase.end, grammar), grammar) is not None:
        return None
    return phrase


def _candidate(block: int, start: int, end: int, name: _Name, title: str | None, country: str | None) -> _Candidate:
    return _Candidate(block, start, end, name.text, name.words, title, country, anchored=True)


def _anchor_at(text: str, tokens: list[_Token], at: int, grammar: OfficialGrammar) -> bool:
    return bool(_title_phrase(text, tokens, at, grammar) or grammar.counterparts.match(tokens, at)
                or grammar.honorifics.match(tokens, at))


def _skip_honorific(tokens: list[_Token], at: int, grammar: OfficialGrammar) -> int:
    """'Tổng thống Mỹ, ông Joe Biden': the name after an optional ', ông'."""
    comma = at < len(tokens) and tokens[at].text == _COMMA
    size = grammar.honorifics.match(tokens, at + comma)
    return at + comma + size if size else at


def _capitalised_match(phrases: _Phrases, tokens: list[_Token], at: int) -> int:
    """A lexicon phrase written with a capital, as countries and bodies are in running text."""
    if at >= len(tokens) or not tokens[at].text[:1].isupper():
        return 0
    return phrases.match(tokens, at)


def _title_phrase(text: str, tokens: list[_Token], at: int, grammar: OfficialGrammar) -> _TitlePhrase | None:
    """[prefix] title [portfolio|suffix] [organisation] [country] [suffix] [tại country|place|body]."""
    if grammar.prefix_look_alikes.ends_at(tokens, at + 1):
        return None  # "Hiệu trưởng X": the "trưởng" of another word
    end = at
    while True:
        size = grammar.titles.match(tokens, end)
        if size:
            ministerial = grammar.ministerial.match(tokens, end) > 0
            end += size
            break
        size = grammar.prefixes.match(tokens, end)
        if not size or grammar.prefix_look_alikes.ends_at(tokens, end + size):
            return None  # "chính quyền Tổng thống" is "the administration of", not "acting"
        end += size
    end = _portfolios(tokens, end, grammar, shaped=ministerial)
    end += grammar.suffixes.match(tokens, end)
    joint = _joint_title(text, tokens, at, end, None, grammar)  # "Tổng Bí thư, Chủ tịch nước Tô Lâm"
    if joint is not None:
        return joint
    bare_end = end  # the office alone, before its body and country
    for _ in range(2):
        size = grammar.organisations.match(tokens, end)  # any case: "Thượng nghị sĩ đảng Cộng hòa"
        if not size and end < len(tokens) and _is_acronym(tokens[end]) and not grammar.countries.match(tokens, end):
            size = 1  # an acronym body: "Tổng Thư ký NATO", not a country: "Tổng thống UAE", "CHDCND Triều Tiên"
        if not size:
            size = _unlisted_body(text, tokens, end, grammar)
        if not size:
            break
        end += size
        if end + 1 < len(tokens) and tokens[end].fold == _OF:  # "Ủy ban Đối ngoại của Quốc hội"
            size = grammar.organisations.match(tokens, end + 1)
            end += 1 + size if size else 0
    title = text[tokens[at].start:tokens[end - 1].end]
    country = None
    size = _capitalised_match(grammar.countries, tokens, end)
    if size:
        country = text[tokens[end].start:tokens[end + size - 1].end]
        end += size
    else:
        end += _capitalised_match(grammar.places, tokens, end)  # "Thị trưởng London Sadiq Khan"
    end += grammar.suffixes.match(tokens, end)
    joint = _joint_title(text, tokens, at, end, country, grammar)  # "quyền Tổng thống Hàn Quốc, Phó Thủ tướng"
    if joint is not None:
        return joint
    group = grammar.country_groups.match(tokens, end)  # "Ngoại trưởng hai nước A và B"
    end += group
    if end + 1 < len(tokens) and tokens[end].fold == _AT:  # "Đại sứ Mỹ tại Liên hợp quốc"
        size = max(_capitalised_match(phrases, tokens, end + 1)
                   for phrases in (grammar.countries, grammar.places, grammar.organisations))
        if size:
            end += 1 + size
    if end > bare_end:  # "Đặc phái viên Mỹ về Trung Đông", not "Chủ tịch nước về thăm quê"
        end += _topic(text, tokens, end, grammar)
    return _TitlePhrase(end, title, country, group > 0)


def _joint_title(text: str, tokens: list[_Token], at: int, end: int, country: str | None,
                 grammar: OfficialGrammar) -> _TitlePhrase | None:
    """A second office after ',' or 'kiêm' at `end`: one person holds both, so one title as written.

    A country written with either office is the person's: 'quyền Tổng thống Hàn Quốc, Phó Thủ
    tướng Choi Sang Mok' is Korean though the office next to the name says no country. When both
    offices say a country, they are two people in a list: 'Ngoại trưởng Pháp, Thủ tướng Đức X'.
    """
    if not (end + 1 < len(tokens) and tokens[end].fold in _JOINT_TITLE):
        return None
    second = _title_phrase(text, tokens, end + 1, grammar)
    if second is None or (country and second.country):
        return None
    title_end = tokens[end + 1].start + len(second.title)
    return _TitlePhrase(second.end, text[tokens[at].start:title_end], second.country or country, second.group)


def _topic(text: str, tokens: list[_Token], at: int, grammar: OfficialGrammar) -> int:
    """'về nhân quyền', 'về Trung Đông' between a title and a name; its length in tokens, 0 if none.

    The subject is lower-case words, listed places, countries and bodies, or acronyms; it counts only
    when a name follows it and holds no verb ('portfolio_breakers'), since 'về' is also 'to return'.
    """
    size = grammar.topic_links.match(tokens, at)
    if not size:
        return 0
    end = at + size
    while end < len(tokens) and end - at <= _MAX_TOPIC_TOKENS:
        token = tokens[end]
        listed = max(_capitalised_match(phrases, tokens, end)
                     for phrases in (grammar.countries, grammar.places, grammar.organisations))
        if listed:
            end += listed
        elif (token.text.isalpha() and token.text.islower() and not grammar.portfolio_breakers.match(tokens, end)) \
                or _is_acronym(token):
            end += 1
        else:
            break
        if _name(text, tokens, end, grammar) is not None:
            return end - at
    return 0


def _is_acronym(token: _Token) -> bool:
    return len(token.text) > 1 and token.text.isalpha() and token.text.isupper()


def _portfolios(tokens: list[_Token], at: int, grammar: OfficialGrammar, *, shaped: bool) -> int:
    """The token index after a ministry's fields: 'Kinh tế, Thương mại và Công nghiệp', 'Sinh thái và Tài nguyên'.

    Fields are joined by 'và', commas or dashes (or by nothing, in a ministry: 'Bảo vệ Môi trường').
    With `shaped` (after 'Bộ trưởng', 'Thứ trưởng'...), a field missing from the lexicon is read from
    its shape, so it is never taken for a name.
    """
    end = at
    if not grammar.portfolios.ends_at(tokens, at):  # else the title holds a field: "Bộ trưởng Ngoại giao và ..."
        end += _portfolio(tokens, at, grammar, shaped=shaped)
        if end == at:
            return at
    while end < len(tokens):
        gap = 1 if tokens[end].text in _FIELD_JOINERS else 0
        if not (gap or shaped):
            break
        size = _portfolio(tokens, end + gap, grammar, shaped=shaped)
        if not size:
            break
        end += gap + size
    return end


def _portfolio(tokens: list[_Token], at: int, grammar: OfficialGrammar, *, shaped: bool) -> int:
    """One ministry field from the lexicon, or (when `shaped`) from its shape; its length in tokens, 0 if none.

    The shape is how Vietnamese writes a field and not a name: one capitalised syllable, then one to
    three lower-case syllables ('Môi trường', 'Tài nguyên thiên nhiên'), none of them a verb or
    particle that follows a name ('Bộ trưởng Kim trả lời' is a person) and not a listed body, title
    or country. 'Bộ trưởng Lavrov nói' fails it: 'Lavrov' is no Vietnamese syllable.
    """
    size = grammar.portfolios.match(tokens, at)
    if not shaped or at >= len(tokens):
        return size
    if not size:
        head = tokens[at].text
        if not (head[:1].isupper() and head[1:].islower() and is_syllable(head)) \
                or grammar.name_stops.match(tokens, at) or grammar.countries.match(tokens, at):
            return 0
    end = at + max(size, 1)  # a listed field may go on too: "Năng lượng tái tạo"
    while (end < len(tokens) and end - at < _MAX_FIELD_SYLLABLES and tokens[end].text.islower()
           and tokens[end].fold not in _FIELD_JOINERS and is_syllable(tokens[end].text)
           and not grammar.portfolio_breakers.match(tokens, end)):
        end += 1
    if size:
        return end - at
    return end - at if end > at + 1 and _ends_a_field(tokens, end, grammar) else 0


def _ends_a_field(tokens: list[_Token], at: int, grammar: OfficialGrammar) -> bool:
    """Whether a shaped field may stop before token `at`: at a name, a country, punctuation or a verb.

    Not mid-sentence ('Bộ trưởng Sơn chúc mừng thành công ...') nor before a title ('Bộ trưởng
    Sơn chúc mừng Thủ tướng ...'): there the first word was a name.
    """
    if at >= len(tokens):
        return True
    token = tokens[at]
    if token.text.isalpha() and token.text.islower():
        return token.fold in _FIELD_JOINERS or grammar.portfolio_breakers.match(tokens, at) > 0
    return not (grammar.titles.match(tokens, at) or grammar.prefixes.match(tokens, at))


def _unlisted_body(text: str, tokens: list[_Token], at: int, grammar: OfficialGrammar) -> int:
    """A body missing from the lexicon, read from its shape; its length in tokens, 0 if none.

    'Ban Tuyên giáo Trung ương Nguyễn Trọng Nghĩa': a head word ("Ban", "Bộ", "Ủy ban"...),
    then Vietnamese words capitalised only on their first syllable ("Tuyên giáo", "Trung ương",
    "đảng") or listed places ("Thành ủy Hà Nội"), as bodies are written, unlike names. It is the
    longest such run that still leaves a name (after an optional country) to its right, so
    "Bộ Ngoại giao Kishida nói" keeps Kishida.
    """
    size = _capitalised_match(grammar.organisation_heads, tokens, at)
    if not size:
        return 0
    ends = []
    end = at + size
    while end < len(tokens) and tokens[end].text.isalpha():
        place = _capitalised_match(grammar.places, tokens, end)
        if place:
            end += place  # "Thành ủy Hà Nội"
        elif tokens[end].text.islower():
            end += 1
        elif end + 1 < len(tokens) and tokens[end + 1].text.isalpha() and tokens[end + 1].text.islower():
            end += 2
        else:
            break
        ends.append(end)
    for end in reversed(ends):
        after = end + _capitalised_match(grammar.countries, tokens, end)
        if _name(text, tokens, _skip_honorific(tokens, after, grammar), grammar) is not None:
            return end - at
    return 0


def _name(text: str, tokens: list[_Token], at: int, grammar: OfficialGrammar) -> _Name | None:
    """Capitalised words ('Cho Tae Yul', 'Kim Yo-jong', 'Vương Nghị', 'Ursula von der Leyen', 'Marcos Jr.')."""
    words: list[int] = []
    end = at
    while end < len(tokens):
        token = tokens[end]
        suffix = grammar.name_suffixes.match(tokens, end) if words else 0
        if suffix:
            return _name_of(text, tokens, at, end + suffix)
        if _is_initial(tokens, end):  # "S. Jaishankar", "Donald J. Trump"
            words.append(end)
            end += 2
        elif _is_initials(tokens, end) and not grammar.name_stops.match(tokens, end):  # "JD Vance"
            words.append(end)
            end += 1
        elif (token.name_like and not grammar.name_stops.match(tokens, end)) or _particle_joined(token, grammar):
            words.append(end)
            end += 1
        elif words and token.fold in grammar.particles:
            after = end
            while after < len(tokens) and tokens[after].fold in grammar.particles:
                after += 1
            if after == len(tokens) or not tokens[after].name_like:
                break
            end = after
        else:
            break
        if len(words) > _MAX_NAME_WORDS:
            return None  # a long capitalised run is the name of something else
    return _name_of(text, tokens, at, words[-1] + 1) if words else None


def _particle_joined(token: _Token, grammar: OfficialGrammar) -> bool:
    """'al-Assad', 'bin-Zayed': a lower-case particle joined to a capitalised name."""
    particle, _, rest = token.text.partition("-")
    return bool(rest) and rest[0].isupper() and particle.casefold() in grammar.particles


def _is_initials(tokens: list[_Token], at: int) -> bool:
    text = tokens[at].text
    return (len(text) == 2 and text.isalpha() and text.isupper() and at + 1 < len(tokens)
            and tokens[at + 1].name_like)


def _is_initial(tokens: list[_Token], at: int) -> bool:
    text = tokens[at].text
    return (len(text) == 1 and text.isalpha() and text.isupper() and at + 2 < len(tokens)
            and tokens[at + 1].text == "." and tokens[at + 2].name_like)


def _name_of(text: str, tokens: list[_Token], at: int, end: int) -> _Name:
    """The name's text and its words; 'Suk-yeol' counts as 'Suk Yeol', as the index and the scorer see it."""
    written = text[tokens[at].start:tokens[end - 1].end]
    return _Name(end, written, frozenset(_WORD.findall(_fold(written))))


@dataclass(eq=False)
class _Person:
    name: str
    words: frozenset[str]
    title: str | None = None
    country: str | None = None
    first_seen: int = -1
    last_seen: int = -1


class _People:
    """The article's officials, indexed by word so that finding who owns a mention stays cheap."""

    def __init__(self) -> None:
        self.all: list[_Person] = []
        self._by_word: dict[str, list[_Person]] = {}

    def owners(self, words: frozenset[str]) -> list[_Person]:
        """People whose full name holds every word, in the order they were added."""
        if not words:
            return []
        return [p for p in min((self._by_word.get(w, []) for w in words), key=len) if words <= p.words]

    def add(self, person: _Person) -> None:
        self.all.append(person)
        for word in person.words:
            self._by_word.setdefault(word, []).append(person)


def _resolve(candidates: list[_Candidate], blocks: Sequence[Block], tokenised: list[list[_Token]],
             grammar: OfficialGrammar) -> tuple[OfficialMention, ...]:
    """Group mentions into the article's people; keep those anchored as officials, with their fullest name."""
    people = _People()
    for cand in sorted((c for c in candidates if c.anchored), key=lambda c: -len(c.words)):  # stable
        if not people.owners(cand.words):
            people.add(_Person(cand.name, cand.words))
    if not people.all:
        return ()
    for order, cand in enumerate(candidates):  # title and country: the first written, in reading order
        owners = people.owners(cand.words)
        for person in owners:
            if person.first_seen < 0:
                person.first_seen = order
        if len(owners) == 1:
            owners[0].title = owners[0].title or cand.title
            owners[0].country = owners[0].country or cand.country
    all_candidates = sorted([*candidates, *_bare_full_names(candidates, people, blocks, tokenised, grammar)],
                            key=lambda c: (c.block, c.start))
    mentions = []
    for order, cand in enumerate(all_candidates):
        owners = people.owners(cand.words)
        if not owners:
            continue
        # A shared word ("ông Kim") goes to the person last mentioned, else to the first one met.
        person = max(owners, key=lambda p: (p.last_seen, -p.first_seen))
        person.last_seen = order
        if cand.block == HEADLINE:
            continue
        text = blocks[cand.block].text[cand.start:cand.end]
        mentions.append(OfficialMention(cand.block, cand.start, cand.end, text, person.name,
                                        cand.title or person.title, cand.country or person.country))
    return tuple(mentions)


def _bare_full_names(candidates: list[_Candidate], people: _People, blocks: Sequence[Block],
                     tokenised: list[list[_Token]], grammar: OfficialGrammar) -> list[_Candidate]:
    """'chính quyền Joe Biden': a full name of a known official, written without title or honorific."""
    wanted = {p.words for p in people.all if len(p.words) > 1}
    taken = {index: TakenSpans() for index in range(len(tokenised))}
    for cand in candidates:
        if cand.block in taken:
            taken[cand.block].add(cand.start, cand.end)
    extra = []
    for index, tokens in enumerate(tokenised):
        at = 0
        while at < len(tokens):
            name = _name(blocks[index].text, tokens, at, grammar) if tokens[at].name_like else None
            if name is None:
                at += 1
                continue
            start, end = tokens[at].start, tokens[name.end - 1].end
            if name.words in wanted and not taken[index].overlaps(start, end):
                extra.append(_Candidate(index, start, end, name.text, name.words, None, None, anchored=False))
            at = name.end
    return extra
