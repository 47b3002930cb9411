"""Raw text -> classified lines: what each line of a scraped page is.

A line is classified on its own shape and the lexicons; whether a headline-shaped
line really opens an article depends on what follows it, which is the
segmenter's job (segment.py).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime
from enum import Enum
from itertools import pairwise

from reader.clean.rules import CleaningRules, fold_line, fold_listed
from reader.text import (
    english_month_number,
    english_months_pattern,
    is_folded_syllable,
    month_names_pattern,
    month_number,
)


class Kind(Enum):
    FURNITURE = "furniture"  # site chrome: share bars, polls, image alt text
    RELATED_HEADING = "related heading"  # "Tin liên quan": the rest of the page is other news
    DATELINE = "dateline"  # "06:17 - Thứ Bảy, 24/02/2024 Lượt xem: 4135", "19:57:16 17/01/2025", "5 giờ trước"
    DOUBLED = "doubled"  # a headline printed twice on one line ("AbcAbc")
    CAPTION = "caption"  # "... Ảnh: Kyodo/TTXVN", "(Nguồn: Reuters)"
    CREDIT = "credit"  # "Theo HNM", "(theo Reuters, AP)"
    BYLINE = "byline"  # "Việt Hà"
    HEADLINE = "headline"  # shaped like a headline; may still turn out to be a short body line
    TEASER = "teaser"  # prose cut short with "..."
    BODY = "body"


@dataclass(frozen=True, slots=True)
class Line:
    kind: Kind
    text: str  # cleaned; for DOUBLED the headline once; for CREDIT the credit alone
    published: str | None = None  # ISO date(time), for DATELINE only (None for a relative "5 giờ trước")
    credit: str | None = None  # for a BYLINE or DATELINE that names its source: "Việt Hà (theo Reuters)"
    author: str | None = None  # for a DATELINE led by the author's name: "KHÁNH AN 09/11/2024 18:20"


MAX_HEADLINE_CHARS = 250
MIN_HEADLINE_WORDS = 4  # Vietnamese words are syllables: "Kinh tế số" is a section name, not a headline
MAX_HEADLINE_WORDS = 40
MAX_SHORT_LINE_CHARS = 500  # furniture, credits and bylines are all shorter
MAX_DATELINE_CHARS = 160
MAX_RELATIVE_TIME_CHARS = 72  # "Báo Quốc Tế • khoảng 40 phút trước"
MAX_BYLINE_CHARS = 40
LEAD_STAMP_DAYS = 2  # a story is published on the day its lead tells or a day or two later
_DAY_MONTH = re.compile(r"(\d{1,2})[/.-](\d{1,2})(?:[/.-](\d{4}))?")  # its year too: "Ngày 2/9/1945"
MAX_AUTHORS = 4  # "Quang Anh - Văn Khương - Trần Nam": a crew signs with a few names
MAX_SOURCED_BYLINE_CHARS = 80  # "Minh Anh (theo Reuters, AFP)"
MAX_AGENCY_WORDS = 3  # "TTXVN", "VOV-Bắc Kinh"
MAX_DESK_WORDS = 8  # "Sở Ngoại vụ TP Đà Nẵng", "Ban Thời sự"
MAX_OFFICE_WORDS = 12  # "Trung tâm Xúc tiến Đầu tư, Thương mại và Du lịch tỉnh X": an office by its head
MAX_ISSUER_LINES = 2  # a press release's office over its notice, and the department over the office
MAX_LABEL_WORDS = 4  # a section's label beside a dateline: "Quốc tế", "Thời sự trong nước"
MIN_AGENCY_CAPITALS = 2  # "TTXVN", "VOV-Bắc Kinh", "VnExpress": a name or a place has one
IMAGE_ALT_TAIL_CHARS = 20  # " - Hình 12"
MIN_ALT_WORDS = 3  # "Trung uong Dang anh 1"; a bare "anh 2" is no alt text of a headline
MIN_BARE_ALT_WORDS = 5  # lower-case unaccented words with no image number: fewer could be a name
MIN_FOLDED_SHARE = 0.75  # of an unaccented line's words in mixed case, read as Vietnamese syllables
MAX_KICKER_WORDS = 5  # "Bãi Scarborough:", "Trung Quốc – Philippines:" over the headline
MAX_TOP_CAPTION_WORDS = 12  # a caption over the lead names who is in the photo; a sapo runs longer
MAX_HINTED_CAPTION_CHARS = 200  # a caption is a line or two; a paragraph runs longer
BULLET = "• "  # a list item's mark, kept by a scraper before each of a page's blocks
MAX_BUTTON_WORDS = 3  # a share bar's button: "Facebook", "In bài", "Sao chép liên kết"
BUTTON_MARKS = "·•|/"  # what a share bar prints between its buttons
MIN_BUTTONS = 3  # "Facebook Twitter Email"; two listed words in a row may be a phrase ("Không có")
MIN_MENU_WORDS = 4  # a menu's home link, then two sections of two words at least: "Trang chủ Tin tức Văn bản"
MAX_CELL_BREAKS = 2  # lines going on in lower case on a page that is not wrapped: a caption's cell or two
MIN_CELL_CAPTION_WORDS = 5  # a caption in a photo's cell says who does what; a byline there ("Hải Võ |") is a name
CAPTION_TAIL_CHARS = 100  # "<marker>: <source>" closes a caption within its last few words
ELLIPSES = ("...", "…")
SENTENCE_ENDS = (".", "!", "?", "…", '"', "”", "’", ")")
MARKER_OPENERS = frozenset(" ([.,;")

_ODD_SPACE = r"\t\u00a0\u2000-\u200a\u202f\u205f\u3000"
_SPACES = re.compile(rf"[{_ODD_SPACE}][ {_ODD_SPACE}]*| [ {_ODD_SPACE}]+")  # only what needs changing
_ODD_CHARS = re.compile(rf"[{_ODD_SPACE}\u200b-\u200d\u2060\ufeff]")
_INVISIBLE = re.compile(r"[\u200b-\u200d\u2060\ufeff]")
# Inside a dateline (only numbers and dateline words), so no need to guard the left edge.
_DATE = re.compile(r"(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})(?!\d)")
_WORDED_DATE = re.compile(r"(\d{1,2})\s+[Tt]háng\s+(\d{1,2})[,\s]+(?:[Nn]ăm\s+)?(\d{4})(?!\d)")  # "25 tháng 9 2017"
_COMMA_DATE_AT_END = re.compile(r",\s*\d{1,2}[/.-]\d{1,2}[/.-]\d{4}\s*$")
_LABEL_DATE = re.compile(r"(?:,\s*\d{3,4})?,\s*\d{1,2}[/.-]\d{1,2}[/.-]\d{4}\s*$")  # a photo's width, date
_ISO_DATE = re.compile(r"(?<!\d)(\d{4})([-/])(\d{2})\2(\d{2})(?!\d)")  # year first: "2024-06-02", "2024/10/04"
_MONTH_FIRST_DATE = re.compile(r"[Tt]háng\s+(\d{1,2})\s+(\d{1,2}),\s+(\d{4})(?!\d)")  # "Tháng Mười Một 22, 2025"
_TIME = re.compile(r"(\d{1,2})[:h](\d{2})(?::\d{2})?(?!\d)")
_AFTERNOON = re.compile(r"\s*(?:PM|CH|[Cc]hiều)(?!\w)")  # right after the time: "3:05 PM", "9:42 CH", "8:36 Chiều"
# A month written as its number's word, as overseas and blog pages print it: "Tháng Mười Một" is "tháng 11"
# (the words and their numbers are reader/text.py's, as extraction reads them).
_MONTH_IN_WORDS = re.compile(rf"(?<!\w)((?i:tháng))\s+({month_names_pattern(any_case=True)})")
# An English month's name beside its day: "July 13, 2023", "13 Jul 2023" -> "tháng 7 13, 2023", "13 tháng 7 2023".
_ENGLISH_MONTH = re.compile(rf"(?<![^\W\d_])({english_months_pattern()})\.?(?=\s+\d|\s*$)")
# Patterns searched along every line open on a character class, a look-behind after the first digit: the
# regex engine then skips from digit to digit instead of trying the look-behind at every place (4x faster).
# "20259:42": a scraper dropped the space
_YEAR_GLUED_TO_TIME = re.compile(r"(\d(?<!\d\d)\d{3})(?=\d{1,2}[:h]\d{2}(?!\d))")
_GLUED_AFTER_ELLIPSIS = re.compile(r"(?:\.\.\.|…)(?=[^\W\d_])")
_LETTER_DOT_LETTER = re.compile(r"[^\W\d_]\.[^\W\d_]")
# Two words joined by a full stop alone, neither inside an address, a path, a number or a dotted chain.
_GLUED_SENTENCE = re.compile(r"(?<![\w./@:\\-])([^\W\d_]{2,})\.([^\W\d_]{2,})(?![\w./@\\-])")
# A full stop, ? or ! then a space and a letter; see has_sentence_break.
_SENTENCE_END = re.compile(r"[.!?][\"”’)]?\s+[\"“‘(]?[^\W\d_]")
_BYLINE_WITH_SOURCE = re.compile(r"(?P<name>[^()]{3,40}?)\s*(?P<source>\([^()]{3,60}\))$")
_DIGIT = re.compile(r"\d")
_BYLINE_MARKS = re.compile(r"[)/:.,|]| - ")  # what a byline of another shape holds (see _byline_with_source)
# Agencies joined by "/" ("BNEWS/TTXVN"), or one agency in capitals in brackets ("(TTXVN)").
_AGENCY_CREDIT = re.compile(r"\(?(?P<agency>[A-Z][\w&+.-]{1,20}(?:/[A-Z][\w&+.-]{1,20})+)\)?"
                            r"|\((?P<agency2>[A-Z][A-Z0-9&+.-]{1,20})\)")
# "P.V", "V.GIANG", "T.H.", an initial and a name "H.Long"
_INITIALS = re.compile(r"[A-ZĐ]{1,3}(?:\.\s?[A-ZĐ](?:[A-ZĐÀ-Ỹ]{0,11}|[a-zà-ỹđ]{1,11})){1,3}\.?")
# "Hạ2025-04-22": opens on a digit, as above
_GLUED_DATE = re.compile(r"\d(?<=[^\W\d_]\d)(?:\d{3}-\d{2}-\d{2}|\d?/\d{1,2}/\d{4})(?!\d)")
# "01/09/2016 18:17Ông Obama ...": a list's stamp, date and time, with the headline glued on
_STAMP_GLUED_TO_HEADLINE = re.compile(r"\d{1,2}/\d{1,2}/\d{4} \d{1,2}:\d{2}(?=[^\W\d_])")
_MARKER_ALONE_MARKS = re.compile(r"[\s:.]+")  # what may stand beside a caption's marker printed alone: "Ảnh :"
_BARE_CLOCK = re.compile(r"\d{1,2}[:h]\d{2}(?:\s*(?:AM|PM|SA|CH))?")  # a time alone: "10:42", "9:14 PM"
MAX_FOOTER_PIECES = 2  # a footer's poster and its "lúc" between its label and its time
# a sentence's words that run on into a date: "kéo dài đến 05/11/2025 18:20"
_RUNS_INTO_A_DATE = re.compile(r"\s(?:đến|tới|lúc|vào|từ|ngày|hôm|trước|sau|khoảng|tính đến)$")
_SOURCE_ACRONYM = re.compile(r"[A-ZĐ]{2,6}")  # a broadcaster or agency by its initials after a stamp: "CMG"
# Where a label of a word or three and its colon opens inside a line: " Biên tập: Thu Hà"
_LABEL_IN_LINE = re.compile(r"\s+(?=[^\W\d_]+(?:\s[^\W\d_]+){0,2}\s*:)")
# An encyclopedia's link to edit a section, after its heading: "Chú thích[sửa | sửa mã nguồn]", "Tham khảo[sửa]"
_EDIT_LINK = re.compile(r"\s*\[(?:sửa(?: \| sửa mã nguồn)?|sửa mã nguồn|edit(?: \| edit source)?)\]$")
# An encyclopedia's note marks after a paragraph's last sentence: "... tới Hà Nội.[3]", "... năm 2000.[1][2]"
_NOTE_MARKS_AT_END = re.compile(r"(?<=[.!?…\"”])(?:\[\d{1,3}\])+$")
_GLUED_ZONE = re.compile(r"(?<=\d)(?=\((?:GMT|UTC)\s*[+\-−]?\s*\d)")  # a clock glued to its time zone
_ICON_LABEL = re.compile(r"[a-z]{2,12}(?=\d{1,2}[/.-]\d{1,2}[/.-]\d{4})")  # an icon's name glued to a stamp
_NUMBERED_ALT = re.compile(r"\s-\d{1,2}$")  # "<headline> -1": a photo's number glued to its dash
_NON_LATIN_LETTER = re.compile(r"[^\W\d_A-Za-z\u00C0-\u024F\u1E00-\u1EFF]")  # a letter of no Latin alphabet
# "<headline> 12/06/2025 17:48", "Tin tức 2025-01-10 22:16:05": the page's stamp, date and time, printed at the end
# of its headline's (or its section label's) line
_TRAILING_STAMP = re.compile(r"\s(?:\d{1,2}[/.-]\d{1,2}[/.-]\d{4}|\d{4}-\d{2}-\d{2})(?:\s*[|,-]\s*|\s+)"
                             r"\d{1,2}:\d{2}(?::\d{2})?$")
_CLOCK_AFTER = re.compile(r"\s+(?:vào\s+)?(?:lúc|at)\s+\d{1,2}[:h]\d{2}(?:\s*(?:AM|PM|SA|CH))?$")
# A forum's quote of a post, "hoangminh88 nói:".
_HANDLE = r"(?=\S*[\d_]|[a-z])[\w.-]{2,30}"  # a forum's user name: a digit or an underscore, or no capital
_QUOTED_POST = re.compile(rf"{_HANDLE} (?:nói|viết|said|wrote):$")
_SIGNED_POST = re.compile(rf"(?P<handle>{_HANDLE}),")  # "hoangminh88, 29/11/2025 lúc 21:14": who posted, when
# A lead opening with its agency's tag and the day: "(TTXVN - 18/04/2024) - Ngày 16/4, ...".
_DATED_TAG = re.compile(r"\((?P<agency>[^\W\d_][^()\d]{1,30}?)\s*[-–—,]\s*(?P<date>\d[^()]{5,30})\)\s*[-–—]\s")
# who posted, then when, after a byline's label: "Minh Tâm on June 4, 2025 at 20:15", "X vào ngày 04/06/2025"
_POSTED_ON = re.compile(r"(?P<name>[^\W\d_][^\d|:]{1,39}?)\s+(?:on|vào ngày|vào|ngày)\s+(?P<stamp>\S.*\d.*?):?")
_DATELINE_BY = re.compile(r"(?P<stamp>.+?\d.*?)\s+(?:by|bởi)\s+(?P<name>[^\W\d_][^\d|:]{1,39})$")  # "... by admin"
_LATIN = [chr(code) for code in (*range(0x41, 0x7B), *range(0xC0, 0x250), *range(0x1EA0, 0x1F00))]
_LOWER = re.escape("".join(ch for ch in _LATIN if ch.islower()))
_UPPER = re.escape("".join(ch for ch in _LATIN if ch.isupper()))
_GLUED_WORDS = re.compile(f"(?<=[{_LOWER}])(?=[{_UPPER}][{_LOWER}])")  # a lower-case letter, then a capitalised word
MIN_GLUED_LINKS = 3  # headlines glued end to end: a box's list, never a sentence
# A box a page announces with a link to skip it, and closes by name: "Skip Đọc nhiều nhất and continue reading",
# its items, "End of Đọc nhiều nhất".
_BOX_START = re.compile(r"^(?:Skip|Bỏ qua) (?P<name>.+?) (?:and continue reading|và tiếp tục đọc)")
_BOX_END = re.compile(r"^(?:End of|Hết) (?P<name>.+)$")
MAX_SKIPPED_BOX_LINES = 16
_SLUG_PREFIX = re.compile(r"(?:[a-z0-9]+ ){5,}(?=\S)")
_NAME_WORD = re.compile(r"[^\W\d_][^\W\d_'’\-]*")


def page_lines(text: str, rules: CleaningRules) -> list[str]:
    """The non-empty lines of a page, spacing normalised, glued lines and sentences split apart."""
    if "  " in text or _ODD_CHARS.search(text) is not None:
        text = _SPACES.sub(" ", _INVISIBLE.sub("", text))
    if _LETTER_DOT_LETTER.search(text) is not None:
        text = _GLUED_SENTENCE.sub(lambda glued: _spaced_sentences(glued, rules), text)
    if "(GMT" in text or "(UTC" in text:
        text = _GLUED_ZONE.sub(" ", text)  # "21:05:12(GMT+08:00) CMG": the time and its zone apart
    lines: list[str] = []
    for raw in text.splitlines():  # also CR, U+2028 and the other line separators
        line = raw.strip()
        if line.endswith("]"):
            line = _NOTE_MARKS_AT_END.sub("", line)  # the sentence closes the paragraph, not its note's mark
        if line:
            lines.extend(_unglue(line, rules))
    return _footers_joined(lines, rules)


def _footers_joined(lines: list[str], rules: CleaningRules) -> list[str]:
    """The lines with a blog's posting footer that its theme printed in pieces joined again: a byline's label
    alone, then the poster and the time on the next lines ("Đăng bởi", "Bốn Phương lúc", "10:42" -> "Đăng bởi
    Bốn Phương lúc 10:42"), so the footer is read whole (a byline, or the blog's account)."""
    at = 0
    while at < len(lines):
        if len(lines[at]) <= MAX_BYLINE_CHARS and rules.byline_label.fullmatch(f"{lines[at]} ") is not None:
            for end in range(at + 1, min(len(lines), at + 2 + MAX_FOOTER_PIECES)):
                if _BARE_CLOCK.fullmatch(lines[end]) is not None:
                    lines[at:end + 1] = [" ".join(lines[at:end + 1])]
                    break
                if len(lines[end]) > MAX_BYLINE_CHARS:
                    break
        at += 1
    return lines


def _spaced_sentences(glued: re.Match[str], rules: CleaningRules) -> str:
    """ "Hà Nội.Trong khi đó" -> "Hà Nội. Trong khi đó": a scraper dropped the space after a full stop.

    Only a lower-case word then a capitalised one ("TP.HCM", "U.S", "Baoquocte.vn", "file.JPG" and
    "VnExpress.net" stay), never a domain's ending ("Vietnamnet.Vn"), an abbreviation ("St.Petersburg")
    or a listed dotted word.
    """
    before, after = glued.group(1), glued.group(2)
    if len(before) == 2 and before.isascii() and before[0].isupper():
        return glued.group()  # an abbreviation: "St.Petersburg", "Tp.Vinh", "Mr.Smith"
    if before[-1].islower() and after[0].isupper() and after[1].islower() \
            and after.casefold() not in rules.domain_suffixes \
            and f"{before}.{after}".casefold() not in rules.dotted_keep:
        return f"{before}. {after}"
    return glued.group()


def _unglue(line: str, rules: CleaningRules) -> list[str]:
    """Split what a scraper glued together: "teaser...Next headline", "Headline Ngày 5/12, lead"."""
    icon = _ICON_LABEL.match(line)
    if icon is not None and rules.dateline.fullmatch(line, icon.end()) is not None:
        line = line[icon.end():]  # a theme's icon named before its stamp: "author24/01/2024 07:16"
    parts: list[str] = []
    start = 0
    if "..." in line or "…" in line:
        for match in _GLUED_AFTER_ELLIPSIS.finditer(line):
            if line[match.end()].isupper():
                parts.append(line[start:match.end()])
                start = match.end()
    parts.append(line[start:])
    if len(parts) == 1 and line[:1].isdigit():
        parts = _stamp_unglued(line)
    if len(parts) == 1 and rules.glued_alt.search(line) is not None:
        parts = _alt_unglued(line, rules)
    if len(parts) == 1 and len(line) <= MAX_DATELINE_CHARS and _GLUED_DATE.search(line) is not None:
        parts = _stamps_unglued(line, rules)
    if len(parts) == 1 and line[-1:].isdigit():
        parts = _trailing_stamp_unglued(line, rules)
    unglued: list[str] = []
    for part in parts:
        cut = _glued_lead_start(part, rules)
        if cut:
            unglued.extend((part[:cut - 1], part[cut:]))
        else:
            unglued.append(part)
    return unglued


def _stamps_unglued(line: str, rules: CleaningRules) -> list[str]:
    """ "2025-04-22 17:05:12 Đài Phát thanh X2025-04-22 17:05:13" -> the dateline with its source, then
    the edit stamp a scraper glued to the source's last letter; a date glued to a name with no date
    before it stays ("Báo Quốc tếBáo Quốc tế29/11/2025" is one aggregator's line), and so does a date
    that a sentence goes on after."""
    for match in _GLUED_DATE.finditer(line):
        before = line[:match.start()]
        if (_DATE.search(before) or _ISO_DATE.search(before)) and rules.dateline.fullmatch(line, match.start()):
            return [before, line[match.start():]]
    return [line]


def _stamp_unglued(line: str) -> list[str]:
    """ "01/09/2016 18:17Ông Obama đi dự G20" -> the stamp (the story's dateline), then its headline: a
    capitalised word glued to the minute, the rest shaped as a headline (a sentence stays whole)."""
    stamp = _STAMP_GLUED_TO_HEADLINE.match(line)
    if stamp is None:
        return [line]
    at = stamp.end()
    if line[at].isupper() and line[at + 1:at + 2].islower() and is_headline_shaped(line[at:]):
        return [line[:at], line[at:]]
    return [line]


def _in_another_script(text: str) -> bool:
    """Most of the line's letters are of a script that is not Latin (Cyrillic, Lao, Chinese ...): an
    aggregator's menu or share bar, or a language bar, on a Vietnamese page; a name or a word of another
    script quoted in a Vietnamese sentence is never most of it."""
    if _NON_LATIN_LETTER.search(text) is None:
        return False
    return 2 * len(_NON_LATIN_LETTER.findall(text)) > sum(char.isalpha() for char in text)


def _trailing_stamp_unglued(line: str, rules: CleaningRules) -> list[str]:
    """ "<headline> 12/06/2025 17:48" -> the headline, then the page's stamp: a date and a clock time end the
    line, after a headline or a section's name ("Tin tức 2025-01-10 22:16:05": the stamp alone); a sentence,
    a byline or a label that runs on into a date ("Cập nhật: 12/06/2025 17:48") keeps it."""
    stamp = _TRAILING_STAMP.search(line)
    if stamp is None:
        return [line]
    before, after = line[:stamp.start()], line[stamp.start() + 1:]
    if _RUNS_INTO_A_DATE.search(before):
        return [line]
    if is_headline_shaped(before):
        return [before, after]
    if _is_section_label(before, rules):
        return [after]  # the section's name is the site's furniture, as it is in the menu
    return [line]


def _is_section_label(text: str, rules: CleaningRules) -> bool:
    """A section's name over a stamp: listed, or a word or two of letters in sentence case ("Tin tức"; a
    byline's name has a capital on each word: "Thành Duy 12/11/2025 16:05" is signed)."""
    words = text.split()
    return fold_line(text) in rules.section_names or (
        0 < len(words) <= 2 and all(word.isalpha() for word in words)
        and words[0][0].isupper() and all(word.islower() for word in words[1:]))


def _alt_unglued(line: str, rules: CleaningRules) -> list[str]:
    """ "<headline> ảnh 1Phó Chủ tịch nước ..." -> the image's alt text, then its caption: a capitalised
    word glued to the image number opens the caption ("ảnh 3D" is no such join)."""
    for match in rules.glued_alt.finditer(line):
        at = match.end()
        if line[at].isupper() and line[at + 1:at + 2].islower() and is_headline_shaped(line[:at]):
            return [line[:at], line[at:]]
    return [line]


def _glued_lead_start(part: str, rules: CleaningRules) -> int:
    """Where a news lead starts right after a headline on the same line, or 0."""
    teaser = part.endswith(ELLIPSES)  # a teaser's lead may skip the comma: "OSCE Ngày 5/12 Ngoại trưởng ..."
    for lead in rules.glued_lead.finditer(part, 2, MAX_HEADLINE_CHARS + 1):
        at = lead.start()
        if (lead.group("comma") or teaser) and part[at - 1] == " " and part[at - 2].isalnum() \
                and is_headline_shaped(part[:at - 1]):
            return at
    return 0


def classify(text: str, rules: CleaningRules) -> Line:
    """What one cleaned line is, from its shape and the lexicons alone. A list item's bullet a scraper kept before
    a headline, a dateline, a lead or furniture ("• Chiều 5/5, ...", "• anh-1.JPG") is dropped; before other text
    (a menu's items, a list inside the body) it stays."""
    if text.startswith(BULLET):
        item = _classified(text[len(BULLET):].lstrip(), rules)
        if item.kind in (Kind.HEADLINE, Kind.DATELINE, Kind.FURNITURE) \
                or (item.kind is Kind.BODY and rules.lead.match(item.text) is not None):
            return item
    return _classified(text, rules)


def _classified(text: str, rules: CleaningRules) -> Line:
    """What one line is, as classify says, its bullet read as part of it."""
    length = len(text)
    if not length:
        return Line(Kind.FURNITURE, text)
    if length <= rules.longest_listed_line:
        folded = fold_listed(text)
        if folded in rules.related_headings or _QUOTED_POST.match(text):
            return Line(Kind.RELATED_HEADING, text)  # "Tin liên quan"; a forum's "hoangminh88 nói:" opens the replies
        if folded in rules.furniture_lines or _is_button_row(folded, rules):
            return Line(Kind.FURNITURE, text)
    if text[-1] == "]" and (edit := _EDIT_LINK.search(text)) is not None:
        heading = fold_listed(text[:edit.start()])  # a section's heading and its edit link: the notes end the text
        return Line(Kind.RELATED_HEADING if heading in rules.note_headings else Kind.FURNITURE, text)
    if length <= MAX_DATELINE_CHARS:
        if length <= MAX_RELATIVE_TIME_CHARS and rules.relative_time.fullmatch(text) is not None:
            return Line(Kind.DATELINE, text)  # a listed item's time: it dates no article
        if rules.dateline.fullmatch(numbered_months(text)) is not None:
            # Only numbers, marks and dateline words: a dateline, or debris such as share counts.
            published = dateline_value(text)
            return Line(Kind.DATELINE, text, published) if published else Line(Kind.FURNITURE, text)
        signed = _signed_dateline(text, rules) or _dateline_then_source(text, rules) or _dateline_by(text, rules) \
            or _posted_on(text, rules)
        if signed is not None:
            return signed
        if "|" in text:
            parted = _dateline_in_parts(text, rules) or _byline_and_paper(text, rules)
            if parted is not None:
                return parted
        if " - " in text:
            labelled = _labelled_dateline(text, rules)
            if labelled is not None:
                return labelled
    short = length <= MAX_SHORT_LINE_CHARS
    if short and (_matches_any(rules.furniture_patterns, text) or rules.related_link.match(text)
                  or _is_menu(text, rules)):
        return Line(Kind.FURNITURE, text)  # site furniture, a menu, or a related link inside the body: "Xem thêm: ..."
    if short and not text.isascii() and _in_another_script(text):
        return Line(Kind.FURNITURE, text)  # a menu or share bar in another script: "Поделиться", a Lao language bar
    # an image's number closes its alt text ("... - Ảnh 3", "... ảnh 2."): most lines end on a word's full stop
    if (text[-1].isdigit() or (text[-1] == "." and text[-2:-1].isdigit())) \
            and rules.image_alt.search(text, max(0, length - IMAGE_ALT_TAIL_CHARS)):
        return Line(Kind.FURNITURE, text)
    if text[-1].isdigit() and (numbered := _NUMBERED_ALT.search(text, max(0, length - 4))) is not None \
            and is_headline_shaped(text[:numbered.start()]):
        return Line(Kind.FURNITURE, text)  # a gallery's alt text, its photos numbered: "<headline> -1", "-2"
    if length <= CAPTION_TAIL_CHARS and rules.photo_credit.fullmatch(text) is not None:
        return Line(Kind.FURNITURE, text)  # "AFP photo": the credit of the caption above (credited_captions)
    if text.isascii() and _is_unaccented_alt(text, rules):
        return Line(Kind.FURNITURE, text)
    if text[0].islower() and _is_slugged_link(text):
        return Line(Kind.FURNITURE, text)
    if _glued_links(text):
        return Line(Kind.FURNITURE, text)  # a box's headlines glued into one line: "...toàn diệnXuất khẩu ...Học bổng"
    doubled = undouble(text)
    if doubled is not None:
        return Line(Kind.DOUBLED, doubled)
    if length <= MAX_SOURCED_BYLINE_CHARS:
        source = rules.source_line.match(text)
        if source is not None and _is_short_source(source.group("credit").split(":", 1)[1]):
            return Line(Kind.CREDIT, source.group("credit"))  # "Nguồn: TASS": the story's source, no photo's
        author = photo_credited_byline(text, rules)
        if author is not None:
            return Line(Kind.BYLINE, author)
    if is_caption(text, rules):
        if _is_marker_alone(text, rules):
            return Line(Kind.FURNITURE, text)  # "HÌNH", "Ảnh:" alone: a label over its caption, a menu's word
        return Line(Kind.CAPTION, text)
    if short:
        credit = rules.credit.match(text)
        if credit is not None and _is_credit(credit.group("credit")):
            credited = _byline_and_paper(credit.group("credit"), rules, mark="/") if "/" in text else None
            return credited or Line(Kind.CREDIT, credit.group("credit"))
        agency = agency_credit(text) if length <= MAX_SOURCED_BYLINE_CHARS and (text[0] == "(" or text[0].isupper()) \
            else None
        if agency is not None:
            return Line(Kind.CREDIT, agency)
        if text[0] == "(" and text[-1] == ")" and _is_initialled_desk(text[1:-1], rules):
            return Line(Kind.CREDIT, text[1:-1])  # "(T.L., Sở Ngoại vụ TP Đà Nẵng)": who wrote it, for which desk
        if _is_posting_account(text, rules):
            return Line(Kind.FURNITURE, text)  # a blog's account and the time it posted
        if is_byline(text) or is_staff_byline(text, rules):
            return Line(Kind.CREDIT if is_outlet(text, rules) else Kind.BYLINE, text)
        newsroom = labelled_newsroom(text, rules) if length <= MAX_SOURCED_BYLINE_CHARS else None
        if newsroom is not None:
            return Line(Kind.CREDIT, newsroom)  # "Bài và ảnh: TTXVN": an agency signs, no person
        if length <= MAX_SOURCED_BYLINE_CHARS and (_BYLINE_MARKS.search(text) is not None
                                                   or rules.byline_label.match(text) is not None):
            byline = _byline_with_source(text, rules)  # a mark, or a label: "TS NGUYỄN THỊ THU HÀ"
            if byline is not None:
                return byline
    if is_headline_shaped(text):
        return Line(Kind.HEADLINE, text)
    if text.endswith(ELLIPSES):
        return Line(Kind.TEASER, text)
    return Line(Kind.BODY, text)


def _is_button_row(folded: str, rules: CleaningRules) -> bool:
    """A share bar's buttons on one line, each a listed furniture line ("Facebook Twitter Email", "Facebook
    Twitter Email In bài"): two buttons or more and nothing else, the longest button read first. Marks between
    them are no words ("Thích · Bình luận · Chia sẻ"), nor is the colon after the bar's label ("Chia sẻ: Facebook
    Zalo Twitter"), and the comment button among them is one though alone on its line it heads the comments
    ("Bình luận"), if the others are buttons."""
    words = [word for word in folded.replace(":", " ").split() if word.strip(BUTTON_MARKS)]
    at = buttons = headings = single = 0
    while at < len(words):
        for width in range(min(MAX_BUTTON_WORDS, len(words) - at), 0, -1):
            span = " ".join(words[at:at + width])
            if span in rules.furniture_lines or span in rules.related_headings:
                at, buttons, headings = at + width, buttons + 1, headings + (span not in rules.furniture_lines)
                single += width == 1
                break
        else:
            return False
    if buttons == MIN_BUTTONS - 1 and not headings and not single:
        return True  # two buttons of a phrase each, no heading: "Chia sẻ In bài"
    return buttons >= MIN_BUTTONS and buttons - headings >= MIN_BUTTONS - 1


def _is_menu(text: str, rules: CleaningRules) -> bool:
    """A site's menu on one line: its home link, then its sections, each opening on a capital, no closing mark
    ("Trang chủ Giới thiệu Tin tức - Sự kiện Văn bản"); a sentence about a home page goes on in lower case."""
    head = rules.menu_head.match(text)
    return head is not None and text[head.end()].isupper() and not text.endswith(SENTENCE_ENDS) \
        and len(text[head.end():].split(maxsplit=MIN_MENU_WORDS)) >= MIN_MENU_WORDS


def credited_captions(lines: list[Line], rules: CleaningRules) -> list[Line]:
    """The lines with a short sentence right above a photo's credit alone ("AFP photo", "ẢNH: TTXVN")
    read as that photo's caption: a site that prints the credit on a line of its own leaves the
    caption without a marker; never above a story's source ("(Nguồn: Báo Thanh Niên)" under a title).
    A sentence above a labelled credit ("Ảnh: TTXVN") is as often the paragraph over an uncaptioned
    photo, so only a line without a closing mark is its caption; above "AFP photo" a sentence is too.
    A labelled credit right under the article's dateline or byline ("Photo : YONHAP News") captions nothing
    and is furniture, as "AFP photo" is. A photo's title, the line above printed again with the site's name
    after a dash ("Tổng thống Nga Vladimir Putin", then "... Vladimir Putin - Sputnik Việt Nam"), is furniture
    and the line above is the caption.
    """
    for at in range(1, len(lines)):
        above, credit = lines[at - 1], lines[at].text
        if above.kind in (Kind.BODY, Kind.HEADLINE) and _is_photo_title(credit, above.text):
            lines[at - 1], lines[at] = Line(Kind.CAPTION, above.text), Line(Kind.FURNITURE, credit)
            continue
        if above.kind in (Kind.DATELINE, Kind.BYLINE) and lines[at].kind is Kind.CAPTION \
                and len(credit) <= CAPTION_TAIL_CHARS and _is_photo_credit(credit, rules):
            lines[at] = Line(Kind.FURNITURE, credit)
            continue
        if above.kind not in (Kind.BODY, Kind.HEADLINE) or len(above.text) > MAX_HINTED_CAPTION_CHARS \
                or len(credit) > CAPTION_TAIL_CHARS or has_sentence_break(above.text) \
                or rules.lead.match(above.text) is not None:
            continue
        if rules.photo_credit.fullmatch(credit) is not None or (
                not above.text.endswith(SENTENCE_ENDS) and _is_photo_credit(credit, rules)):
            lines[at - 1] = Line(Kind.CAPTION, above.text)
    return lines


def _is_photo_credit(text: str, rules: CleaningRules) -> bool:
    """A credit alone that names a photo's source ("Ảnh: TTXVN", "- ẢNH: X"), its marks around it aside."""
    return caption_credit_only(text, rules) and rules.photo_word.match(text.strip(" -–—|([")) is not None


def _is_photo_title(text: str, caption: str) -> bool:
    """Whether `text` is `caption` then a dash and a short name in capitals, the site's: "<caption> - Sputnik",
    also with the photo's width and date after it: "<caption> - Sputnik Việt Nam, 1920, 18.06.2025"."""
    name = _LABEL_DATE.sub("", text[len(caption):]) if text.startswith(caption) else ""
    if not name.startswith(" - "):
        return False
    words = name[3:].split()
    return 0 < len(words) <= MAX_AGENCY_WORDS + 1 and all(word[:1].isupper() for word in words) \
        and not name.endswith(SENTENCE_ENDS)


def captions_over_leads(lines: list[Line], rules: CleaningRules) -> list[Line]:
    """The lines with a short sentence between an article's head (its headline, dateline or byline) and
    its lead ("Ngày 17/10, ...") read as the caption of the photo printed over the lead, as some sites do
    without a marker: a sapo that sums up a story runs longer than a caption naming who is in a photo."""
    for at in range(1, len(lines) - 1):
        line = lines[at]
        if line.kind is not Kind.BODY or not line.text.endswith(".") \
                or len(line.text.split(maxsplit=MAX_TOP_CAPTION_WORDS)) > MAX_TOP_CAPTION_WORDS \
                or has_sentence_break(line.text) or rules.lead.match(line.text) is not None:
            continue
        above = _next_line(lines, at - 1, -1)
        below = _next_line(lines, at + 1, 1)
        if above is not None and above.kind in (Kind.HEADLINE, Kind.DOUBLED, Kind.DATELINE, Kind.BYLINE) \
                and below is not None and below.kind is Kind.BODY and rules.lead.match(below.text) is not None:
            lines[at] = Line(Kind.CAPTION, line.text)
    return lines


def wrapped_capital_headlines(lines: list[Line]) -> list[Line]:
    """The lines with a headline in capitals that a page wrapped over two lines joined again ("... CẤP
    NHÀ NƯỚC", then "TỚI TRUNG QUỐC CỦA ...!"): the first half closes with no mark and prose follows the
    second (past its dateline or byline); a kicker over a headline closes with its colon, and a menu in
    capitals is no headline."""
    joined: list[Line] = []
    for at, line in enumerate(lines):
        above = joined[-1] if joined else None
        below = _next_line(lines, at + 1, 1, over=(Kind.FURNITURE, Kind.DATELINE, Kind.BYLINE))
        if above is not None and line.kind is Kind.HEADLINE and above.kind is Kind.HEADLINE \
                and line.text.isupper() and above.text.isupper() and above.text[-1].isalnum() \
                and below is not None and below.kind is Kind.BODY \
                and len(above.text) + len(line.text) < MAX_HEADLINE_CHARS:
            joined[-1] = Line(Kind.HEADLINE, f"{above.text} {line.text}")
        else:
            joined.append(line)
    return joined


def kickers_joined(lines: list[Line], rules: CleaningRules) -> list[Line]:
    """The lines with a kicker printed on a line of its own joined to the headline under it ("Bãi Scarborough:",
    then "Philippines tố ..." -> "Bãi Scarborough: Philippines tố ..."): a few words, mostly capitalised (a
    place, a topic, two parties "Nga - Ukraine"), closing on a colon, over a headline that opens an article
    (a dateline, a byline or a news lead under it). A sentence announcing a quote ("Ông Sơn nhấn mạnh:") is
    no kicker."""
    joined: list[Line] = []
    for at, line in enumerate(lines):
        kicker = joined[-1] if joined else None
        if kicker is not None and line.kind is Kind.HEADLINE and kicker.kind is Kind.BODY and _is_kicker(kicker.text) \
                and len(kicker.text) + len(line.text) < MAX_HEADLINE_CHARS:
            below = _next_line(lines, at + 1, 1, over=(Kind.FURNITURE, Kind.CAPTION))
            if below is not None and (below.kind in (Kind.DATELINE, Kind.BYLINE)
                                      or (below.kind is Kind.BODY and rules.lead.match(below.text) is not None)):
                joined[-1] = Line(Kind.HEADLINE, f"{kicker.text} {line.text}")
                continue
        joined.append(line)
    return joined


def _is_kicker(text: str) -> bool:
    """A headline's kicker: at most a few words, mostly capitalised, closing on a colon, no sentence in it."""
    words = text[:-1].split()
    return text.endswith(":") and 0 < len(words) <= MAX_KICKER_WORDS and text[0].isupper() \
        and 2 * sum(word[0].isupper() for word in words) > len(words) and not has_sentence_break(text)


def next_position(lines: list[Line], start: int, step: int = 1,
                  over: tuple[Kind, ...] = (Kind.FURNITURE,)) -> int | None:
    """Where the first line from `start` on, going by `step`, is that is not of the kinds passed `over`."""
    for position in range(start, -1 if step < 0 else len(lines), step):
        if lines[position].kind not in over:
            return position
    return None


def _next_line(lines: list[Line], start: int, step: int, over: tuple[Kind, ...] = (Kind.FURNITURE,)) -> Line | None:
    """The line at next_position, or None."""
    position = next_position(lines, start, step, over)
    return lines[position] if position is not None else None


def _matches_any(patterns: tuple[re.Pattern[str], ...], text: str) -> bool:
    """Whether one of the patterns matches at the start of the line (a loop: cheaper than any())."""
    for pattern in patterns:
        if pattern.match(text):
            return True
    return False


def _is_unaccented_alt(text: str, rules: CleaningRules) -> bool:
    """Alt text a scraper kept without its diacritics: "chu tich nuoc tiep dai su hinh anh 2".

    An image number closes it, or it is a run of words without a mark, in lower case or mostly
    Vietnamese syllables stripped of their diacritics, which no Vietnamese sentence is (every
    sentence has accented words).
    """
    words = text.split()
    if len(words) < MIN_ALT_WORDS:
        return False
    if rules.unaccented_alt.search(text, max(0, len(text) - IMAGE_ALT_TAIL_CHARS)):
        return True
    if len(words) < MIN_BARE_ALT_WORDS or not all(w.isalnum() for w in words):
        return False
    if text.islower():
        return True
    # Capitals kept too ("Ukraine va Moldova ky tuyen bo ..."): Vietnamese syllables, only without their
    # marks, where an English line ("He said the talks would go on") reads as few of them.
    return not text.isupper() and sum(is_folded_syllable(w.lower()) for w in words) >= MIN_FOLDED_SHARE * len(words)


def _is_slugged_link(text: str) -> bool:
    """A related link printed after the unaccented words of a page's address: "nguoi phat ngon bo ngoai
    giao len tieng Việt Nam tham dự ...". No Vietnamese sentence opens with five words without a mark."""
    slug = _SLUG_PREFIX.match(text)
    return slug is not None and text[slug.end()].isupper()


def _dateline_by(text: str, rules: CleaningRules) -> Line | None:
    """ "Posted on 24/06/2025 by admin": a dateline, then who posted it (the author when it reads as a name)."""
    match = _DATELINE_BY.fullmatch(text)
    if match is None or rules.dateline.fullmatch(numbered_months(match["stamp"])) is None:
        return None
    published = dateline_value(match["stamp"])
    name = match["name"].strip()
    return Line(Kind.DATELINE, text, published, author=name if is_byline(name) else None) if published else None


def _posted_on(text: str, rules: CleaningRules) -> Line | None:
    """ "Posted by Minh Tâm on June 4, 2025 at 20:15", "Đăng bởi X vào ngày 04/06/2025": who posted, then when;
    the poster is the author when the name reads as a person's (no account "RFA", "Unknown", no blog's name)."""
    labelled = rules.byline_label.match(text)
    posted = _POSTED_ON.fullmatch(text, labelled.end()) if labelled is not None else None
    if posted is None or rules.dateline.fullmatch(numbered_months(posted["stamp"])) is None:
        return None
    published = dateline_value(posted["stamp"])
    name = posted["name"].strip()
    author = name if is_byline(name) and not names_no_author(name, rules) else None
    return Line(Kind.DATELINE, text, published, author=author) if published else None


def _glued_links(text: str) -> bool:
    """Whether the line is headlines a scraper glued end to end ("... toàn diệnXuất khẩu ... tăng mạnhHọc bổng
    ..."): three pieces or more, each headline-shaped, joined where a word in lower case runs into a capital."""
    cuts = [m.start() for m in _GLUED_WORDS.finditer(text) if _ends_lower_word(text, m.start())]
    if len(cuts) < MIN_GLUED_LINKS - 1:
        return False
    pieces = [text[a:b] for a, b in zip([0, *cuts], [*cuts, len(text)], strict=True)]
    return sum(is_headline_shaped(piece) for piece in pieces) >= MIN_GLUED_LINKS


def _ends_lower_word(text: str, at: int) -> bool:
    """Whether a word in lower case of two letters or more ends at `at`: "diệnXuất", never "VnExpress", "iPhone"."""
    word = text[text.rfind(" ", 0, at) + 1:at]
    return len(word) >= 2 and word.islower()


def release_headers(lines: list[Line], rules: CleaningRules) -> list[Line]:
    """The lines with a press release's notice ("Phát hành ngay", "For Immediate Release") and the office right
    above it that issues the release, under its department ("BỘ NGOẠI GIAO HOA KỲ", "Văn phòng người phát ngôn";
    "The White House", "Office of the Press Secretary"), and the release's kind in capitals under it ("NỘI DUNG
    TRAO ĐỔI"), read as furniture: the release's header, which a lead quoting the office ("Người phát ngôn X cung
    cấp ...") would otherwise name the headline. The page's first headline is its title, never an issuer, even
    right over the notice."""
    first = next((at for at, line in enumerate(lines) if line.kind is Kind.HEADLINE), -1)
    for at, line in enumerate(lines):
        if len(line.text) > rules.longest_listed_line or fold_listed(line.text) not in rules.release_notices:
            continue
        lines[at] = Line(Kind.FURNITURE, line.text)
        above = at
        for _ in range(MAX_ISSUER_LINES):
            issuer = next_position(lines, above - 1, -1)
            if issuer is None or issuer == first or lines[issuer].kind not in (Kind.HEADLINE, Kind.BODY, Kind.BYLINE) \
                    or len(lines[issuer].text.split(maxsplit=MAX_DESK_WORDS)) > MAX_DESK_WORDS \
                    or lines[issuer].text.endswith(SENTENCE_ENDS):
                break
            lines[issuer] = Line(Kind.FURNITURE, lines[issuer].text)
            above = issuer
        below = next_position(lines, at + 1)
        if below is not None and lines[below].kind in (Kind.HEADLINE, Kind.BODY, Kind.BYLINE) \
                and lines[below].text.isupper() \
                and len(lines[below].text.split(maxsplit=MAX_DESK_WORDS)) <= MAX_DESK_WORDS:
            lines[below] = Line(Kind.FURNITURE, lines[below].text)  # the release's kind: "NỘI DUNG TRAO ĐỔI"
    return lines


def skipped_boxes(lines: list[Line]) -> list[Line]:
    """The lines with a box the page lets a reader skip read as furniture: from "Skip <name> and continue
    reading" to "End of <name>" (a list of most-read headlines set inside the body); without its end, the link."""
    for at, line in enumerate(lines):
        start = _BOX_START.match(line.text)
        if start is None:
            continue
        for end in range(at + 1, min(len(lines), at + 1 + MAX_SKIPPED_BOX_LINES)):
            closing = _BOX_END.match(lines[end].text)
            if closing is not None and fold_line(closing["name"]).strip(" .") == fold_line(start["name"]).strip(" ."):
                lines[at:end + 1] = [Line(Kind.FURNITURE, box.text) for box in lines[at:end + 1]]
                break
        else:
            lines[at] = Line(Kind.FURNITURE, line.text)  # the link alone: its box is not told apart
    return lines


def series_lists(lines: list[Line], rules: CleaningRules) -> list[Line]:
    """The lines listing a series' parts read as furniture: two or more in a row, numbered upwards ("Phần 1:
    ...", "Phần 2: ..."), are links to the series' other pages; a part's heading alone stays the article's."""
    at = 0
    while at < len(lines):
        end, number = at, 0
        while end < len(lines) and (part := rules.series_part.match(lines[end].text)) is not None \
                and int(part["number"]) > number:
            end, number = end + 1, int(part["number"])
        if end - at >= 2:
            lines[at:end] = [Line(Kind.FURNITURE, listed.text) for listed in lines[at:end]]
        at = max(end, at + 1)
    return lines


def repeated_captions(lines: list[Line]) -> list[Line]:
    """The lines with a caption printed again right under itself (the photo's alt text, then its caption, as
    some sites print it two or three times) read as furniture after its first time: one photo, one caption."""
    shown: Line | None = None
    for at, line in enumerate(lines):
        if line.kind is Kind.CAPTION and shown is not None and fold_line(line.text) == fold_line(shown.text):
            lines[at] = Line(Kind.FURNITURE, line.text)
        elif line.kind is not Kind.FURNITURE:
            shown = line
    return lines


def labelled_captions(lines: list[Line], rules: CleaningRules) -> list[Line]:
    """The lines with the line under a caption's label alone ("Chụp lại hình ảnh,", BBC's; a marker alone, "HÌNH",
    its colon on a line of its own) read as the caption,
    and a caption a scraper broke before its end ("... ở Moscow", then "hôm 15/5/2024. AFP photo") one caption;
    so is a headline-shaped line that a line in lower case closes like a sentence ("Chủ tịch tỉnh tặng Đại sứ",
    then "bức tranh Hồ Gươm."): on a page that is not hard-wrapped only a photo's cell breaks a sentence (a page
    with more lines going on in lower case is wrapped, though too unevenly to be mended)."""
    cut = sum(not above.text.endswith(SENTENCE_ENDS) and line.text[:1].islower()
              for above, line in pairwise(lines))
    mended: list[Line] = []
    for at, line in enumerate(lines):
        above = mended[-1] if mended else None
        if above is not None and above.kind in (Kind.CAPTION, Kind.HEADLINE) and line.kind is Kind.BODY \
                and line.text[0].islower() and not above.text.endswith(SENTENCE_ENDS) \
                and (above.kind is Kind.CAPTION or (line.text.endswith(SENTENCE_ENDS) and cut <= MAX_CELL_BREAKS)) \
                and len(above.text) + len(line.text) < MAX_HINTED_CAPTION_CHARS:
            mended[-1] = Line(Kind.CAPTION, f"{above.text} {line.text}")
            continue
        label = lines[at - 2] if at >= 2 and not any(ch.isalpha() for ch in lines[at - 1].text) else lines[at - 1]
        if at and line.kind in (Kind.BODY, Kind.HEADLINE) and (
                (lines[at - 1].text.endswith(",") and rules.caption_start.match(f"{lines[at - 1].text} ") is not None)
                or (label.kind is Kind.FURNITURE and _is_marker_alone(label.text, rules)
                    and len(line.text.split(maxsplit=MIN_CELL_CAPTION_WORDS)) > MIN_CELL_CAPTION_WORDS)):
            line = Line(Kind.CAPTION, line.text)
        mended.append(line)
    return mended


def _signed_dateline(text: str, rules: CleaningRules) -> Line | None:
    """ "KHÁNH AN 09/11/2024 18:20 GMT+7", "Minh Đức-Chủ nhật, ngày 09/02/2025 07:45": a byline, then a dateline.

    The dateline starts at a number or a weekday or dateline word; each such start is tried
    in turn, since a name may hold one ("Nhan Sáng 14:05 20/10/2024").
    """
    post = _SIGNED_POST.match(text)
    if post is not None and rules.dateline.fullmatch(text, post.end()) is not None:
        published = dateline_value(text[post.end():])  # a forum post's signature: the user, then when
        return Line(Kind.DATELINE, text, published, author=post.group("handle")) if published else None
    first_digit = _DIGIT.search(text)
    first = first_digit.start() if first_digit is not None else 0
    if not first or (_DATE.search(text, first) or _WORDED_DATE.search(text, first)
                     or _ISO_DATE.search(text, first)) is None:
        return None  # no date to publish: no need to look for where the dateline starts
    for start in rules.dateline_start.finditer(text, 1, first + 1):
        at = start.start()  # at the latest the first number: the name holds none
        name = text[:at].rstrip(" -–—|·•/")
        rest = text[at:]
        if not name or rules.dateline.fullmatch(rest) is None:
            continue
        byline = _byline(name, rules, signed=True)
        source: str | None = None
        if byline is not None and (names_no_author(name, rules) or rules.site_head.match(name) is not None):
            byline, source = None, name  # an aggregator's paper and its time: "Tiền Phong 18:20 15/08/2024"
        elif byline is None:
            source = undouble(name)  # an aggregator's source printed twice: "Báo Quốc tếBáo Quốc tế29/11/2025"
            if source is None and text[at - 1].isspace() and _is_masthead_name(name):
                source = name  # an aggregator's source by its masthead: "Vietnam+ 27/07/2024 10:42"
            elif source is None and _is_section_desk(name, rules):
                source = name  # a newsroom's desk: "Ban Thời sự-Thứ hai, ngày 23/05/2016 09:17"
        if byline is None and source is None and fold_line(name) not in rules.section_names:
            continue  # a section's label signs nothing but may open the dateline: "Chính trị2025-10-30"
        published = dateline_value(rest)
        if not published:
            return None
        return Line(Kind.DATELINE, text, published, credit=source, author=byline.text if byline else None)
    return None


def _dateline_then_source(text: str, rules: CleaningRules) -> Line | None:
    """ "2025-04-22 17:05:12 Đài Phát thanh Quốc tế X": the date, then the broadcaster or paper it is
    from (a site's head word, a listed outlet, or an acronym alone: "... (GMT+08:00) CMG") -> the dateline, its
    source the credit."""
    if not text[:1].isdigit():
        return None
    stamp = rules.dateline.match(text)
    source = _without_furniture_tail(text[stamp.end():].strip(), rules) if stamp is not None else ""
    labelled = rules.source_line.match(source) if source else None
    named = labelled is not None and labelled.end() == len(source) and _is_short_source(source.split(":", 1)[1])
    if named:
        source = source.split(":", 1)[1].strip()  # "Nguồn: CRI Online", its editor's credit after it cut
    if not source or not (named or rules.site_head.match(source) is not None or is_outlet(source, rules)
                          or _SOURCE_ACRONYM.fullmatch(source) is not None) \
            or _DIGIT.search(source) is not None or len(source.split()) > MAX_DESK_WORDS:
        return None
    published = dateline_value(text[:stamp.end()]) if stamp is not None else None
    return Line(Kind.DATELINE, text, published, credit=source) if published else None


def _without_furniture_tail(text: str, rules: CleaningRules) -> str:
    """The text without the furniture a label opens at its end: "Nguồn: CRI Online Biên tập: Thu Hà" -> "Nguồn: CRI
    Online" (an editor's credit is furniture); the text whole when no label there opens furniture."""
    for label in _LABEL_IN_LINE.finditer(text):
        if _matches_any(rules.furniture_patterns, text[label.end():]):
            return text[:label.start()].rstrip(f" {BUTTON_MARKS}-–—")  # "Nguồn: X | Biên tập: Y": the bar too
    return text


def _labelled_dateline(text: str, rules: CleaningRules) -> Line | None:
    """ "Đối ngoại - Ngày đăng : 20:15, 26/11/2025": a section's label, a dash, then the dateline; the site's address
    is such a label, digits and all ("VOV4.VN - Thứ Hai, 14/04/2025 - 10:35")."""
    label, dash, rest = text.partition(" - ")
    if not dash or (_DIGIT.search(label) is not None and not _is_site_address(label, rules)) \
            or len(label.split()) > MAX_LABEL_WORDS:
        return None
    published = dateline_value(rest) if rules.dateline.fullmatch(numbered_months(rest)) else None
    return Line(Kind.DATELINE, text, published) if published else None


def _is_site_address(text: str, rules: CleaningRules) -> bool:
    """A site's address alone: one word closing on a listed domain's ending ("VOV4.VN", "Baoquocte.vn")."""
    name, dot, suffix = text.rpartition(".")
    return bool(dot and name) and " " not in text and suffix.casefold() in rules.domain_suffixes


def _dateline_in_parts(text: str, rules: CleaningRules) -> Line | None:
    """ "22-10-2025 - 07:15 AM | Quốc tế", "Minh Khôi, Theo Dân Trí | 16:42 23/08/2025", "Đăng lúc: 03/07/2025
    | Chuyên mục: Quốc tế | Lượt xem: 1.286": a dateline beside its section's label, its byline or its
    counters, set apart by "|"."""
    parts = [part.strip(" -–—") for part in text.split("|")]
    dated = [part for part in parts
             if part and rules.dateline.fullmatch(numbered_months(part)) and dateline_value(part)]
    if len(dated) != 1:
        return None
    author = None
    for part in parts:
        if not part or part is dated[0]:
            continue
        byline = _byline(part, rules)
        if byline is not None and author is None:
            author = byline.text
        elif rules.byline_label.match(part) is not None and _DIGIT.search(part) is None:
            continue  # posted by a desk, no person: "Đăng bởi Ban Biên tập | 21 Tháng 4, 2025"
        elif rules.dateline.fullmatch(part) is not None:
            continue  # the dateline's counters: "Lượt xem: 1.286"
        elif _DIGIT.search(part) is not None or len(part.split()) > MAX_LABEL_WORDS:
            return None  # more than a section's label: not a dateline line
    return Line(Kind.DATELINE, text, dateline_value(dated[0]), author=author)


def _byline_and_paper(text: str, rules: CleaningRules, mark: str = "|") -> Line | None:
    """ "Theo Ngọc Minh | Thanh Niên", "Theo Hải Minh /VGP": the author a story was taken from, then the paper
    or agency that printed it (`mark` between); a paper's name that reads like a person's is no author."""
    first, _, paper = (part.strip() for part in text.partition(mark))
    credit = rules.credit.match(first)
    if credit is None or not paper[:1].isupper() or mark in paper or not _is_agency(paper):
        return None
    name = credit.group("credit").split(None, 1)[-1].lstrip(": ")
    return Line(Kind.BYLINE, name, credit=paper) if is_byline(name) and not is_outlet(name, rules) else None


def numbered_months(text: str) -> str:
    """A dateline with its month as a number and its year apart from the time: "18 Tháng Mười Một
    20259:42 SA" -> "18 tháng 11 2025 9:42 SA", "July 13, 2023" -> "tháng 7 13, 2023", so the dateline
    words and dates read it."""
    if "háng" in text or "HÁNG" in text:
        text = _MONTH_IN_WORDS.sub(lambda m: f"{m.group(1)} {month_number(m.group(2))}", text)
    elif _DIGIT.search(text) is not None:
        text = _ENGLISH_MONTH.sub(lambda m: f"tháng {english_month_number(m.group(1))}", text)
    # searched first: sub() with a template calls into Python even where nothing matches
    return _YEAR_GLUED_TO_TIME.sub(r"\1 ", text) if _YEAR_GLUED_TO_TIME.search(text) else text


def dateline_value(text: str) -> str | None:
    """The ISO date(time) a dateline gives ("06:17 - Thứ Bảy, 24/02/2024" -> "2024-02-24T06:17")."""
    text = numbered_months(text)
    date = _DATE.search(text) or _WORDED_DATE.search(text)
    if date is not None:
        day, month, year = (int(g) for g in date.groups())
    elif (date := _ISO_DATE.search(text)) is not None:
        year, month, day = int(date.group(1)), int(date.group(3)), int(date.group(4))
    else:
        date = _MONTH_FIRST_DATE.search(text)
        if date is None:
            return None
        month, day, year = (int(g) for g in date.groups())
    time = _TIME.search(text)
    hour, minute = (int(time.group(1)), int(time.group(2))) if time is not None else (0, 0)
    if time is not None and hour < 12 and _AFTERNOON.match(text, time.end()) is not None:
        hour += 12
    try:
        datetime(year, month, day, hour, minute)
    except ValueError:
        return None
    iso = f"{year:04d}-{month:02d}-{day:02d}"
    return f"{iso}T{hour:02d}:{minute:02d}" if time is not None else iso


def tagged_lead_date(text: str, rules: CleaningRules) -> tuple[str, str] | None:
    """The agency and the date a lead's tag gives: "(TTXVN - 18/04/2024) - Ngày 16/4, ..." -> ("TTXVN",
    "2024-04-18"), as a listing prints each story's lead; a tag without a whole date gives none."""
    tag = _DATED_TAG.match(text) if text[:1] == "(" else None
    if tag is None or rules.dateline.fullmatch(tag.group("date")) is None:
        return None
    published = dateline_value(tag.group("date"))
    return (tag.group("agency"), published) if published is not None else None


def lead_day_gap(lead: str, stamp: str, rules: CleaningRules) -> int | None:
    """How many days before an ISO stamp the day a lead opens on ("Chiều 14/5, ...") falls, that day read in
    the stamp's year or, when it would come after the stamp, the year before ("Ngày 30/12" under a stamp of
    2/1), or in its own year if the lead gives the stamp's or the one before; None when the lead opens on no
    day, or on a day of history ("Ngày 2/9/1945, ..." in a story of an anniversary)."""
    opening = rules.glued_lead.match(lead)
    day_month = _DAY_MONTH.search(opening.group()) if opening is not None else None
    if day_month is None:
        return None
    try:
        published = date.fromisoformat(stamp[:10])
        year = int(day_month.group(3)) if day_month.group(3) else published.year
        if year not in (published.year, published.year - 1):
            return None
        told = date(year, int(day_month.group(2)), int(day_month.group(1)))
        if told > published and not day_month.group(3):
            told = date(published.year - 1, told.month, told.day)
    except ValueError:
        return None
    return (published - told).days


def lead_day_precedes(lead: str, stamp: str, rules: CleaningRules) -> bool:
    """Whether the day a lead opens on ("Chiều 14/5, ...") is the day of an ISO stamp or at most
    `LEAD_STAMP_DAYS` before it: the stamp is when that story was published; a day after it (a lead that
    gives the stamp's year, "Ngày 15/12/2025" under a stamp of 5/11/2025) is not."""
    gap = lead_day_gap(lead, stamp, rules)
    return gap is not None and 0 <= gap <= LEAD_STAMP_DAYS


def is_dated_label(text: str) -> bool:
    """Whether a line closes on a full date after a comma: a photo's label, its credit and date ("... - Sputnik,
    1920, 06.03.2024"); a headline that names its day says so ("... ngày 8/5/2025")."""
    return _COMMA_DATE_AT_END.search(text) is not None


def undouble(text: str) -> str | None:
    """The headline of a line that prints it twice ("AbcAbc" or "Abc Abc"), else None."""
    n = len(text)
    half = n // 2
    if n % 2 == 0 and text[:half] == text[half:]:
        once = text[:half]
    elif n % 2 == 1 and text[half] == " " and text[:half] == text[half + 1:]:
        once = text[:half]
    else:
        return None
    return once.strip() if len(once.split()) >= 2 else None


def is_caption(text: str, rules: CleaningRules) -> bool:
    """A photo caption: it opens with a caption marker, ends with "<marker>: <short source>", is a short
    line placing people in a photo ("(phải)") or showing its scene ("chụp ảnh lưu niệm", not told with "đã"), or a
    sentence closed by its table cell's border (" |"), or set between its borders ("| ... |")."""
    if rules.caption_start.match(text):
        return True
    mark = text.rfind("©")
    if mark > 0 and text[mark - 1] == " " and _is_short_source(text[mark + 1:]):
        return True  # "... tại Hà Nội, ngày 13/11/2025. © AFP": the photo's copyright closes it
    hint = rules.caption_hint.search(text) if len(text) <= MAX_HINTED_CAPTION_CHARS else None
    if hint is not None and (not hint.group()[0].isalpha() or rules.narration.search(text) is None):
        return True  # "(phải)"; a scene only when shown, not told: "Các đại biểu chụp ảnh lưu niệm."
    if text.endswith(" |") and text.count("|") == 1 + text.startswith("| ") \
            and len(text) <= MAX_HINTED_CAPTION_CHARS and len(text.split()) > MIN_CELL_CAPTION_WORDS:
        return True  # a photo table's cell, its border kept: "Thủ tướng phát biểu tại hội nghị. |", "| ... |"
    if ":" not in text:
        return False
    markers = [m for m in rules.caption_marker.finditer(text, max(0, len(text) - CAPTION_TAIL_CHARS))
               if _opens_marker(text, m.start())]
    return bool(markers) and _is_short_source(text[markers[-1].end():])


def caption_credit_only(text: str, rules: CleaningRules) -> bool:
    """Whether `text` is nothing but a caption credit ("(Nguồn: Reuters)", "- Ảnh: AFP")."""
    stripped = text.strip(" -–—|([")
    match = rules.caption_marker.match(stripped)
    return match is not None and _is_short_source(stripped[match.end():])


def _is_marker_alone(text: str, rules: CleaningRules) -> bool:
    """A caption's marker of one word with no caption, its colon at most: "HÌNH", "Ảnh :" ("Ảnh minh họa" alone
    still says what the photo is: a caption)."""
    return len(text.split()) <= 2 and _MARKER_ALONE_MARKS.sub("", rules.caption_marker.sub("", f"{text}:")) == "" \
        and " " not in text.strip(" :.")


def _opens_marker(text: str, at: int) -> bool:
    """A marker counts at the start of the line or after a space, bracket or punctuation."""
    return at == 0 or text[at - 1] in MARKER_OPENERS


def _is_short_source(tail: str) -> bool:
    """ "Kyodo/TTXVN", "Getty Images/TTXVN", "Reuters)": a source name, not a sentence."""
    if any(mark in tail for mark in ("...", "…", "!", "?", ":")):
        return False
    source = tail.strip().rstrip(".").rstrip(")]").strip()
    return (
        0 < len(source) <= 60
        and len(source.split()) <= 8
        and not has_sentence_break(source)
    )


def _is_credit(credit: str) -> bool:
    """ "Theo HNM", "theo Reuters, AP": a few words naming a source, at least one capitalised."""
    words = credit.split()[1:]
    return (
        0 < len(words) <= 8
        and any(w[0].isupper() for w in words)
        and not has_sentence_break(credit)
        and not credit.endswith((",", ";", ":"))
    )


def is_byline(text: str) -> bool:
    """An author's name on its own line: two to four capitalised words ("Việt Hà", "MINH ANH")."""
    if len(text) > MAX_BYLINE_CHARS:
        return False
    words = text.split()
    return (
        2 <= len(words) <= 4
        and all(_NAME_WORD.fullmatch(w) is not None for w in words)
        and (all(w[0].isupper() and w[1:].islower() for w in words) or all(w.isupper() for w in words))
    )


def is_outlet(text: str, rules: CleaningRules) -> bool:
    """A paper's name that reads like a person's ("Người Lao Động", `news_outlets`): a credit, no author."""
    return fold_line(text) in rules.news_outlets


def names_no_author(text: str, rules: CleaningRules) -> bool:
    """Whether a name that reads like a person's is a paper's, a blog's or a section's: a press word opens or
    closes it ("Tin Chọn Lọc", "Hải Ngoại Điện Báo", `press_words`), or a section of the site is called so
    ("Việt Nam", `section_names`). It signs nothing, though the segmenter still reads the line as a name."""
    return is_outlet(text, rules) or rules.press_name.match(text) is not None or fold_line(text) in rules.section_names


def _is_posting_account(text: str, rules: CleaningRules) -> bool:
    """A blog platform's footer naming the account that posted and the time, no person ("Posted by Unknown
    at 9:14 PM", "Posted by Tin Nhanh Hằng Ngày at 7:02 AM"), or a site's account under a headline ("Đăng
    bởi Vietop English", a press word closing it): the account is the blog's or the site's, no author."""
    labelled = rules.byline_label.match(text)
    if labelled is None:
        return False
    if _CLOCK_AFTER.search(text) is None:  # no clock: only a site's account, its label bare ("Đăng bởi Vietop English")
        name = text[labelled.end():]
        return _BYLINE_MARKS.search(text) is None and is_byline(name) and names_no_author(name, rules)
    name = _CLOCK_AFTER.sub("", text[labelled.end():]).strip()
    return not (is_byline(name) or several_names(name)) or names_no_author(name, rules)


def is_staff_byline(text: str, rules: CleaningRules) -> bool:
    """A newsroom's staff signing without a name: "PV", "CTV." (`staff_bylines`), a group of them also with
    its desk's name after it, a listed section ("Nhóm phóng viên Chính trị", `section_names`; "PV Gas" is a
    company, "Nhóm phóng viên Anh bị bắt" a headline)."""
    text = text.rstrip(". ")
    if len(text) > MAX_BYLINE_CHARS:
        return False
    if text in rules.staff_bylines:
        return True
    return any(" " in staff and text.startswith(f"{staff} ")
               and fold_line(text[len(staff) + 1:]) in rules.section_names for staff in rules.staff_bylines)


def _byline(text: str, rules: CleaningRules, signed: bool = False) -> Line | None:
    """A byline of any shape (see _byline_with_source), or None."""
    if is_byline(text) or is_staff_byline(text, rules):
        return Line(Kind.BYLINE, text)
    return _byline_with_source(text, rules, signed)


def _byline_with_source(text: str, rules: CleaningRules, signed: bool = False) -> Line | None:
    """The other shapes of a byline: with its source, its label, two names, or initials.

    "Minh Anh (theo Reuters)" -> author and credit; "Thu Hà/VOV-Baku", "Hồng Nhung (TTXVN)",
    "Quang Minh - TTXVN" -> the author; "Tác giả: Minh Anh" -> "Minh Anh"; "Trần An - Lê Bình"
    (two authors) and "P.V", "V.GIANG" (initials) -> as written. Two names in mixed case are
    authors only on a signed dateline: alone, "Việt Nam - Nhật Bản" is two places.
    """
    text = text.rstrip(" |")
    unroled = rules.byline_role.sub("", text)
    if unroled != text and is_byline(unroled) and rules.credit.match(unroled) is None:
        return Line(Kind.BYLINE, unroled)  # what the writer did, in brackets: "Thu Trang (ghi)"
    if is_byline(text):
        return Line(Kind.BYLINE, text)  # the name, its dateline cut off onto the next line: "Vương Trần |"
    if text[-1:] == ")":
        sourced = _BYLINE_WITH_SOURCE.match(text)
        if sourced is not None and rules.credit.match(sourced.group("name")) is not None:
            name = sourced.group("name").split(None, 1)[-1]  # "Theo Hà Linh (Báo Tin tức/TTXVN)"
            if is_byline(name):
                return Line(Kind.BYLINE, name, credit=sourced.group("source")[1:-1])
        if sourced is not None and (is_byline(sourced.group("name"))
                                    or (signed and several_names(sourced.group("name")))):
            credit = rules.credit.match(sourced.group("source"))
            if credit is not None and _is_credit(credit.group("credit")):
                return Line(Kind.BYLINE, sourced.group("name"), credit=credit.group("credit"))
            if _is_agency(sourced.group("source").strip("()")) or _is_desk(sourced.group("source").strip("()")):
                return Line(Kind.BYLINE, sourced.group("name"))  # "Hồng Nhung (TTXVN)", "(Trung tâm TT-VH X)"
    name, comma, credited = text.partition(", ")
    if comma and is_byline(name):
        credit = rules.credit.match(credited)
        if credit is not None and _is_credit(credit.group("credit")):
            return Line(Kind.BYLINE, name, credit=credit.group("credit"))  # "Minh Khôi, Theo Dân Trí"
        if rules.byline_label.match(credited) is not None:
            return Line(Kind.BYLINE, name)  # the name, then its role: "Kính Hòa, phóng viên RFA"
    section, slash, author = text.partition(" / ")
    if slash and " " in section and section.isupper() and is_byline(author) and not author.isupper():
        return Line(Kind.BYLINE, author)  # the section in capitals, then the author: "VĂN HÓA / Lý Kiến Trúc"
    name, slash, agency = text.partition("/")
    if slash and is_byline(name.strip()) and _is_agency(agency):
        return Line(Kind.BYLINE, name.strip())  # "Thu Hà/VOV-Baku"
    labelled = rules.byline_label.match(text)
    if labelled is not None:
        name = rules.byline_role.sub("", _CLOCK_AFTER.sub("", text[labelled.end():]).strip())  # "Đăng bởi Minh
        # Tâm (vào) lúc 08:15", "Tác giả: Thu Trang (ghi)"
        if (is_byline(name) or several_names(name)) and not names_no_author(name, rules):
            return Line(Kind.BYLINE, name)  # "Tác giả: Minh Anh", "Thực hiện: Xuân Lượng - Ngọc Thành"
    if (signed or text.isupper()) and several_names(text):
        return Line(Kind.BYLINE, text)  # authors: "TRẦN AN - LÊ BÌNH"
    first, dash, second = text.partition(" - ")
    if dash and is_byline(first.strip()):
        if _is_newsroom(second.strip()):
            return Line(Kind.BYLINE, first.strip())  # "Quang Minh - TTXVN"
    if _INITIALS.fullmatch(text) is not None:
        return Line(Kind.BYLINE, text)  # "P.V", "V.GIANG"
    return None


def several_names(text: str) -> bool:
    """Two to four names joined by dashes: "Xuân Lượng - Ngọc Thành", "Quang Anh - Văn Khương - Trần Nam"."""
    names = text.split(" - ")
    return 2 <= len(names) <= MAX_AUTHORS and all(is_byline(name.strip()) for name in names)


def signed_with_desk(text: str, rules: CleaningRules) -> tuple[str, str | None] | None:
    """The author of a closing line that names, after a dash, the office the writer is with or what the
    desk did: "Ngọc Trâm - Phòng Hợp tác quốc tế" -> ("Ngọc Trâm", the office: the story's credit), "Thu
    Trang - PV VOV1 thực hiện" -> ("Thu Trang", None); an office by its head (`office_heads`) and a few
    words, or a desk's few words ending on what it did (`byline_roles`); never a place ("Thu Hà - TP Hồ Chí Minh")."""
    name, dash, desk = text.partition(" - ")
    words = desk.split()
    if not dash or not is_byline(name) or len(words) > MAX_DESK_WORDS or has_sentence_break(desk):
        return None
    if named_office(desk, rules.office, rules):
        return name, desk
    return (name, None) if rules.role_tail.search(desk) is not None and len(words) > 1 else None


def named_office(text: str, head: re.Pattern[str], rules: CleaningRules) -> bool:
    """An office's or an institute's name by its head (`rules.office`, `rules.institute`) and a capitalised word,
    at most `MAX_OFFICE_WORDS` words and no number but a district's ("Phòng Văn hóa và Thông tin Quận 3"): one test
    for an office signing the body, a writer's office after a dash and each part of an author's affiliation."""
    opened = head.match(text)
    return opened is not None and text[opened.end():opened.end() + 1].isupper() \
        and len(text.split()) <= MAX_OFFICE_WORDS and not any(ch.isdigit() for ch in rules.numbered_place.sub("", text))


def photo_credited_byline(text: str, rules: CleaningRules) -> str | None:
    """The author of "Thái An - Ảnh: Phạm Hải", "Tin: Minh Hằng - Ảnh: Văn Hưng": a name (its label dropped),
    a dash, then the photographer's credit."""
    name, dash, photo = text.partition(" - ")
    labelled = rules.byline_label.match(name) if dash else None
    if labelled is not None:
        name = name[labelled.end():]
    return name if dash and is_byline(name) and caption_credit_only(photo, rules) else None


def labelled_newsroom(text: str, rules: CleaningRules) -> str | None:
    """The agency a byline's label names instead of a person: "Bài và ảnh: TTXVN", "Tin, ảnh: VOV" -> its
    name (the story's credit); a person after the label ("Bài và ảnh: Thu Hà") is a byline, not this."""
    labelled = rules.byline_label.match(text)
    if labelled is None:
        return None
    name = text[labelled.end():].strip().rstrip(".")
    return name if _is_newsroom(name) and not (is_byline(name) or several_names(name)
                                               or is_staff_byline(name, rules)) else None


def agency_credit(text: str) -> str | None:
    """An agency's name alone closing a story: "(TTXVN/Vietnam+)", "BNEWS/TTXVN", "(VOV)" -> the credit."""
    match = _AGENCY_CREDIT.fullmatch(text)
    return (match.group("agency") or match.group("agency2")) if match is not None else None


def _is_initialled_desk(text: str, rules: CleaningRules) -> bool:
    """ "T.L., Sở Ngoại vụ TP Đà Nẵng", "PV, Ban Thời sự": a writer's initials, then the desk or office."""
    initials, comma, desk = text.partition(", ")
    return bool(comma) and desk[:1].isupper() and len(desk.split()) <= MAX_DESK_WORDS \
        and not has_sentence_break(desk) and not desk.endswith(".") \
        and (_INITIALS.fullmatch(initials) is not None or is_staff_byline(initials, rules))


def _is_section_desk(text: str, rules: CleaningRules) -> bool:
    """A newsroom's desk named by a desk word and a section: "Ban Thời sự" (`desk_heads`, `section_names`)."""
    head, space, section = text.partition(" ")
    return bool(space) and head in rules.desk_heads and fold_line(section) in rules.section_names


def _is_desk(text: str) -> bool:
    """The desk or office a writer works for, in brackets after the name: "Trung tâm TT-VH Uông Bí", "Phòng
    VH-TT huyện": a few words opening with a capital, an abbreviation in capitals among them, no number."""
    words = text.split()
    return 2 <= len(words) <= MAX_DESK_WORDS and words[0][0].isupper() and _DIGIT.search(text) is None \
        and not has_sentence_break(text) and any(sum(ch.isupper() for ch in word) >= MIN_AGENCY_CAPITALS
                                                 for word in words)


def _is_newsroom(text: str) -> bool:
    """An agency's short name after a dash: "TTXVN", "VOV-Bắc Kinh", "Vietnam+": capitals open it.

    A dash between two places or names ("Việt Nam - Nhật Bản") does not make a byline.
    """
    first = text.split()[0] if text.split() else ""
    return _is_agency(text) and sum(ch.isupper() for ch in first) >= MIN_AGENCY_CAPITALS


def _is_masthead_name(text: str) -> bool:
    """A paper's or agency's short name as its masthead writes it: a capital, then another capital, a digit
    or a "+" in the first word ("VnExpress", "VTV1", "Vietnam+", "TTXVN"); a person or a place has none."""
    first = text.split()[0] if text.split() else ""
    return first[:1].isupper() and _is_agency(text) \
        and (sum(ch.isupper() for ch in first) >= MIN_AGENCY_CAPITALS or any(ch.isdigit() or ch == "+" for ch in first))


def _is_agency(text: str) -> bool:
    """A newsroom's short name after a byline: "TTXVN", "VOV-Baku"."""
    return 0 < len(text.split()) <= MAX_AGENCY_WORDS and not has_sentence_break(text)


def is_headline_shaped(text: str) -> bool:
    """No closing full stop, not too short or long, starts with a capital, one sentence at most."""
    if not 12 <= len(text) <= MAX_HEADLINE_CHARS:
        return False
    if text.endswith((".", ",", ";", ":", *ELLIPSES)):
        return False
    first = text[0]
    if not (first.isupper() or first.isdigit() or first in "\"'“‘«("):
        return False
    if not MIN_HEADLINE_WORDS <= len(text.split()) <= MAX_HEADLINE_WORDS:
        return False
    return not has_sentence_break(text)


def has_sentence_break(text: str) -> bool:
    """One sentence ends and another starts: "?"/"!" or a full stop after a lower-case word or a number.

    A full stop after a capital is an abbreviation ("TP. Hồ Chí Minh"), and "..." inside a
    headline is a pause, not a break.
    """
    for match in _SENTENCE_END.finditer(text):
        at = match.start()
        if text[at] != ".":
            return True
        before = text[at - 1] if at else ""
        if before.isalnum() and not before.isupper():
            return True
    return False


def ends_with_ellipsis(text: str) -> bool:
    """Cut short: "... về các ...", also inside closing quotes or brackets."""
    return text.rstrip(" \"”’)").endswith(ELLIPSES)
