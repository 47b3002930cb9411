"""Anchors: the shapes of text that make a name an official's, tried in order at each token."""

from __future__ import annotations

from dataclasses import replace

from reader.extract.officials.names import Name, opens_a_word, read_name, skip_honorific
from reader.extract.officials.scanner import Candidate, Scanner
from reader.extract.officials.titles import TitlePhrase, title_phrase
from reader.extract.officials.tokens import COMMA, OF, capitalised_match

_AND = frozenset({"và", ","})
_CLOSERS = frozenset({",", ".", ";", ")"})
_ITEM_OPENERS = frozenset({";", ":"})  # "các đồng chí: A, <office>; B, <office> chủ trì": each item opens after one
_APPOSITION = frozenset({COMMA, "-", "–"})  # "X, Thứ trưởng Bộ Quốc phòng", "X - Thứ trưởng Bộ Quốc phòng"
_CLAUSE_ENDS = frozenset({".", ";", ":", "(", ")", "!", "?"})  # a relative clause never runs past these
_MAX_CLAUSE_TOKENS = 20  # "người từng là Đại sứ Đặc mệnh Toàn quyền Việt Nam tại Pháp nhiệm kỳ 2018-2021"


def scan(s: Scanner) -> list[Candidate]:
    """Left to right, the first anchor that reads at a token wins and the scan resumes after it."""
    tokens, grammar = s.tokens, s.grammar
    at = 0
    while at < len(tokens):
        opens = tokens[at].parts[0] in grammar.anchor_starts
        if not opens and not tokens[at].name_like:
            at += 1  # most tokens ("và", "cho", ",") can start no anchor
            continue
        place = capitalised_match(grammar.places, tokens, at)
        if place:
            at += place  # "tại Phủ Chủ tịch, Phó Chủ tịch nước X": the title word belongs to a place
            continue
        after = ((title_anchored(s, at)
                  or counterpart(s, at)
                  or honorific(s, at)) if opens else 0) or name_then_title(s, at)  # the first three need a listed word
        at = after if after else at + 1
    return s.found


def title_anchored(s: Scanner, at: int) -> int:
    """'Ngoại trưởng Nhật Bản Takeshi Iwaya' and plural 'các Ngoại trưởng A và B'; the next token index."""
    block, text, tokens, grammar, found = s.block, s.text, s.tokens, s.grammar, s.found
    phrase = title_phrase(s, at)
    if phrase is None:
        return 0
    name_at = skip_honorific(s, phrase.end)
    name = read_name(s, name_at, particle_first=True)
    if name is None and (bare := name_in_commas(s, phrase)) is not None:
        name_at, name = phrase.end + 1, bare  # "Thủ tướng Campuchia, Hun Manet, cho biết"
    if name is None:
        return phrase.end  # past the title, so "tướng" of "Thủ tướng" is not read again
    if phrase.group and is_country(s, name_at, name.end):
        return phrase.end  # "lãnh đạo hai nước Nga và Triều Tiên": countries, not people
    after_place = skip_honorific(s, name.end, comma=False)
    person = read_name(s, after_place) if after_place > name.end else None
    if person is not None:  # "Thị trưởng Rotterdam ông Ahmed Aboutaleb": a place, then the person
        name_at, name = after_place, person
    office = appositive(s, name.end) if is_rank(s, at, phrase) else None
    if office is not None:  # "Thượng tướng X, Thứ trưởng Bộ Quốc phòng": the rank is no office
        found.append(Candidate(block, tokens[at].start, tokens[office.end - 1].end, name.text, name.words,
                               office.title, office.country, anchored=True))
        return office.end
    first = len(found)
    comma = name_at > phrase.end and tokens[phrase.end].text == COMMA
    # "Bí thư Trung ương", "Chủ tịch Mặt trận": a first syllable is no name; it may still be a
    # mention of someone named in full ("Bộ trưởng Sơn chúc mừng ..." when Bùi Thanh Sơn is named), and
    # so is a name a particle opens ("Chủ tịch von der Leyen", not "Thủ tướng Bỉ van Leeuwen" alone)
    found.append(Candidate(block, tokens[at].start, tokens[name.end - 1].end, name.text, name.words, phrase.title,
                           phrase.country, anchored=not (opens_a_word(s, name_at, name.end)
                                                         or tokens[name_at].fold in grammar.particles),
                           across_comma=tokens[phrase.end + 1].start if comma else None))
    end = name.end
    plural = grammar.plural.ends_at(tokens, at)
    if phrase.group or plural:
        end = coordinated(s, end, phrase.title, country_needed=False)
    if plural and len(found) == first + 1 and len(name.words) == 1:
        # "các lãnh đạo Keppel": several holders and one word after them, the body they lead rather than a
        # person; still a mention of someone named in full ("các Bộ trưởng ... Lavrov" when he is)
        found[first] = replace(found[first], anchored=False)
    if phrase.country is None and end + 1 < len(tokens) and tokens[end].fold == OF:
        size = capitalised_match(grammar.countries, tokens, end + 1)  # "... A và B của Philippines"
        if size:
            country = text[tokens[end + 1].start:tokens[end + size].end]
            found[first:] = [c if c.country else replace(c, country=country) for c in found[first:]]
    return end


def name_in_commas(s: Scanner, phrase: TitlePhrase) -> Name | None:
    """'Thủ tướng Campuchia, Hun Manet, cho biết': a full name between commas after an office that says its
    country, as an apposition writes it. Not a name the comma does not close ('Về chuyến thăm của Thủ tướng
    Nhật Bản, Lê Văn A cho biết': the comma ended a clause), nor one with its own office after it."""
    tokens = s.tokens
    at = phrase.end
    if phrase.country is None or not (at + 1 < len(tokens) and tokens[at].text == COMMA):
        return None
    name = read_name(s, at + 1)
    if name is None or len(name.words) < 2 or not (name.end < len(tokens) and tokens[name.end].text == COMMA):
        return None
    return None if appositive(s, name.end) is not None else name


def is_rank(s: Scanner, at: int, phrase: TitlePhrase) -> bool:
    """Whether the whole title phrase is a military rank ('Thượng tướng'), which names no office."""
    return s.grammar.ranks.match(s.tokens, at) == phrase.end - at


def is_country(s: Scanner, at: int, end: int) -> bool:
    return capitalised_match(s.grammar.countries, s.tokens, at) == end - at


def coordinated(s: Scanner, end: int, title: str | None, *, country_needed: bool) -> int:
    """'... A và B', '... Nhật Bản A và Hàn Quốc B': more people sharing the first one's title."""
    block, text, tokens, grammar, found = s.block, s.text, s.tokens, s.grammar, s.found
    while end + 1 < len(tokens) and tokens[end].fold in _AND:
        start = end + 1
        size = capitalised_match(grammar.countries, tokens, start)
        if country_needed and not size:
            break
        country = text[tokens[start].start:tokens[start + size - 1].end] if size else None
        if anchor_at(s, start + size):
            break
        more = read_name(s, start + size)
        if more is None:
            break
        found.append(candidate(block, tokens[start].start, tokens[more.end - 1].end, more, title, country))
        end = more.end
    return end


def counterpart(s: Scanner, at: int) -> int:
    """'người đồng cấp Hàn Quốc Cho Tae Yul', 'người đồng cấp Hàn Quốc khi đó là ông Park Jin'."""
    block, text, tokens, grammar, found = s.block, s.text, s.tokens, s.grammar, s.found
    size = grammar.counterparts.match(tokens, at)
    if not size:
        return 0
    end = at + size
    country = None
    size = capitalised_match(grammar.countries, tokens, end)
    if size:
        country = text[tokens[end].start:tokens[end + size - 1].end]
        end += size
    first = len(found)
    owned = whose_counterpart(s, end)
    end = owned
    if end < len(tokens) and tokens[end].text == COMMA:
        end += 1
    end += grammar.counterpart_links.match(tokens, end)
    name = read_name(s, skip_honorific(s, end))
    if name is None or title_phrase(s, end) is not None:
        del found[first:]
        return 0
    start = tokens[end].start if len(found) > first else tokens[at].start  # the owner's mention is its own
    found.append(candidate(block, start, tokens[name.end - 1].end, name, None, country))
    return coordinated(s, name.end, None, country_needed=True)


def whose_counterpart(s: Scanner, at: int) -> int:
    """After a counterpart, whose it is: 'người tiền nhiệm của tôi, ông X', 'người kế nhiệm của ông Y là bà Z'.

    The owner is one lower-case word (a pronoun: 'tôi', 'mình') or a courtesy word and a name, and must
    be closed by a comma or a counterpart link, so the name after it is the counterpart's; a named owner
    is kept as a mention ('ông Y' of someone named in full elsewhere). The token index after it, `at` if none.
    """
    tokens, grammar, found = s.tokens, s.grammar, s.found
    if not (at + 2 < len(tokens) and tokens[at].fold == OF):
        return at
    owner = at + 1
    size = grammar.honorifics.match(tokens, owner)
    name = read_name(s, owner + size) if size else None
    end = name.end if name is not None else owner + 1
    if name is None and not (tokens[owner].text.isalpha() and tokens[owner].text.islower()
                             and not grammar.counterpart_links.match(tokens, owner)):
        return at
    if not (end < len(tokens) and (tokens[end].text == COMMA or grammar.counterpart_links.match(tokens, end))):
        return at
    if name is not None:
        found.append(Candidate(s.block, tokens[owner].start, tokens[name.end - 1].end, name.text, name.words,
                               None, None, anchored=False))
    return end


def honorific(s: Scanner, at: int) -> int:
    """'ông Blinken' (resolved later), or anchored by an appositive: 'bà Kim Yo-jong, Phó Chủ tịch ...'.

    A full name after a verb of removal from office ('phế truất ông Kim Min Su', `removal_verbs`) is an official,
    its office unsaid. A rank that is no title on its own reads the same: 'Trung tướng X, Viện trưởng ...' is an
    official, 'Trung tướng X' a mention of someone named with an office elsewhere; and so does an
    office cut to its initials, in capitals ('TT Trump'), unless a full name follows it: 'TBT Nguyễn Phú
    Trọng' is an official, his title the initials.
    """
    block, tokens, grammar, found = s.block, s.tokens, s.grammar, s.found
    initials = grammar.abbreviations.match(tokens, at)
    if initials and not tokens[at + initials - 1].text.isupper():
        initials = 0  # the initials in capitals ("TT Trump", "Phó TT Nixon"), never the word "tt"
    size = grammar.honorifics.match(tokens, at) or grammar.ranks.match(tokens, at) or initials
    if not size:
        return 0
    if title_phrase(s, at + size) is not None:  # "Đồng chí Phó Bí thư Tỉnh ủy X": the title is read from its
        # first word; a short mention keeps its courtesy ("ông Thủ tướng Phúc", of Nguyễn Xuân Phúc named before)
        first = len(found)
        end = title_anchored(s, at + size)
        if len(found) > first and found[first].start == tokens[at + size].start and not found[first].anchored:
            found[first] = replace(found[first], start=tokens[at].start)
        return end
    name = read_name(s, at + size, particle_first=True)
    if name is None:
        return 0
    end = tokens[name.end - 1].end
    title = country = None
    anchored = False
    phrase = appositive(s, name.end)
    if phrase is not None:
        title, country, anchored = phrase.title, phrase.country, True
        end = tokens[phrase.end - 1].end
    elif (far := clause_office(s, name.end)) is not None:  # the clause between may name others: read on
        title, country, anchored = far.title, far.country, True
    elif initials and len(name.words) > 1:
        title, anchored = s.text[tokens[at].start:tokens[at + size - 1].end], True
    elif len(name.words) > 1 and grammar.removal_verbs.ends_at(tokens, at):
        anchored = True  # "phế truất ông Kim Min Su": only the holder of an office is removed from it
    found.append(Candidate(block, tokens[at].start, end, name.text, name.words, title, country, anchored))
    return phrase.end if phrase is not None else name.end  # the office is read: its words open no anchor


def name_then_title(s: Scanner, at: int) -> int:
    """'Antony Blinken, Ngoại trưởng Mỹ, nói': a full name (two words or more) then its title.

    The title must end the clause, since "Buenos Aires, Ngoại trưởng Argentina cho biết" is a place then a
    sentence; unless the name opens an item of a list ("các đồng chí: A, Bí thư Tỉnh ủy; B, Chủ tịch UBND
    tỉnh chủ trì hội nghị"), where each item is a name and its office whatever follows the last.
    """
    block, tokens, found = s.block, s.tokens, s.found
    if not tokens[at].name_like or (at > 0 and tokens[at - 1].name_like):
        return 0
    name = read_name(s, at)
    if name is None or len(name.words) < 2:
        return 0
    phrase = appositive(s, name.end)
    if phrase is None and (far := clause_office(s, name.end)) is not None:
        found.append(Candidate(block, tokens[at].start, tokens[name.end - 1].end, name.text, name.words,
                               far.title, far.country, anchored=True))
        return name.end  # the clause between may name others: read on
    if phrase is None or (phrase.end < len(tokens) and tokens[phrase.end].text not in _CLOSERS
                          and not (at > 0 and tokens[at - 1].text in _ITEM_OPENERS)
                          and not (addressed(s, at) and ends_on_a_body(s, phrase.end))):
        return name.end  # "Buenos Aires, Ngoại trưởng Argentina cho biết" is a place, then a sentence
    found.append(Candidate(block, tokens[at].start, tokens[phrase.end - 1].end, name.text, name.words,
                            phrase.title, phrase.country, anchored=True))
    return phrase.end


def addressed(s: Scanner, at: int) -> bool:
    """Whether a familiar form of address in lower case stands right before `at` ('anh Bùi Văn An, Bí thư ...
    đã hội đàm'): what follows is a person, no place, so the office after the name need not end the clause
    when it ends on its body (see ends_on_a_body)."""
    return at > 0 and s.tokens[at - 1].text.islower() and s.grammar.familiar_addresses.ends_at(s.tokens, at)


def ends_on_a_body(s: Scanner, end: int) -> bool:
    """Whether an office ends on its body's capitalised word or on a listed body ('... Trung ương Đoàn TNCS Hồ Chí
    Minh', '... Bí thư Tỉnh ủy'), not on lower-case words that may be the clause's ('... Oudomxay làm trưởng
    đoàn')."""
    grammar = s.grammar
    return s.tokens[end - 1].text[:1].isupper() \
        or grammar.organisation_heads.ends_at(s.tokens, end) or grammar.organisations.ends_at(s.tokens, end)


def appositive(s: Scanner, at: int) -> TitlePhrase | None:
    """', <title phrase>', '- <title phrase>', 'giữ chức <title phrase>' or ', hiện là <title phrase>' right after
    a name, when that title introduces no name."""
    tokens, grammar = s.tokens, s.grammar
    size = 1 if at < len(tokens) and tokens[at].text in _APPOSITION else 0
    size += grammar.title_links.match(tokens, at + size)
    if not size or at + size >= len(tokens):
        return None
    return appositive_office(s, at + size)


def appositive_office(s: Scanner, at: int) -> TitlePhrase | None:
    """The title phrase at `at` when it introduces no name, so it is the office of the name before it; none when a
    company's word in lower case follows it ('Tổng Giám đốc một tập đoàn ...'): the office is no public one."""
    phrase = title_phrase(s, at)
    if phrase is None or (phrase.end < len(s.tokens) and s.tokens[phrase.end].text.islower()
                          and s.grammar.companies.match(s.tokens, phrase.end)):
        return None
    name_at = skip_honorific(s, phrase.end)
    name = read_name(s, name_at)
    if name is not None and not opens_a_word(s, name_at, name.end):  # "Bí thư Khu ủy" names nobody
        return None
    return phrase


def clause_office(s: Scanner, at: int) -> TitlePhrase | None:
    """The office of a relative clause right after a name: 'X, người từng là Đại sứ tại Đức, hiện là Thứ
    trưởng Bộ Ngoại giao, ...' (the office after the clause, when a title link opens what follows its
    comma), else 'X, người từng là Thủ tướng Estonia, ...' (an office the clause opens with).

    Only this grammar, which says whose the office is: a relative pronoun right after the name's comma, and
    a linked office right after it or right after the clause's own comma.
    """
    tokens, grammar = s.tokens, s.grammar
    if not (at + 2 < len(tokens) and tokens[at].text == COMMA):
        return None
    size = grammar.relative_pronouns.match(tokens, at + 1)
    if not size:
        return None
    start = at + 1 + size
    held = linked_office(s, start, former=True)
    end = held.end if held is not None else start
    while end < len(tokens) and tokens[end].text != COMMA and tokens[end].text not in _CLAUSE_ENDS:
        if end - start >= _MAX_CLAUSE_TOKENS:
            return None
        end += 1
    if end < len(tokens) and tokens[end].text == COMMA:
        current = linked_office(s, end + 1, former=False)
        if current is not None:
            return current
    return held


def linked_office(s: Scanner, at: int, *, former: bool) -> TitlePhrase | None:
    """'hiện là Thứ trưởng Bộ Ngoại giao' (with `former`, also 'từng là ...'), naming nobody after it."""
    tokens, grammar = s.tokens, s.grammar
    size = grammar.title_links.match(tokens, at) or (grammar.former_links.match(tokens, at) if former else 0)
    return appositive_office(s, at + size) if size and at + size < len(tokens) else None


def candidate(block: int, start: int, end: int, name: Name, title: str | None, country: str | None) -> Candidate:
    return Candidate(block, start, end, name.text, name.words, title, country, anchored=True)


def anchor_at(s: Scanner, at: int) -> bool:
    tokens, grammar = s.tokens, s.grammar
    return bool(title_phrase(s, at) or grammar.counterparts.match(tokens, at)
                or grammar.honorifics.match(tokens, at))
