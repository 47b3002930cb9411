"""Cleaning lexicon -> compiled rules, built once per distinct lexicon.

Every page is cleaned with the same few regular expressions; compiling them per
page would cost more than the cleaning itself, so they are cached on the
lexicon's content (`per_lexicon`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from reader.lexicon import Cleaning, Lexicon
from reader.text import alternation, fold, per_lexicon

LISTED_LINE_SLACK = 12  # room for the marks and counts fold_listed removes: "Tin liên quan »", "Bình luận (12)"
EDGE_MARKS = " :;,.!?…»«›‹><-–—|•·*#+=_~()[]{}\"'“”‘’/\\0123456789"


@dataclass(frozen=True, slots=True)
class CleaningRules:
    """The compiled form of a cleaning lexicon."""

    furniture_lines: frozenset[str]
    longest_listed_line: int  # no line longer than this is in furniture_lines, related_headings or release_notices
    furniture_patterns: tuple[re.Pattern[str], ...]  # one combined pattern when they combine
    related_headings: frozenset[str]
    related_link: re.Pattern[str]  # a heading then a colon and a headline: "Xem thêm: ..."
    image_alt: re.Pattern[str]  # the end of an image's alt text: " - Hình 1", " - Ảnh 3.", "... ảnh 1", a bare "Ảnh 2"
    glued_alt: re.Pattern[str]  # alt text's image number with the caption glued on: "<headline> ảnh 1Phó Chủ tịch ..."
    unaccented_alt: re.Pattern[str]  # the end of alt text without diacritics: "... tiep dai su hinh anh 2"
    relative_time: re.Pattern[str]  # a related item's "5 giờ trước", "• 40 phút trước"
    caption_marker: re.Pattern[str]  # a marker and its colon, e.g. "Ảnh tư liệu:" (check what precedes it)
    caption_start: re.Pattern[str]  # a line that opens with a marker and colon, or is one: "(Ảnh minh họa)"
    photo_credit: re.Pattern[str]  # a source then a marker, alone: "AFP photo", "Reuters Photo"
    photo_word: re.Pattern[str]  # a word naming a photo, where a credit opens: "Ảnh", "Photo"
    caption_hint: re.Pattern[str]  # a position only captions give: "(phải)"; a photo's scene, "chụp ảnh lưu niệm"
    narration: re.Pattern[str]  # a word that tells an event: "đã" (a scene told so is prose)
    credit: re.Pattern[str]  # "Theo HNM", "(theo Reuters, AP)"
    dateline: re.Pattern[str]  # a whole line of numbers, weekday names and dateline words
    dateline_start: re.Pattern[str]  # where a dateline may start after a byline: a number or one of its words
    byline_label: re.Pattern[str]  # "Tác giả:", "Bài và ảnh:" before an author's name
    source_line: re.Pattern[str]  # "Nguồn: TASS", "• Nguồn: TTXVN" alone on a line (group credit)
    lead: re.Pattern[str]  # an article's first paragraph: "Ngày 28/12, ..."
    site_tag: re.Pattern[str]  # a site's or agency's mark opening a story: "(TG&VN) - ", "Báo Mới - "
    lead_date: re.Pattern[str]  # a day inside a lead's first clause: "... hôm 12/3 lên tiếng ..."
    told_day: re.Pattern[str]  # a time word and a day anywhere, any case: "sáng 21/4", "Ngày 05/05/2024" (day, month)
    glued_lead: re.Pattern[str]  # a lead's opening inside a line: "... OSCE Ngày 5/12, ..." (group comma)
    news_outlets: frozenset[str]  # papers' names that read like a person's, folded: "người lao động"
    press_name: re.Pattern[str]  # a name opened or closed by a press word: "Tin Việt Nam", "Hải Ngoại Điện Báo"
    section_names: frozenset[str]  # sections' names that read like a person's, folded: "việt nam"
    desk_heads: frozenset[str]  # "Ban": a section's name after it names a newsroom's desk, "Ban Thời sự"
    byline_role: re.Pattern[str]  # what the writer did, in brackets after the name: " (ghi)"
    role_tail: re.Pattern[str]  # what the writers did, closing a line unbracketed: "PV VOV1 thực hiện"
    site_head: re.Pattern[str]  # a site's name by its first word: "Báo Quốc tế", "Tạp chí Cộng sản"
    staff_bylines: frozenset[str]  # "PV", "CTV": a newsroom's staff signing without a name
    dotted_keep: frozenset[str]
    domain_suffixes: frozenset[str]
    series_part: re.Pattern[str]  # a part of a series and its title: "Phần 2: ...", "Kỳ 3. ..."
    masthead: re.Pattern[str]  # a portal's name by its first words: "Cổng thông tin điện tử tỉnh X"
    office: re.Pattern[str]  # an office's name by its head and a capitalised word: "Trung tâm Xúc tiến ..."
    institute: re.Pattern[str]  # an academy's or an office's name by its head: "Học viện Chính trị ...", "Viện ..."
    numbered_place: re.Pattern[str]  # a city's district by its number: "Quận 3", "phường 5"
    note_headings: frozenset[str]  # an encyclopedia's section over its notes, folded: "chú thích"
    digest_count: re.Pattern[str]  # a number and what a digest's intro counts: "3 tin" (group number)
    menu_head: re.Pattern[str]  # a menu's first item, then a capitalised word: "Trang chủ | Giới thiệu ..."
    release_notices: frozenset[str]  # a press release's "Phát hành ngay", folded


@lru_cache(maxsize=64)
def fold_line(text: str) -> str:
    """A line as compared with another: case and spacing ignored.

    Cached for the few lines around the one being read: the segmenter compares each
    headline with the lines after it, so every line is folded several times in a row.
    """
    return " ".join(text.split()).casefold()


def fold_listed(text: str) -> str:
    """A line as compared with the line lexicons: without the marks and counts around it ("Bình luận (0)")."""
    return fold_line(text).strip(EDGE_MARKS)


@per_lexicon
def rules_for(lexicon: Lexicon) -> CleaningRules:
    """The compiled rules of a lexicon (cached on its content)."""
    markers = alternation(_cases(word.rstrip(": ") for word in lexicon[Cleaning.CAPTION_MARKERS]))  # "Ảnh:", "ẢNH:"
    long_markers = alternation(_cases(word.rstrip(": ") for word in lexicon[Cleaning.CAPTION_MARKERS]
                                      if " " in word.strip()))
    photo_words = alternation(lexicon[Cleaning.IMAGE_ALT_WORDS])
    byline_labels = lexicon[Cleaning.BYLINE_LABELS]
    degrees = [w for w in byline_labels if " " not in w.strip() and w[-1:] != "." and sum(map(str.isupper, w)) > 1]
    lead_words = alternation(lexicon[Cleaning.LEAD_TIME_WORDS])
    lead_words_lower = alternation(word.lower() for word in lexicon[Cleaning.LEAD_TIME_WORDS])
    # d/m or d-m with an optional year and an optional "(giờ Washington)" before the comma.
    date = r"\(?\d{1,2}[/.-]\d{1,2}(?:[/.-]\d{2,4})?\)?(?:\s*\([^()]{1,40}\))?"  # "5/12", "5-12", "5.12"
    date_clause = date + ","
    source_prefix = r"(?:[(\[]?[^\s()\[\]]{2,30}[)\]]?\s*[-–—]\s*)?"  # "(TG&VN) - ", "TTXVN - "
    domains = alternation(lexicon[Cleaning.DOMAIN_SUFFIXES])
    site_heads = alternation(lexicon[Cleaning.SITE_TAG_HEADS])
    site_tag = (r"^(?:\([^()]{2,30}\)\s*[-–—]|[A-ZĐ][A-ZĐ0-9&.]{1,14}\s*[-–—]|[A-Z][A-Z0-9&]{2,14}\."
                rf"|[A-Z][\w&+-]{{1,25}}\.(?:{domains})\s*[-–—]|(?:{site_heads})(?:\s+[A-ZĐ][^\s-]*){{1,3}}\s+[-–—])"
                r"\s+[^\W\d_]")
    press_words = alternation(lexicon[Cleaning.PRESS_WORDS])
    dateline_words = alternation([*lexicon[Cleaning.WEEKDAYS], *lexicon[Cleaning.DATELINE_WORDS]])
    furniture_lines = frozenset(fold_listed(line) for line in lexicon[Cleaning.FURNITURE_LINES])
    related_headings = frozenset(fold_listed(line) for line in lexicon[Cleaning.RELATED_HEADINGS])
    release_notices = frozenset(fold_listed(line) for line in lexicon[Cleaning.RELEASE_NOTICES])
    institute_heads = [*lexicon[Cleaning.INSTITUTE_HEADS], *lexicon[Cleaning.OFFICE_HEADS]]
    roles = alternation(lexicon[Cleaning.BYLINE_ROLES])  # what a writer did: in brackets or closing the line
    numbered_places = [form for word in lexicon[Cleaning.NUMBERED_PLACE_HEADS] for form in (word, word.lower())]
    return CleaningRules(
        furniture_lines=furniture_lines,
        longest_listed_line=max(map(len, furniture_lines | related_headings | release_notices), default=0)
        + LISTED_LINE_SLACK,
        furniture_patterns=_combined(lexicon[Cleaning.FURNITURE_PATTERNS]),
        related_headings=related_headings,
        related_link=re.compile(rf"(?i)^[\W_]*(?:{alternation(lexicon[Cleaning.RELATED_HEADINGS])})\s*[:>»›]+\s*\w"),
        image_alt=re.compile(
            rf"(?:(?:^|\s[-–]\s)(?:{alternation(lexicon[Cleaning.IMAGE_ALT_WORDS])})"
            rf"|\s(?:{alternation(w.lower() for w in lexicon[Cleaning.IMAGE_ALT_WORDS])}))\s*\d{{1,3}}\.?$"),
        glued_alt=re.compile(rf"\s(?:{alternation(_cases(w.lower() for w in lexicon[Cleaning.IMAGE_ALT_WORDS]))})"
                             r"\s*\d{1,3}(?=[^\W\d_])"),
        unaccented_alt=re.compile(
            rf"(?i)(?:^|\s)(?:{alternation(fold(w) for w in lexicon[Cleaning.IMAGE_ALT_WORDS])})\s*\d{{1,3}}\.?$"),
        relative_time=re.compile(
            rf"(?i)(?:[^\W\d_][^•|·\d]{{0,40}}?\s[•|·-]\s)?"  # the source first: "Báo Tin Tức • 2 giờ trước"
            rf"[\W_]*(?:khoảng\s+|cách đây\s+)?\d{{1,3}}\s*(?:{alternation(lexicon[Cleaning.RELATIVE_TIME_UNITS])})"
            rf"\s+(?:{alternation(lexicon[Cleaning.RELATIVE_TIME_WORDS])})[\W_]*"),
        caption_marker=re.compile(rf"(?:{markers})\s*:\s*"),
        # One or two capitalised words naming the source, then a word naming a photo: "AFP photo".
        photo_credit=re.compile(rf"(?:[A-Z][\w&.+/-]{{1,20}}\s+){{1,2}}(?i:{photo_words})s?\.?"),
        photo_word=re.compile(rf"(?i:{photo_words})(?!\w)"),
        caption_hint=re.compile(alternation(_cases(lexicon[Cleaning.CAPTION_HINTS]))),
        narration=re.compile(rf"(?i)(?<!\w)(?:{alternation(lexicon[Cleaning.NARRATION_WORDS])})(?!\w)"),
        # A marker of several words may take a comma instead, as a label: "Chụp lại hình ảnh, Thủ tướng ..."
        caption_start=re.compile(rf"^[(\[]?(?:(?:{markers})\s*(?::|[)\]]?\.?$)|(?:{long_markers}),\s)"),
        credit=re.compile(
            rf"^\(?\s*(?P<credit>(?i:{alternation(lexicon[Cleaning.CREDIT_PREFIXES])})\s*:?\s+[^()]{{1,60}}?)\s*\)?\.?$"),
        dateline=re.compile(
            rf"(?i)(?:[\W\d_]|(?:{dateline_words})(?!\w))+"),
        dateline_start=re.compile(rf"(?i)\d|(?<!\w)(?:{dateline_words})(?!\w)"),
        # "Tác giả: X", also "Tác giả, X"; a label of two words or more, or an abbreviated degree, also
        # without a mark: "Đăng bởi X", "TS. X"; a degree without its stop only as written ("TS X", not "ts")
        byline_label=re.compile(rf"(?i)(?:{alternation(byline_labels)})\s*[:,]\s*"
                                rf"|(?:{alternation(w for w in byline_labels if ' ' in w.strip() or w[-1:] == '.')})"
                                r"\s+"
                                rf"|(?-i:{alternation(degrees)})\s+"),  # "TS NGUYỄN THỊ THU HÀ": as written
        source_line=re.compile(
            rf"^[•·*-]?\s*(?P<credit>(?:{alternation(_cases(lexicon[Cleaning.SOURCE_LABELS]))})\s*:\s*[^()]{{1,60}}?)\.?$"),
        lead=re.compile("|".join((
            # "Ngày 28/12, ...", "TTXVN - Sáng 5/1, ..."
            rf"^{source_prefix}(?:{lead_words})(?:\s+nay)?\s*{date_clause}",
            # "Theo hãng tin Yonhap, ngày 15/2, ..."
            rf"^{source_prefix}[^.!?,]{{1,80}},\s+(?:{lead_words_lower})(?:\s+nay)?\s*{date_clause}",
            # a span of days: "Từ ngày 17 đến 19/2, ...", "Trong hai ngày 17 và 18/2, ..."
            rf"^{source_prefix}(?:Từ|Trong(?:\s+\w+)?)\s+ngày\s+\d{{1,2}}\s*(?:đến|và|-)\s*{date_clause}",
            # "(TG&VN) - ...", "TTXVN - ...", "Baoquocte.vn - ...", "Báo Mới - ...": the site's mark opens a story
            site_tag,
        ))),
        site_tag=re.compile(site_tag),
        lead_date=re.compile(rf"(?<!\w)(?:{lead_words_lower})(?:\s+nay)?\s*\(?\d{{1,2}}[/.-]\d{{1,2}}(?![\d/.-])"),
        told_day=re.compile(rf"(?i)(?<!\w)(?:{lead_words})(?:\s+nay)?\s*\(?(\d{{1,2}})[/.-](\d{{1,2}})(?!\d)"),
        glued_lead=re.compile(rf"(?:{lead_words})(?:\s+nay)?\s*{date}(?P<comma>,)?(?!\d)"),
        staff_bylines=frozenset(lexicon[Cleaning.STAFF_BYLINES]),
        news_outlets=frozenset(fold_line(name) for name in lexicon[Cleaning.NEWS_OUTLETS]),
        press_name=re.compile(rf"(?i)(?:{press_words})\s|.*\s(?:{press_words})$"),
        section_names=frozenset(fold_line(name) for name in lexicon[Cleaning.SECTION_NAMES]),
        desk_heads=frozenset(lexicon[Cleaning.DESK_HEADS]),
        byline_role=re.compile(rf"(?i)\s*\((?:{roles})\)$"),
        role_tail=re.compile(rf"(?i)\s(?:{roles})$"),
        site_head=re.compile(rf"(?:{site_heads})\s+[A-ZĐ]"),
        dotted_keep=frozenset(word.casefold() for word in lexicon[Cleaning.DOTTED_KEEP]),
        domain_suffixes=frozenset(word.casefold() for word in lexicon[Cleaning.DOMAIN_SUFFIXES]),
        series_part=re.compile(rf"^(?:{alternation(_cases(lexicon[Cleaning.SERIES_PART_WORDS]))})\s+(?P<number>\d{{1,2}})"
                               r"\s*[:.]\s+[^\W\d_]"),
        masthead=re.compile(rf"(?i)(?:{alternation(lexicon[Cleaning.MASTHEAD_HEADS])})\s"),
        release_notices=release_notices,
        office=re.compile(rf"(?:{alternation(_cases(lexicon[Cleaning.OFFICE_HEADS]))})\s+(?=[^\W\d_])"),
        institute=re.compile(rf"(?:{alternation(_cases(institute_heads))})\s+(?=[^\W\d_])"),
        numbered_place=re.compile(rf"\b(?:{alternation(numbered_places)})\s\d{{1,2}}\b"),
        note_headings=frozenset(fold_listed(line) for line in lexicon[Cleaning.NOTE_HEADINGS]),
        digest_count=re.compile(rf"(?<![\d.,])(?P<number>\d{{1,2}})\s+(?:{alternation(lexicon[Cleaning.DIGEST_ITEM_WORDS])})(?!\w)"),
        # the items spaced apart or parted by a bar or dot: "Trang chủ | Giới thiệu | Văn bản"
        menu_head=re.compile(rf"(?:{alternation(_cases(lexicon[Cleaning.MENU_HEADS]))})(?:\s+|\s*[|·•]\s*)(?=[^\W\d_])"),
    )


def _combined(patterns: Iterable[str]) -> tuple[re.Pattern[str], ...]:
    """The patterns as one alternation (one match per line), or apart if their flags forbid it."""
    separate = tuple(re.compile(p) for p in patterns)
    if len(separate) < 2:
        return separate
    try:
        return (re.compile("|".join(f"(?:{p.pattern})" for p in separate)),)
    except re.error:  # e.g. a user pattern with a global flag such as "(?i)" that must come first
        return separate


def _cases(words: Iterable[str]) -> list[str]:
    """Each word as written, capitalised and in capitals: cheaper to search than an (?i) pattern."""
    return [form for word in words for form in (word, word[:1].upper() + word[1:], word.upper())]

