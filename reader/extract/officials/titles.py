"""Title phrases: [prefix] title [portfolio|suffix] [organisation] [country] [suffix] [tại ...] [về ...]."""

from __future__ import annotations

from dataclasses import dataclass

from reader.extract.officials.names import opens_a_word, read_name, skip_honorific
from reader.extract.officials.scanner import Scanner
from reader.extract.officials.tokens import OF, capitalised_match, fold_case, is_acronym
from reader.text import is_syllable

# "Phó Thủ tướng kiêm Bộ trưởng Ngoại giao", "Tổng Bí thư, Chủ tịch nước", "Phó Bí thư Tỉnh ủy - Chủ tịch UBND tỉnh"
JOINT_TITLE = frozenset({"kiêm", ",", "-", "–"})
_CLOSERS = frozenset({",", ".", ";", ")", ":", "("})
_PAIR_DASHES = frozenset({"-", "–"})  # "Việt Nam - Lào"  # where a body may end when no name follows it
_MAX_NAME_AFTER_A_BARE_HEAD = 3  # longer, the run after "Thành ủy" may hold an unlisted place
_MAX_POSTINGS = 2  # "bên cạnh Liên hợp quốc tại Geneva"
_FIELD_JOINERS = frozenset({"và", ",", "-", "–"})  # between ministry fields
_MAX_TOPIC_TOKENS = 12  # "phụ trách chính sách đối ngoại và an ninh của EU"
_AND_WORDS = frozenset({"và"})  # "chính sách đối ngoại và an ninh": a subject may join two fields
_MAX_FIELD_SYLLABLES = 4  # a capitalised syllable and three lower-case ones: "Tài nguyên thiên nhiên"
_MAX_AIDE_FIELD = 3  # lower-case words of an aide's field: "Cố vấn an ninh quốc gia"


@dataclass(frozen=True, slots=True)
class TitlePhrase:
    end: int  # token index after the phrase
    title: str
    country: str | None
    group: bool = False  # followed by "hai nước", "các bên": several people share it


def title_phrase(s: Scanner, at: int) -> TitlePhrase | None:
    """[prefix] title [portfolio|suffix] [organisation] [country] [suffix] [tại country|place|body]."""
    text, tokens, grammar = s.text, s.tokens, s.grammar
    if at >= len(tokens) or tokens[at].parts[0] not in grammar.title_starts:
        return None  # the usual case, answered with one look-up: no title or prefix starts here
    if grammar.prefix_look_alikes.ends_at(tokens, at + 1):
        return None  # "Hiệu trưởng X": the "trưởng" of another word
    aide = aide_office(s, at)
    if aide is not None:
        return aide
    end = at
    while True:
        size = grammar.titles.match(tokens, end)
        if size:
            ministerial = grammar.ministerial.match(tokens, end) > 0
            placed = titled_place(s, end, size)
            end += size
            break
        size = grammar.prefixes.match(tokens, end)
        if not size or grammar.prefix_look_alikes.ends_at(tokens, end + size):
            return None  # "chính quyền Tổng thống" is "the administration of", not "acting"
        end += size
    field_end = portfolios(s, end, shaped=ministerial)
    end = field_end + (region_of_a_field(s, field_end) if field_end > end else 0)
    while size := grammar.suffixes.match(tokens, end):  # "Phó Bí thư Thường trực chuyên trách"
        end += size
    joint = joint_title(s, at, end, None)  # "Tổng Bí thư, Chủ tịch nước Tô Lâm"
    if joint is not None:
        return joint
    bare_end = end  # the office alone, before its body and country
    for _ in range(2):
        size = grammar.organisations.match(tokens, end)  # any case: "Thượng nghị sĩ đảng Cộng hòa"
        if size and capitalised_match(grammar.countries, tokens, end) > size:
            break  # "Đại sứ Nhà nước Palestine": a state's style, not the body "Nhà nước"
        size = head_inside(s, end, size)  # "Trung ương Đoàn Bùi Quang Huy": the youth union, not "Trung ương"
        if not size and end < len(tokens) and is_acronym(tokens[end]) and not grammar.countries.match(tokens, end):
            size = 1  # an acronym body: "Tổng Thư ký NATO", not a country: "Tổng thống UAE", "CHDCND Triều Tiên"
        if not size:
            size = unlisted_body(s, end)
        if not size and end + 1 < len(tokens) and tokens[end].fold == OF:  # "Cố vấn ... của Nhà Trắng"
            size = head_inside(s, end + 1, capitalised_match(grammar.organisations, tokens, end + 1))
            size = 1 + size if size else 0
        if not size:
            break
        end += size
        end += body_words(s, end)  # "Đảng Dân chủ Xã hội", "Viện Chiến lược Quốc phòng"
        end += headed_place(s, end, alone=True) or region_of_a_body(s, end)  # "UBND tỉnh Quảng Nam", a bare "UBND
        # tỉnh", "Hội Nông dân Bắc Ninh"
        if end + 1 < len(tokens) and tokens[end].fold == OF:  # "Ủy ban Đối ngoại của Quốc hội"
            size = grammar.organisations.match(tokens, end + 1)
            end += 1 + size if size else 0
    if end > bare_end:  # "Hội Hữu nghị Việt Nam - Nhật Bản": the pair names the body, not the office's country
        pair = country_pair(s, end)
        end += pair + (headed_place(s, end + pair, alone=True) if pair else 0)
    if end == bare_end:
        end += own_place_word(s, end)  # "Chủ tịch tỉnh Nguyễn Văn An": the paper's own province, in the title
    title = text[tokens[at].start:tokens[end - 1].end]
    country = None
    head = grammar.country_heads.match(tokens, end)  # "Thủ tướng nước Cộng hòa Dân chủ Nhân dân Lào X"
    size = capitalised_match(grammar.countries, tokens, end + head)
    if size:
        country = text[tokens[end + head].start:tokens[end + head + size - 1].end]
        end += head + size
    else:
        unheaded = place_after(s, None, end, alone=False) if placed and end == bare_end else None
        if unheaded and not _full_name_at(s, end + unheaded):
            unheaded = 0  # "Tỉnh trưởng Vi-lay-vông Bút-đa-khăm": one word left is no name, so none was a place
        end += (capitalised_match(grammar.places, tokens, end)  # "Thị trưởng London Sadiq Khan"
                or headed_place(s, end, alone=False)  # "Thống đốc bang California Gavin Newsom"
                or unheaded or 0)  # "Tỉnh trưởng Vân Nam Vương Dư Ba"
    end += grammar.suffixes.match(tokens, end)
    end += gloss(s, end)  # "Phó Chủ tịch Đảng Dân chủ Xã hội Đức (SPD) X", "Thị trưởng Seoul (Hàn Quốc) ông X"
    joint = joint_title(s, at, end, country)  # "quyền Tổng thống Hàn Quốc, Phó Thủ tướng"
    if joint is not None:
        return joint
    group = grammar.country_groups.match(tokens, end)  # "Ngoại trưởng hai nước A và B"
    end += group
    for _ in range(_MAX_POSTINGS):  # "Đại sứ Mỹ tại Liên hợp quốc", "... bên cạnh Liên hợp quốc tại Geneva"
        link = grammar.postings.match(tokens, end)
        size = max(capitalised_match(phrases, tokens, end + link)
                   for phrases in (grammar.countries, grammar.places, grammar.organisations)) if link else 0
        if link and not size:
            size = place_before_a_vietnamese_name(s, end + link)  # "Tổng Lãnh sự ... tại Côn Minh Ngô Thị Thanh Hà"
        if not size:
            break
        end += link + size
        joint = joint_title(s, at, end, country)  # "Trưởng Phái đoàn ... tại Liên hợp quốc, Đại sứ X"
        if joint is not None:
            return joint
    # "Đặc phái viên Mỹ về Trung Đông", not "Chủ tịch nước về thăm quê"; a bare office only when the
    # subject names whose it is: "Đại diện cấp cao phụ trách chính sách đối ngoại và an ninh của EU"
    end += topic(s, end, owned=end == bare_end)
    return TitlePhrase(end, title, country, group > 0)


def aide_office(s: Scanner, at: int) -> TitlePhrase | None:
    """'Trợ lý Tổng thống Nga', 'Cố vấn an ninh Tổng thống Hàn Quốc', 'Thư ký báo chí của Tổng thống Nga': an
    office in the service of the office named after it, with a country or body, so the name after is the aide's.

    Not when the principal's title names its holder with no country ('Người phát ngôn Tổng thống Putin'), nor
    when the aide is named after a comma ('Trợ lý Tổng thống Nga Vladimir Putin, ông X'): the name is the
    principal's, read where its own title stands.
    """
    text, tokens, grammar = s.text, s.tokens, s.grammar
    size = grammar.aides.match(tokens, at)
    if not size:
        return None
    end = at + size
    while (end < len(tokens) and end - at - size < _MAX_AIDE_FIELD and tokens[end].text.isalpha()
           and tokens[end].text.islower() and tokens[end].fold != OF and is_syllable(tokens[end].text)
           and not grammar.portfolio_breakers.match(tokens, end) and not grammar.titles.match(tokens, end)):
        end += 1  # "Cố vấn an ninh", "Thư ký báo chí"
    end += end < len(tokens) and tokens[end].fold == OF
    principal = title_phrase(s, end) if end < len(tokens) and tokens[end].text[:1].isupper() else None
    if principal is None or principal.country is None:
        return None
    name = read_name(s, skip_honorific(s, principal.end))
    if name is not None and name.end + 1 < len(tokens) and tokens[name.end].text == "," \
            and read_name(s, skip_honorific(s, name.end)) is not None:
        return None
    title_end = tokens[end].start + len(principal.title)
    return TitlePhrase(principal.end, text[tokens[at].start:title_end], principal.country, principal.group)


def country_pair(s: Scanner, at: int) -> int:
    """Two countries joined by a dash, 'Việt Nam - Lào', as a bilateral body's name ends; its length in tokens."""
    tokens, countries = s.tokens, s.grammar.countries
    first = capitalised_match(countries, tokens, at)
    if not first or at + first + 1 >= len(tokens) or tokens[at + first].text not in _PAIR_DASHES:
        return 0
    second = capitalised_match(countries, tokens, at + first + 1)
    return first + 1 + second if second else 0


def gloss(s: Scanner, at: int) -> int:
    """A bracket after an office that glosses it: '(SPD)', '(Hàn Quốc)', '(Bộ Quốc phòng)'; its length in
    tokens, 0 if none. It holds only acronyms, countries, places and bodies, so it hides no name."""
    tokens, grammar = s.tokens, s.grammar
    if not (at < len(tokens) and tokens[at].text == "("):
        return 0
    end = at + 1
    while end < len(tokens) and tokens[end].text != ")":
        size = max(capitalised_match(phrases, tokens, end)
                   for phrases in (grammar.countries, grammar.places, grammar.organisations, grammar.regions))
        if not size and is_acronym(tokens[end]):
            size = 1
        if not size and tokens[end].text == ",":
            size = 1
        if not size:
            return 0
        end += size
    return end + 1 - at if end < len(tokens) and end > at + 1 else 0


def joint_title(s: Scanner, at: int, end: int, country: str | None) -> TitlePhrase | None:
    """A second office after ',' or 'kiêm' at `end`: one person holds both, so one title as written.

    A country written with either office is the person's: 'quyền Tổng thống Hàn Quốc, Phó Thủ
    tướng Choi Sang Mok' is Korean though the office next to the name says no country. When both
    offices say a country, they are two people in a list: 'Ngoại trưởng Pháp, Thủ tướng Đức X'.
    """
    text, tokens = s.text, s.tokens
    if not (end + 1 < len(tokens) and tokens[end].fold in JOINT_TITLE):
        return None
    second = title_phrase(s, end + 1)
    if second is None or (country and second.country and not same_country(country, second.country)):
        return None
    title_end = tokens[end + 1].start + len(second.title)
    return TitlePhrase(second.end, text[tokens[at].start:title_end], country or second.country, second.group)


def same_country(a: str, b: str) -> bool:
    """'Việt Nam' and 'Cộng hòa xã hội chủ nghĩa Việt Nam', 'Lào' and 'Cộng hòa Dân chủ Nhân dân Lào': the
    short name ends the long one, so 'Tổng Bí thư ... Việt Nam, Chủ tịch nước Cộng hòa ... Việt Nam' is one person."""
    a, b = fold_case(a), fold_case(b)
    return a == b or a.endswith(f" {b}") or b.endswith(f" {a}")


def topic(s: Scanner, at: int, *, owned: bool = False) -> int:
    """'về nhân quyền', 'về Trung Đông' between a title and a name; its length in tokens, 0 if none.

    The subject is lower-case words (joined by 'và'), listed places, countries and bodies, or acronyms,
    and may end with whose it is ('của EU'); it counts only when a name follows it and holds no verb
    ('portfolio_breakers'), since 'về' is also 'to return'. When `owned`, it must say whose it is, unless
    it is only a listed place, country or body ('Đặc phái viên về Trung Đông Steve Witkoff'), which no
    verb of going is followed by with a name.
    """
    tokens, grammar = s.tokens, s.grammar
    size = grammar.topic_links.match(tokens, at)
    if not size:
        return 0
    end = at + size
    whose = False
    listed_only = True
    while end < len(tokens) and end - at <= _MAX_TOPIC_TOKENS:
        token = tokens[end]
        listed = max(capitalised_match(phrases, tokens, end)
                     for phrases in (grammar.countries, grammar.places, grammar.organisations))
        of = end + 1 < len(tokens) and token.fold == OF
        owner = max(capitalised_match(phrases, tokens, end + 1)
                    for phrases in (grammar.countries, grammar.organisations)) if of else 0
        if of and not owner and is_acronym(tokens[end + 1]):
            owner = 1
        if listed:
            end += listed
        elif owner:
            end += 1 + owner  # "... của EU", "... của Liên hợp quốc"
            end += gloss(s, end)  # "... của Liên minh châu Âu (EU)"
            whose = True
        elif (token.text.isalpha() and token.text.islower()
              and (token.fold in _AND_WORDS or not grammar.portfolio_breakers.match(tokens, end))) \
                or is_acronym(token):
            end += 1
        else:
            break
        listed_only = listed_only and bool(listed)
        if (whose or not owned or listed_only) and read_name(s, skip_honorific(s, end)) is not None:
            return end - at  # "... về Biển Đông Jay Tarriela", "... về Biển Đông, Chuẩn đề đốc Jay Tarriela"
    return 0


def portfolios(s: Scanner, at: int, *, shaped: bool) -> int:
    """The token index after a ministry's fields: 'Kinh tế, Thương mại và Công nghiệp', 'Sinh thái và Tài nguyên'.

    Fields are joined by 'và', commas or dashes (or by nothing, in a ministry: 'Bảo vệ Môi trường').
    With `shaped` (after 'Bộ trưởng', 'Thứ trưởng'...), a field missing from the lexicon is read from
    its shape, so it is never taken for a name.
    """
    tokens, grammar = s.tokens, s.grammar
    end = at
    if not grammar.portfolios.ends_at(tokens, at):  # else the title holds a field: "Bộ trưởng Ngoại giao và ..."
        end += portfolio(s, at, shaped=shaped)
        if end == at:
            return at
    while end < len(tokens):
        gap = 1 if tokens[end].text in _FIELD_JOINERS else 0
        if not (gap or shaped):
            break
        size = portfolio(s, end + gap, shaped=shaped)
        if not size:
            break
        end += gap + size
    return end


def portfolio(s: Scanner, at: int, *, shaped: bool) -> int:
    """One ministry field from the lexicon, or (when `shaped`) from its shape; its length in tokens, 0 if none.

    The shape is how Vietnamese writes a field and not a name: one capitalised syllable, then one to
    three lower-case syllables ('Môi trường', 'Tài nguyên thiên nhiên'), none of them a verb or
    particle that follows a name ('Bộ trưởng Kim trả lời' is a person) and not a listed body, title
    or country. 'Bộ trưởng Lavrov nói' fails it: 'Lavrov' is no Vietnamese syllable.
    """
    tokens, grammar = s.tokens, s.grammar
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
           and not grammar.portfolio_breakers.match(tokens, end) and not opens_a_place(s, end)):
        end += 1
    if size:
        return end - at
    return end - at if end > at + 1 and ends_a_field(s, end) else 0


def region_of_a_field(s: Scanner, at: int) -> int:
    """A region of Vietnam a board's field is for ('Trưởng Ban Chỉ đạo Tây Nguyên'); its length in tokens, 0 if none.

    Regions are also people's names ('Trương Hòa Bình'), so one is read only where it leaves a full name of two
    words or more for the holder, or where the phrase ends: 'Tây Nguyên' there is no person.
    """
    tokens = s.tokens
    size = capitalised_match(s.grammar.regions, tokens, at)
    if not size:
        return 0
    after = at + size
    if after == len(tokens) or tokens[after].text in _CLOSERS or tokens[after].fold in JOINT_TITLE:
        return size
    return size if _full_name_at(s, after) else 0


def region_of_a_body(s: Scanner, at: int) -> int:
    """A province of Vietnam right after a body, no place word before it ('Chủ tịch Hội Nông dân Bắc Ninh'); its
    length in tokens, 0 if none. Read where a board's field reads one (see region_of_a_field), and also before a
    word in lower case ('..., Chủ tịch Hội Nông dân Bắc Ninh cho biết'): there the province would be the holder's
    whole name, and an official is not named by two words that are a province's."""
    size = region_of_a_field(s, at)
    if size:
        return size
    size = capitalised_match(s.grammar.regions, s.tokens, at)
    return size if size and at + size < len(s.tokens) and s.tokens[at + size].text.islower() else 0


def opens_a_place(s: Scanner, at: int) -> bool:
    """Whether a place word with a capitalised word after it starts at `at` ('bang Gujarat', 'tỉnh Quảng Nam'): a
    field ends there, so 'Bộ trưởng Công nghiệp bang Gujarat' is the state's minister of industry."""
    size = s.grammar.place_heads.match(s.tokens, at)
    return bool(size) and at + size < len(s.tokens) and s.tokens[at + size].text[:1].isupper()


def ends_a_field(s: Scanner, at: int) -> bool:
    """Whether a shaped field may stop before token `at`: at a name, a country, punctuation or a verb.

    Not mid-sentence ('Bộ trưởng Sơn chúc mừng thành công ...') nor before a title ('Bộ trưởng
    Sơn chúc mừng Thủ tướng ...'): there the first word was a name.
    """
    tokens, grammar = s.tokens, s.grammar
    if at >= len(tokens):
        return True
    token = tokens[at]
    if token.text.isalpha() and token.text.islower():
        return token.fold in _FIELD_JOINERS or grammar.portfolio_breakers.match(tokens, at) > 0
    return not (grammar.titles.match(tokens, at) or grammar.prefixes.match(tokens, at))


def body_words(s: Scanner, at: int) -> int:
    """Words that go on a body's name ('Xã hội' after 'Đảng Dân chủ', 'Quốc phòng' after 'Viện
    Chiến lược'); their length in tokens.

    Each is a capitalised Vietnamese syllable then lower-case ones, as a word of a name of a body is
    written and no person's name is; a one-word name before a verb ('Lâm phát biểu') is none.
    """
    tokens, grammar = s.tokens, s.grammar
    end = at
    while (end + 1 < len(tokens) and tokens[end].text[:1].isupper() and tokens[end].text[1:].islower()
           and opens_a_word(s, end, end + 1) and not grammar.name_stops.match(tokens, end)
           and not grammar.countries.match(tokens, end)):
        end += 1
        while (end < len(tokens) and tokens[end].text.isalpha() and tokens[end].text.islower()
               and is_syllable(tokens[end].text) and tokens[end].fold not in _FIELD_JOINERS
               and not grammar.portfolio_breakers.match(tokens, end)):
            end += 1
    return end - at


def headed_place(s: Scanner, at: int, *, alone: bool) -> int:
    """'bang California', 'thành phố Tampere', 'tỉnh Quảng Nam' (and, when `alone`, after a body, a
    bare 'tỉnh'); its length in tokens, 0 if none.

    The place is a listed place or region, or one capitalised word that is no Vietnamese syllable
    (a foreign state or city). A Vietnamese-looking place missing from the lists cannot be told
    from the name after it, so it is not read at all.
    """
    tokens, grammar = s.tokens, s.grammar
    size = grammar.place_heads.match(tokens, at)
    if not size or grammar.organisation_heads.match(tokens, at):
        return 0  # "Tỉnh ủy" opens a body, not the place "tỉnh"
    listed = max(capitalised_match(grammar.places, tokens, at), capitalised_match(grammar.regions, tokens, at))
    if listed > size:
        return listed  # the place word is the listed city's own: "UBND TP.HCM", "UBND TP Hồ Chí Minh"
    place = place_after(s, at, at + size, alone=alone)
    return size + place if place is not None else 0


def _full_name_at(s: Scanner, at: int) -> bool:
    """Whether a name of two words or more starts at `at`: what a place or region read before a name must leave
    for its holder, since places are also people's names ('Vi-lay-vông Bút-đa-khăm', 'Trương Hòa Bình')."""
    name = read_name(s, at)
    return name is not None and len(name.text.split()) >= 2


def own_place_word(s: Scanner, at: int) -> int:
    """A place word alone, capitalised as a provincial paper writes its own province out of respect ('Chủ tịch Tỉnh
    Nguyễn Văn An'), before a full name: the office's place, no word of the name; its length, 0 if none.

    One word, then a Vietnamese name of two words or more: 'Đại sứ Bang Moon Kyu' keeps its surname. In lower
    case ('Chủ tịch tỉnh Nguyễn Văn An') the word is never read into the name, and papers write 'Chủ tịch UBND
    tỉnh' far more often: left as it was."""
    tokens = s.tokens
    if not (at + 2 < len(tokens) and tokens[at].name_like and s.grammar.place_heads.match(tokens, at) == 1
            and len(tokens[at].parts) == 1):
        return 0
    name = read_name(s, at + 1)
    return 1 if (name is not None and name.end - at > 2
                 and all(is_syllable(token.text) for token in tokens[at + 1:name.end])) else 0


def titled_place(s: Scanner, at: int, size: int) -> bool:
    """Whether the title [at, at + size) opens with a place word ('Tỉnh trưởng', the head of a province): its
    place may follow it unheaded ('Tỉnh trưởng Mondulkiri Thong Savun', 'Tỉnh trưởng Vân Nam Vương Dư Ba')."""
    head = s.grammar.place_heads.match(s.tokens, at)
    return 0 < head < size and not s.grammar.organisation_heads.match(s.tokens, at)


def place_after(s: Scanner, at: int | None, end: int, *, alone: bool) -> int | None:
    """The place after the place word [at, end) (or, when `at` is None, after a title that says one); its length
    in tokens, 0 when the word stands alone, None when it is read as no place here (see headed_place)."""
    tokens, grammar = s.tokens, s.grammar
    listed = max(capitalised_match(grammar.places, tokens, end), capitalised_match(grammar.regions, tokens, end))
    if listed:
        return listed
    if end < len(tokens) and tokens[end].name_like and not is_syllable(tokens[end].text) \
            and not grammar.name_stops.match(tokens, end):
        return 0 if first_name_of(s, end) else 1  # "tiểu bang Robert Alvarado": the state unsaid
    if alone and (end == len(tokens) or not tokens[end].text[:1].isupper()):
        return 0
    local = local_place(s, at, end - at) if at is not None else 0
    if local:
        return local  # "Chủ tịch UBND huyện Mường Nhé phát biểu"
    name = read_name(s, end) if alone else None  # "UBND thành phố Trần Sỹ Thanh": the city is the body's own
    if name is not None and (name.end - end <= _MAX_NAME_AFTER_A_BARE_HEAD or double_surname(s, end, name.end)):
        return 0
    return None


def local_place(s: Scanner, at: int, size: int) -> int:
    """After a local head [at, at + size) ('Huyện ủy', 'huyện'), an unlisted local place: two Vietnamese words
    with no middle name, then no capitalised word ('Huyện ủy Mường Nhé phát biểu'); its length, 0 if none.
    An official's Vietnamese name is rarely of two words, a district's often is; 'Lò Văn Sơn' is a person."""
    tokens, grammar = s.tokens, s.grammar
    end = at + size
    if grammar.local_heads.match(tokens, at) != size or end + 1 >= len(tokens):
        return 0
    first, second = tokens[end], tokens[end + 1]
    if not (first.name_like and second.name_like and is_syllable(first.text) and is_syllable(second.text)) \
            or grammar.middle_names.match(tokens, end + 1) or grammar.name_stops.match(tokens, end):
        return 0
    return 2 if end + 2 == len(tokens) or not tokens[end + 2].name_like else 0


def double_surname(s: Scanner, at: int, end: int) -> bool:
    """Whether the run [at, end) is a Vietnamese name of four words with a second surname ('Lương Nguyễn Minh
    Triết'): a person, not an unlisted place before a name of two ('Mường Nhé Trần Lâm' has its surname third)."""
    return end - at == 4 and capitalised_match(s.grammar.second_surnames, s.tokens, at + 1) == 1 \
        and not any(capitalised_match(s.grammar.second_surnames, s.tokens, i) for i in (at, at + 2, at + 3))


def place_before_a_vietnamese_name(s: Scanner, at: int) -> int:
    """An unlisted place right before a Vietnamese name, told apart by the name's middle word: in "Côn Minh
    Ngô Thị Thanh Hà" the surname stands before "Thị", so the words before it are the place; its length."""
    tokens, grammar = s.tokens, s.grammar
    end = at
    while end < len(tokens) and tokens[end].name_like and not grammar.middle_names.match(tokens, end):
        end += 1
    if end - at < 2 or end >= len(tokens) or not tokens[end].name_like:
        return 0  # no middle name, or no word before its surname to be the place
    if any(capitalised_match(phrases, tokens, i) == end - i for i in range(at, end)
           for phrases in (grammar.places, grammar.regions, grammar.countries)):
        return 0  # "tại Vân Nam Văn Hùng": a listed place ends there, so "Văn" is the surname
    return end - 1 - at


def first_name_of(s: Scanner, at: int) -> bool:
    """Whether the unlisted word at `at` is rather the first of a full name: read as a place ('tiểu bang
    Robert Alvarado'), it would leave one word to name the person, where the words together are a name.
    A listed place is never asked ('bang California Newsom'), nor one whose next word is Vietnamese
    ('tỉnh Chungcheong Nam')."""
    whole, rest = read_name(s, at), read_name(s, at + 1)
    return (whole is not None and rest is not None and len(rest.words) == 1 and len(whole.words) > 1
            and not is_syllable(s.tokens[at + 1].text))  # "tỉnh Chungcheong Nam": a place's own Vietnamese word


def board_head(s: Scanner, at: int) -> int:
    """ "Ban" before a Vietnamese word ("Ban Thường vụ", "Ban Chấp hành"): a board, not "Ban Ki-moon"; "Hội" before
    the acronym of the rest of its name ("Hội LHPN", "Hội CCB"), as papers cut an association's name short."""
    tokens = s.tokens
    size = capitalised_match(s.grammar.board_heads, tokens, at)
    word = at + size
    if size and word < len(tokens) and is_acronym(tokens[word]) and not s.grammar.countries.match(tokens, word):
        return size
    if not size or word + 1 >= len(tokens):
        return 0
    first, second = tokens[word].text, tokens[word + 1].text
    return size if (first[:1].isupper() and is_syllable(first) and second.isalpha() and second.islower()
                    and is_syllable(second)) else 0


def head_inside(s: Scanner, at: int, size: int) -> int:
    """A listed body [at, at + size) whose last words open a longer head ('Trung ương' of 'Trung ương Đoàn', 'BCH
    T.Ư' of 'BCH T.Ư Đoàn'): the body then runs on from that head, read from its shape; its length, `size` if not.

    'Đoàn' is also a surname, so a body cut before it would leave 'Đoàn Bùi Quang Huy' as the holder's name.
    """
    for inside in range(at, at + size):
        head = capitalised_match(s.grammar.organisation_heads, s.tokens, inside)
        if inside + head > at + size:
            body = unlisted_body(s, inside)
            return inside - at + body if inside + body > at + size else size
    return size


def unlisted_body(s: Scanner, at: int) -> int:
    """A body missing from the lexicon, read from its shape; its length in tokens, 0 if none.

    'Ban Tuyên giáo Trung ương Nguyễn Trọng Nghĩa': a head word ("Ban", "Bộ", "Ủy ban"...),
    then Vietnamese words capitalised only on their first syllable ("Tuyên giáo", "Trung ương",
    "đảng"), listed places and regions ("Thành ủy Hà Nội", "Tỉnh ủy Kon Tum") or a headed place
    ("Bộ Lao động bang Rheinland-Pfalz"), as bodies are written, unlike names. It is the
    longest such run that still leaves a name (after an optional country) to its right, so
    "Bộ Ngoại giao Kishida nói" keeps Kishida. With no name after it, it is the longest run
    holding no verb that ends before punctuation, a second office or a verb: the body of an
    appositive ("bà X, Chủ tịch Ủy ban nhân dân tỉnh, cho biết") or of the first of two offices.
    """
    tokens, grammar = s.tokens, s.grammar
    size = capitalised_match(grammar.organisation_heads, tokens, at) or board_head(s, at)
    if not size:
        return 0
    ends = []
    end = at + size
    for inside in range(at + 1, at + size):  # "Trung ương Đoàn Thanh niên Cộng sản Hồ Chí Minh": the head's last
        listed = capitalised_match(grammar.organisations, tokens, inside)  # words open a listed body, read whole
        if inside + listed > end:
            end = inside + listed
            ends.append(end)
            break
    while end < len(tokens) and tokens[end].text.isalpha():
        place = (max(capitalised_match(grammar.places, tokens, end), capitalised_match(grammar.regions, tokens, end))
                 or headed_place(s, end, alone=False))
        if place:
            end += place  # "Thành ủy Hà Nội", "bang Rheinland-Pfalz"
        elif grammar.portfolios.match(tokens, end):
            end += grammar.portfolios.match(tokens, end)  # "Bộ Công Thương"
        elif is_acronym(tokens[end]) and not grammar.countries.match(tokens, end):
            end += 1  # "Đoàn TNCS Cuba", "Ủy ban MTTQ tỉnh"
        elif grammar.honorifics.match(tokens, end) or (grammar.portfolio_breakers.match(tokens, end)
                                                       and tokens[end].fold not in _FIELD_JOINERS):
            break  # "Bí thư Tỉnh ủy Quảng Ninh đã hội đàm với đồng chí X": the body ended before the verb
        elif tokens[end].text.islower():
            end += 1
            if tokens[end - 1].fold in _FIELD_JOINERS:
                continue  # "Bộ Kế hoạch và": a body goes on after "và", never ends with it
        elif (end + 1 < len(tokens) and tokens[end + 1].text.isalpha() and tokens[end + 1].text.islower()
              and tokens[end + 1].fold not in _FIELD_JOINERS):
            end += 2  # not "Lào và": "Bộ An ninh Lào và Phó Thủ tướng ...", a country then the next office
        else:
            break
        ends.append(end)
    for end in reversed(ends):
        after = end + capitalised_match(grammar.organisations, tokens, end)  # "Vụ ... Bộ Ngoại giao Việt Nam X"
        after += capitalised_match(grammar.countries, tokens, after)
        if read_name(s, skip_honorific(s, after)) is not None:
            return end - at
    place = 0 if ends else (place_before_a_vietnamese_name(s, at + size) or local_place(s, at, size))
    if place:
        return size + place  # "Phó Bí thư Thành ủy Thiên Tân Trần Văn Khải": "Văn" tells where the name begins
    name = None if ends else read_name(s, at + size)
    if name is not None and (name.end - (at + size) <= _MAX_NAME_AFTER_A_BARE_HEAD
                             or capitalised_match(grammar.middle_names, tokens, at + size + 1)
                             or double_surname(s, at + size, name.end)):
        return size  # "Phó Bí thư Thành ủy Nguyễn Văn Phong", "Tỉnh ủy Lâm Thị Thu Sương"; not "Huyện ủy Mường Nhé
        # Trần Văn Lâm"
    for end in reversed([at + size, *ends]):
        after = end + capitalised_match(grammar.countries, tokens, end)
        if any(grammar.portfolio_breakers.match(tokens, i) for i in range(at + size, end)):
            continue
        if after == len(tokens) or tokens[after].text in _CLOSERS or tokens[after].fold in JOINT_TITLE \
                or grammar.portfolio_breakers.match(tokens, after):
            return end - at
    return 0
