"""Date expressions of Vietnamese news -> DateMention, with the year taken only from the article.

The grammar is a short table of rules (`DateRule`: name, pattern, reader, precision, what a
block needs for it to run, guards), tried longest first ("ngày 29-30/10/2020" before
"30/10/2020", "tháng 11-2023" before "tháng 11"); a later rule never overlaps an earlier
match. The words are the lexicon's (cues, "ngày", "tháng", "năm", "và", "đến"...).
A bare "d/m" is a date only with a cue ("ngày", "rạng sáng", "từ"...), in brackets, or
listed right after another date ("ngày 30/4 và 1/5"); "d-m" / "d.m" only after a time
cue, because "2/3 số ghế", "3-5 người" and "1.500 km" are quantities.
A lone cued day takes the month of the date after it ("Đêm 21, rạng sáng 22/1").

Years: "ngày 7/1" gets a year only from the article's own evidence (never an archive photo's
caption). With a published date, its year, as writers leave out this year's, unless the date falls
within three months of it across the new year (a "28/12" in an article published on 7/1/2025 is
2024-12-28); a review of last year keeps that year, and a full date earlier in the sentence gives its
year to the days just after it ("bầu ngày 3/8/2024, ... từ ngày 18 đến 20/8").
Without one, the story's own date stands in:
the first full date in reading order that is not history (more than six months before the
latest full date, as "có hiệu lực từ ngày 1/1/2014" is), and a date takes the first year that
puts it at most four months before that ("ngày 22/3/2025 ... cuối tháng 10" is 2025-10).
With no evidence at all the year stays unknown ("--01-07").
"""

from __future__ import annotations

import calendar
import re
from bisect import bisect_left
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import date
from itertools import pairwise

from reader.lexicon import Extraction, Lexicon
from reader.model import Block, DateMention
from reader.text import (
    HEADLINE,
    LUNAR_OR_GREGORIAN,
    Precision,
    TakenSpans,
    alternation,
    fold,
    month_names_pattern,
    month_number,
    per_lexicon,
)

_MIN_YEAR, _MAX_YEAR = 1000, 2999
_RELATIVE_YEARS = {"nay": 0, "ngoái": -1, "sau": 1, "tới": 1}  # "năm nay", "năm ngoái", "năm sau", "năm tới"
# Alone, only this year and last are dates: "trong năm tới" is as often "within a year" as next year,
# while "tháng 4 năm sau" is April of next year.
_YEARS_ALONE = ("nay", "ngoái")
_LISTED_NUMBERS = re.compile(r"[0-9]\s*,\s*[0-9]")  # what a list of days holds: "15, 16"
_NUMBER = re.compile(r"[0-9]+")
SINCE_CUE_WINDOW = 100  # characters before a date where "kể từ khi" may open the span it starts
PAST_CUE_WINDOW = 80  # characters before a date where "từng"/"hồi"/"đã" may still speak of it
LOOK_WINDOW = 20  # characters before a month where "rằm", a day or "Cách mạng" may stand
QUANTITY_WINDOW = 40  # characters before "năm nay" where a count makes it a duration ("hai năm nay")
_LOOK_BACK_MONTHS, _LOOK_BACK_DAYS = 4, 122  # how far before the story's own date an undated mention may fall
_RECENT_DAYS = 183  # a full date further than this before the article's latest one is history
_NEAR_MONTHS, _NEAR_DAYS = 3, 92  # how near the published date an undated month or day may cross the new year
_HOOK_DAYS = 31  # in a review of last year, a day this shortly before publishing is the news it opens on
_WRITTEN_BEFORE_DAYS = 7  # a page may be published days after it was written: a "coming" day this recent is near
_SEQUENCE_MONTHS, _SEQUENCE_DAYS = 6, 183  # how soon after a full date in its sentence a mention goes on in its year


@dataclass(frozen=True, slots=True)
class _Point:
    """One calendar point; `year` None until resolved, `month`/`day` None for coarser precision."""

    year: int | None
    month: int | None = None
    day: int | None = None
    year_offset: int | None = None  # "năm ngoái" = anchor year - 1


@dataclass(frozen=True, slots=True)
class _Found:
    """A matched expression before its year is resolved: one point, or two for an interval."""

    block: int
    start: int
    end: int
    points: tuple[_Point, ...]
    precision: Precision
    evidence: bool = True  # False for the two ends of an anniversary: they say nothing of the story's date


Reader = Callable[[re.Match[str]], tuple[_Point, ...] | None]  # a match -> its points, or None: not a date
Guard = Callable[[re.Match[str]], bool]  # True when the match is no date after all


@dataclass(frozen=True, slots=True)
class DateRule:
    """One shape of date expression, saying all it does: nothing about a rule hangs on its position or reader.

    `needs` is a cheap prefilter: the rule cannot match a block in which one of these patterns
    finds nothing (a digit, a month word...), so it is not run there.
    """

    name: str
    pattern: re.Pattern[str]
    read: Reader
    precision: Precision
    needs: tuple[re.Pattern[str], ...]
    guards: tuple[Guard, ...] = ()


@dataclass(frozen=True, slots=True)
class DateGrammar:
    """The compiled rules for one lexicon, plus the pieces of the day-chaining pass."""

    rules: tuple[DateRule, ...]  # in the order they are tried (see date_grammar)
    bare_day_month: re.Pattern[str]
    after_lone_day: re.Pattern[str]
    list_gap: re.Pattern[str]
    lone_day: re.Pattern[str]
    day_list: re.Pattern[str]
    chain_gap: re.Pattern[str]
    pair_gap: re.Pattern[str]  # between the two dates of an anniversary: "(12/7/1976 - 12/7/2025)"
    anniversary_year: re.Pattern[str]  # after an event's full date, its anniversary's year: "(25/3/1971 - 2025)"
    archive_markers: tuple[str, ...]  # folded
    looks_back: re.Pattern[str]  # the clause before a date says it is past ("từng", "hồi", "đã")
    since: re.Pattern[str]  # the clause before a date opens a span from it up to now ("kể từ khi ...")
    gone: re.Pattern[str]  # right after a date, it is past ("từ tháng 10 tới nay", "tháng 11 vừa qua")
    looks_ahead: re.Pattern[str]  # the words before a date say it is to come ("sẽ", "dự kiến")
    coming: re.Pattern[str]  # right after a date, it is the coming one ("tháng 10 tới", "ngày 5/6 sắp tới")
    to_come: re.Pattern[str]  # a future cue anywhere in the sentence after a date ("Ngày 15/9, hội nghị sẽ ...")


def find_dates(blocks: Sequence[Block], published: str | None, lexicon: Lexicon,
               headline: str = "") -> tuple[DateMention, ...]:
    """Every date expression of the blocks, in reading order, with ISO values."""
    grammar = date_grammar(lexicon)
    found: list[_Found] = []
    words = [fold(block.text).split() for block in blocks]  # each block folded once, for _printed_again
    title = fold(headline).split()
    for index, block in enumerate(blocks):
        if not _printed_again(words, index, title):
            found.extend(_scan(index, block.text, grammar))
    archived = {i for i, folded in enumerate(block.text.casefold() for block in blocks)
                if any(marker in folded for marker in grammar.archive_markers)}
    evidence = [f for f in found if f.block not in archived and f.evidence]
    now = _published(published)
    story = None if now is not None else _story_date(
        [f for f in evidence if grammar.since.search(blocks[f.block].text, max(0, f.start - SINCE_CUE_WINDOW),
                                                     f.start) is None])  # "kể từ khi ... ngày 21/9/1973": background
    reviewed = _reviewed_year(headline, blocks[0].text if blocks else "", found, now, grammar)
    full = _full_date_ends(evidence)
    mentions = []
    for item in found:
        text = blocks[item.block].text
        past = (grammar.looks_back.search(text, max(0, item.start - PAST_CUE_WINDOW), item.start)
                or grammar.gone.match(text, item.end))
        ahead = past is None and (_coming(text, item.end, grammar) or grammar.looks_ahead.search(
            text, max(0, item.start - PAST_CUE_WINDOW), item.start) is not None)
        undated = any(p.year is None and p.month is not None for p in item.points)
        after = _earlier_in_sentence(full[item.block], text, item.start) if undated and item.block in full else None
        value = _value(item, _Anchor(now if now is not None else story, forward=now is None and past is None,
                                     past=past is not None, ahead=ahead, reviewed=reviewed, after=after,
                                     told=_tells_what_happened(text, item.start, item.end, grammar)))
        if value is not None:
            mentions.append(DateMention(item.block, item.start, item.end, text[item.start:item.end], value,
                                        item.precision))
    return tuple(mentions)


_HEADLINE_BREAKS = (":", "|", "-", "–")  # "Thời sự quốc tế 26/8: <the story's own headline>"


def _printed_again(folded: Sequence[list[str]], index: int, title: list[str]) -> bool:
    """Whether the block is text printed again, whose dates were told already or are no body's: the block
    above it word for word (a sapo a site prints twice), or the headline (or its story's part, after a
    rubric and a colon), which is no block, so its dates are not the body's. The blocks' and the headline's
    words come folded."""
    words = folded[index]
    if not words:
        return False
    if index and folded[index - 1] == words:
        return True
    if len(title) < len(words) or title[len(title) - len(words):] != words:
        return False
    rest = title[:len(title) - len(words)]
    return not rest or rest[-1].endswith(_HEADLINE_BREAKS)


@per_lexicon
def date_grammar(lexicon: Lexicon) -> DateGrammar:
    """Compile the date rules from the lexicon's words, once per lexicon.

    Group names, in every pattern: `core` is the span reported; `cue` the strong cue words inside it
    ("ngày", "rạng sáng"); `link` a weak cue before it and outside it ("từ", "thứ Bảy,"); `open` a
    bracket before it; `s` the separator, repeated with (?P=s) so "7/1-2024" is no date; `d`, `m`, `y`
    a day, month and year, numbered `d1`... `d2`... for the two ends of an interval; `to` a range word;
    `rel` a relative year ("nay", "ngoái"); `y2` in a month rule the year written with "năm".
    """
    cues = alternation(lexicon[Extraction.DATE_CUES])
    links = alternation(lexicon[Extraction.DATE_LINKS])
    modifiers = alternation(lexicon[Extraction.DATE_MODIFIERS])
    units = alternation(lexicon[Extraction.QUANTITY_UNITS])
    quantities = alternation(lexicon[Extraction.QUANTITY_WORDS])
    range_words = alternation(lexicon[Extraction.DATE_RANGE_WORDS])
    past_cues = alternation(lexicon[Extraction.PAST_CUES])
    since_cues = alternation(lexicon[Extraction.SINCE_CUES])
    clause_past_cues = alternation(lexicon[Extraction.CLAUSE_PAST_CUES])
    past_marks = alternation(lexicon[Extraction.PAST_MARKS])
    future_cues = alternation(lexicon[Extraction.FUTURE_CUES])
    coming_marks = alternation(lexicon[Extraction.COMING_MARKS])
    place_heads = alternation(lexicon[Extraction.PLACE_HEADS])
    day_word = alternation(lexicon[Extraction.DAY_WORDS])
    month_word = alternation(lexicon[Extraction.MONTH_WORDS])
    year_word = alternation(lexicon[Extraction.YEAR_WORDS])
    and_or = alternation(lexicon[Extraction.DATE_LIST_WORDS])
    pair_words = alternation(lexicon[Extraction.DATE_PAIR_WORDS])
    joiner = alternation([*lexicon[Extraction.DATE_LIST_WORDS], *lexicon[Extraction.DATE_RANGE_WORDS]])
    relative_days = alternation(lexicon[Extraction.RELATIVE_DAYS])
    place_links = alternation(lexicon[Extraction.DATE_PLACE_LINKS])
    lunar_markers = alternation(lexicon[Extraction.LUNAR_MARKERS])
    lunar_days = alternation(lexicon[Extraction.LUNAR_DAYS])
    lunar_words = alternation(lexicon[Extraction.LUNAR_WORDS])
    month_events = alternation(lexicon[Extraction.MONTH_EVENTS])
    hours = alternation(lexicon[Extraction.CLOCK_HOURS])
    minutes = alternation(lexicon[Extraction.CLOCK_MINUTES])
    zones = alternation((*lexicon[Extraction.TIME_ZONE_WORDS], *lexicon[Extraction.COUNTRIES],
                         *lexicon[Extraction.PLACES]))

    start = r"(?<![\w.,/:+-])"  # not inside a number or a word
    plain_end = r"(?![0-9]|[.,/:-][0-9]|\+)"  # not inside "1.500" or "2+2"
    # a full date may touch another across a dash, "(22/12/1992-22/12/2022)": an event and its anniversary
    # (a span of two days is read before, as one interval); after a full date, not a document's number
    # ("12/2019-5/3/2020")
    full_start = r"(?:(?<![\w.,/:+-])|(?<=[0-9][/.-][0-9][/.-][0-9]{4}[-–])|(?<=[0-9][/.-][0-9]{2}[/.-][0-9]{4}[-–]))"
    full_end = rf"(?:{plain_end}|(?=[-–][0-9]{{1,2}}(?P=s)[0-9]{{1,2}}(?P=s)[0-9]{{4}}))"
    # a time zone after a date is no unit: "tối 3/5 giờ địa phương", "ngày 12/6 giờ Hà Nội"
    zone = rf"(?:{hours})\s+(?:{zones})(?!\w)"
    end = rf"{plain_end}(?!\s*(?!{zone})(?:{units})(?!\w))"  # and a bare d-m is not "3-5 người", "2/3 số ghế"
    cue = rf"(?P<cue>(?:(?:{cues})\s+){{1,3}})"
    # a clock time: "23h40", "01h45'", "10:30", "9 giờ 15", "23 giờ 40 phút"
    clock = (rf"[0-9]{{1,2}}(?:h(?:[0-9]{{2}})?'?|:[0-9]{{2}}(?::[0-9]{{2}})?"
             rf"|\s+(?:{hours})(?:\s+[0-9]{{1,2}}(?:\s+(?:{minutes}))?)?)")
    # weak cues before a bare "d/m", kept out of the span: a link word ("từ", "thứ Bảy,"), a relative
    # day ("hôm qua"), or a clock time right before it ("lúc 23h40 3/5"; after a comma it is as often
    # a fraction: "lúc 9h, 3/4 đại biểu")
    link = rf"(?:(?:(?P<day>{relative_days})(?P<day_comma>,)?|(?P<link>{links}),?|(?P<clock>{clock}))\s+)?"
    paren = r"(?P<open>\()?"
    day, month, year = r"[0-9]{1,2}", r"[0-9]{1,2}", r"[0-9]{4}"
    mod = rf"(?:(?:{modifiers})\s+)?"
    month_of = rf"(?:{month_word})\s+"  # "tháng " before a month's number or name
    # a month's number or its name ("tháng Sáu"); with a day, "Giêng" is the lunar month ("mùng 10 tháng Giêng")
    month_or_name = rf"(?:(?P<m>{month})|(?P<mw>{month_names_pattern()}))"
    day_month_name = month_names_pattern(without=[LUNAR_OR_GREGORIAN])
    day_month_or_name = rf"(?:(?P<m>{month})|(?P<mw>{day_month_name}))"
    year_of = rf"(?:{year_word})\s+"  # "năm " before a year
    relative = "|".join(_RELATIVE_YEARS)
    relative_alone = "|".join(_YEARS_ALONE)
    # between the two days of a range: a dash, or a range word and an optional second cue
    day_range = rf"(?:\s*[-–]\s*|\s+(?P<to>{range_words})\s+(?:(?:{cues})\s+){{0,2}})"

    # What a block must hold for a rule to run there: the text of a piece its pattern cannot do without.
    separated = re.compile(r"[0-9][/.-][0-9]")  # (?P<d>{day})(?P<s>[/.-])(?P<m>{month}): "7/1", "23-2", "15.1"
    # two of them, apart (a "7/1/2025" holds only one): "28/2-3/3", "ngày 31-10 đến 1-11"
    two_separated = re.compile(r"[0-9][/.-][0-9].*?[0-9][/.-][0-9]", re.DOTALL)
    # a number then {day_range}: "29-30", "15 đến 17", "28/2 - 3/3"
    ranged = re.compile(rf"[0-9](?:\s*[-–]|\s+(?:{range_words})\s)", re.IGNORECASE)
    # a number, a pair word, a number: "12 và 13-10-2022"
    paired = re.compile(rf"[0-9]\s+(?:{pair_words})\s+[0-9]", re.IGNORECASE)
    # {month_of}{month_or_name}: "tháng 3", "tháng Sáu"
    months = re.compile(rf"(?:{month_word})\s+(?:[0-9]|{month_names_pattern()})", re.IGNORECASE)
    years = re.compile(rf"(?:{year_word})\s+[0-9]{{4}}", re.IGNORECASE)  # {year_of}(?P<y>{year}): "năm 2024"
    relative_years = re.compile(rf"(?:{year_word})\s+(?:{relative_alone})", re.IGNORECASE)  # "năm nay"
    quantity_before = re.compile(rf"(?:^|\W)(?:{quantities}|[0-9]+)\s*$", re.IGNORECASE)

    def after_a_quantity(match: re.Match[str]) -> bool:
        """'hai năm nay' is a duration ("these two years"), not this year."""
        at = match.start("core")
        return quantity_before.search(match.string[max(0, at - QUANTITY_WINDOW):at]) is not None

    lunar_after = re.compile(rf"\s*\(?\s*(?:{lunar_markers})(?!\w)", re.IGNORECASE)
    lunar_before = re.compile(rf"(?:^|\W)(?:{lunar_days})\s+$", re.IGNORECASE)
    lunar_sentence = re.compile(rf"(?<!\w)(?:{lunar_markers}|{lunar_days}|{lunar_words})(?!\w)", re.IGNORECASE)
    day_before = re.compile(r"(?<![\w.,/:-])[0-9]{1,2}\s+$")
    event_before = re.compile(rf"(?:^|\W)(?:{month_events})\s+$", re.IGNORECASE)

    def lunar(match: re.Match[str]) -> bool:
        """'rằm tháng Bảy', 'ngày 15 tháng 7 âm lịch': a day or month of the lunar calendar, which no
        Gregorian value names; a 'tháng Giêng' also after a day ('mùng 10 tháng Giêng') or in a sentence
        that speaks of the lunar year ('lễ hội tháng Giêng'), since Vietnam's own papers mean it so."""
        text, (at, end) = match.string, match.span("core")
        if lunar_after.match(text, end) or lunar_before.search(text, max(0, at - LOOK_WINDOW), at):
            return True
        if match.groupdict().get("mw") != LUNAR_OR_GREGORIAN:
            return False
        if day_before.search(text, max(0, at - LOOK_WINDOW), at):
            return True
        return lunar_sentence.search(text, *_sentence(text, at, end)) is not None

    days_after = re.compile(rf"\s+(?:{day_word})(?!\w)", re.IGNORECASE)  # "3 tháng 5 ngày": its month is a count

    def duration(match: re.Match[str]) -> bool:
        """'sau 3 tháng 5 ngày đàm phán': a count of months, then of days, is a length of time, not May."""
        text, (at, end) = match.string, match.span("core")
        return (match.groupdict().get("m") is not None and day_before.search(text, max(0, at - LOOK_WINDOW), at)
                is not None and days_after.match(text, end) is not None)

    def named_event(match: re.Match[str]) -> bool:
        """'Cách mạng Tháng Tám' names an event, not a month of some year."""
        at = match.start("core")
        return match.groupdict().get("mw") is not None and event_before.search(
            match.string, max(0, at - LOOK_WINDOW), at) is not None

    def rule(name: str, body: str, read: Reader, precision: Precision, *needs: re.Pattern[str],
             guards: tuple[Guard, ...] = ()) -> DateRule:
        return DateRule(name, re.compile(body, re.IGNORECASE), read, precision, needs, guards)

    # The order is the priority: a later rule never overlaps an earlier match, so each rule comes
    # before every rule that would read a part of its matches ("ngày 29-30/10/2020" before
    # "30/10/2020", "ngày 21 tháng 1 năm 2025" before "tháng 1 năm 2025" and "năm 2025",
    # "tháng 11-2023" before "tháng 11", "năm 2023-2024" before "năm 2023"): days, then months, then years.
    rules = (
        # "ngày 28/2-3/3/2024", "từ 30/12/2024 - 2/1/2025", "từ ngày 20/10 đến ngày 30/11/2024",
        # "ngày 31-10 đến 1-11"
        rule("day-month to day-month",
             rf"{start}{link}{paren}(?P<core>{cue}?(?P<d1>{day})(?P<s>[/.-])(?P<m1>{month})(?:(?P=s)(?P<y1>{year}))?"
             rf"{day_range}(?P<d2>{day})(?P=s)(?P<m2>{month})(?:(?P=s)(?P<y2>{year}))?){end}",
             _read_cross_interval, "day", ranged, two_separated, guards=(lunar,)),
        # "ngày 29-30/10/2020", "từ 12-17/4", "ngày 15 đến 17/5", "từ ngày 7 đến ngày 9/1", "ngày 4 đến 6-3"
        rule("day to day-month",
             rf"{start}{link}{paren}(?P<core>{cue}?(?P<d1>{day}){day_range}(?P<d2>{day})(?P<s>[/.-])(?P<m>{month})"
             rf"(?:(?P=s)(?P<y>{year}))?){end}",
             _read_interval, "day", ranged, separated, guards=(lunar,)),
        # "các ngày 12 và 13-10-2022", "hai ngày 15 và 16/11": two days running one into the other, after a
        # time cue, are one span (days further apart fall through to the lists below)
        rule("day and next day-month",
             rf"{start}{link}(?P<core>{cue}(?P<d1>{day})\s+(?:{pair_words})\s+(?P<d2>{day})(?P<s>[/.-])(?P<m>{month})"
             rf"(?:(?P=s)(?P<y>{year}))?){end}",
             _read_next_day, "day", paired, separated, guards=(lunar,)),
        # "ngày 2-3 tháng 4 năm 2024"
        rule("day to day, month written out",
             rf"{start}{link}(?P<core>(?P<cue>(?:(?:{cues})\s+){{0,2}}(?:{day_word})\s+)(?P<d1>{day}){day_range}"
             rf"(?P<d2>{day})\s+{month_of}{day_month_or_name}(?:\s*,?\s*{year_of}(?P<y>{year}))?){plain_end}",
             _read_interval, "day", ranged, months, guards=(lunar,)),
        # "ngày 21 tháng 1 năm 2025", "mùng 5 tháng 5"
        # "hôm 28 tháng Tám", "Hôm thứ Tư 11 tháng Chín, 2024", "10 tháng Chín": a number before a month's
        # name is its day, so no cue is needed; the year may follow a comma, as overseas pages write it
        rule("day, month named",
             rf"{start}(?:(?:(?:{cues})\s+){{0,3}}(?:{links}),?\s+)?(?P<core>(?:(?:{cues})\s+){{0,3}}(?P<d>{day})\s+{month_of}"
             rf"(?P<mw>{day_month_name})(?:\s*,?\s*(?:{year_of})?(?P<y>{year}))?){plain_end}",
             _read_day, "day", months, guards=(lunar,)),
        rule("day, month written out",
             rf"{start}(?P<core>(?:(?:{cues})\s+){{1,3}}(?P<d>{day})\s+{month_of}(?P<m>{month})"
             rf"(?:\s*,?\s*{year_of}(?:(?P<y>{year})|(?P<rel>{relative})(?!\w)))?){plain_end}",
             _read_day, "day", months, guards=(lunar,)),
        # "ngày 7/1/2025", "24/02/2024", "22-2-2024", a month padded with a space "24- 4-2010"
        rule("day/month/year",
             rf"{full_start}(?P<core>{cue}?(?P<d>{day})(?P<s>[/.-])(?: (?=[1-9](?P=s)))?(?P<m>{month})(?P=s)"
             rf"(?P<y>{year})){full_end}",
             _read_day, "day", separated, guards=(lunar,)),
        # "ngày 7/1", "Ngày 23-2", "ngày 15.1", "rạng sáng 22/1", "(22/1)", "ngày 15/3 năm sau"
        rule("day/month",
             rf"{start}{link}{paren}(?P<core>{cue}?(?P<d>{day})(?P<s>[/.-])(?P<m>{month})"
             rf"(?:\s+{year_of}(?P<rel>{relative})(?!\w))?){end}(?P<place>(?=\s+(?:{place_links})(?!\w)))?",
             _read_day_month, "day", separated, guards=(lunar,)),
        # "tháng 3-4/2024"
        rule("month to month",
             rf"(?<!\w)(?P<core>{mod}{month_of}(?P<m1>{month})\s*[-–]\s*(?P<m2>{month})"
             rf"(?:\s*[/.-]\s*(?P<y>{year})|\s+{year_of}(?P<y2>{year}))?){plain_end}",
             _read_month_interval, "month", months),
        # "tháng 12/2024", "tháng 11-2023", "tháng 11.2023", "tháng 1 năm 2024", "cuối tháng 3", "Tháng 11", and a
        # month in words then a comma and its year, as overseas papers write it: "Tháng Hai, 2019"
        rule("month",
             rf"(?<!\w)(?P<core>{mod}{month_of}{month_or_name}(?:\s*[/.-]\s*(?P<y>{year})|\s+{year_of}(?P<y2>{year})"
             rf"|(?<=[^\W\d_]),\s*(?P<y3>{year})(?![0-9])|\s+{year_of}(?P<rel>{relative}))?)"
             rf"(?![0-9]|[.,/:-][0-9])",
             _read_month, "month", months, guards=(lunar, named_event, duration)),
        # "năm 2023-2024", and a season or fiscal year written with a slash: "năm 2024/2025"
        rule("year to year",
             rf"(?<!\w)(?P<core>{mod}{year_of}(?P<y1>{year})(?:\s*[-–]\s*|/)(?P<y2>{year})){plain_end}",
             _read_year_interval, "year", years),
        # "năm 2015", "đầu năm 2024"
        rule("year", rf"(?<!\w)(?P<core>{mod}{year_of}(?P<y>{year})){plain_end}", _read_year, "year", years),
        # "năm ngoái", "năm nay" (resolved only when the article has an anchor)
        rule("relative year", rf"(?<!\w)(?P<core>{mod}{year_of}(?P<rel>{relative_alone}))(?!\w)",
             _read_relative_year, "year", relative_years, guards=(after_a_quantity,)),
    )
    return DateGrammar(
        rules=rules,
        bare_day_month=re.compile(rf"{start}(?P<core>(?P<d>{day})/(?P<m>{month})(?:/(?P<y>{year}))?){end}"),
        after_lone_day=re.compile(rf"(?:^|\W)(?:{cues})\s+[0-9]{{1,2}}\s*(?:,|{and_or})\s*$", re.IGNORECASE),
        list_gap=re.compile(rf"\s*(?:,|{joiner}|[-–])\s*", re.IGNORECASE),
        day_list=re.compile(rf"{start}(?P<core>(?P<days>(?:(?:{cues})\s+){{1,3}}{day}(?:\s*,\s*{day})+)"
                            rf"\s*(?:,|{and_or})\s*(?P<last>(?P<d>{day})(?P<s>[/.])(?P<m>{month})(?:(?P=s)(?P<y>{year}))?))"
                            rf"{end}", re.IGNORECASE),
        lone_day=re.compile(rf"{start}(?P<core>(?:(?:{cues})\s+){{1,3}}(?P<d>{day}))(?![0-9]|\s*[/.-]\s*[0-9])",
                            re.IGNORECASE),
        chain_gap=re.compile(rf"\s*(?:,|{joiner}|[-–])?\s*(?:{clock}\s+)?(?:(?:{cues})\s+){{0,3}}",
                             re.IGNORECASE),  # "Từ 8h ngày 12 đến 17h ngày 14/6"
        pair_gap=re.compile(r"\s*[-–]\s*"),
        anniversary_year=re.compile(r"(?P<gap>\s*[-–]\s*)(?P<y>[0-9]{4})\s*\)"),
        archive_markers=tuple(marker.casefold() for marker in lexicon[Extraction.ARCHIVE_MARKERS]),
        gone=re.compile(rf"\s+(?:{past_marks})(?!\w)", re.IGNORECASE),
        # "đã" speaks of the next few words ("đã gặp vào tháng 2", not "đã nhất trí tổ chức hội nghị vào
        # tháng 2"); "từng" of its whole clause ("từng gặp trực tiếp tại Ả Rập Saudi vào tháng 2")
        looks_back=re.compile(rf"(?:^|\s)(?:(?:{past_cues})(?:\s+[^\s,.;:]+){{0,4}}"
                              rf"|(?:{clause_past_cues})(?:\s+[^\s,.;:]+){{0,10}})\s+$", re.IGNORECASE),
        looks_ahead=re.compile(rf"(?:^|\s)(?:{future_cues})(?:\s+[^\s,.;:]+){{0,4}}\s+$", re.IGNORECASE),
        since=re.compile(rf"(?:^|\s)(?:{since_cues})(?:\s+[^\s,.;:]+){{0,12}}\s+$", re.IGNORECASE),
        to_come=re.compile(rf"(?<!\w)(?:{future_cues})(?!\w)", re.IGNORECASE),
        # "tháng 10 tới", not "từ tháng 10 tới nay" (until now) nor "ngày 15 tới 17/5" (a range), nor "ngày
        # 4/11 tới thủ đô Kiev" (went to: a place word or, see _coming, a capitalised place follows)
        coming=re.compile(rf"\s+(?:{coming_marks})(?!\s*(?:nay|[0-9]))(?!\w)(?!\s+(?:{place_heads})(?!\w))",
                          re.IGNORECASE),
    )


def _scan(block: int, text: str, grammar: DateGrammar) -> list[_Found]:
    taken = TakenSpans()
    found: list[_Found] = []
    present: dict[re.Pattern[str], bool] = {}  # rules share their needs: search each once per block

    def found_in_text(need: re.Pattern[str]) -> bool:
        if need not in present:
            present[need] = need.search(text) is not None
        return present[need]

    for rule in grammar.rules:
        if not all(found_in_text(need) for need in rule.needs):
            continue
        for match in rule.pattern.finditer(text):
            start, end = match.span("core")
            if taken.overlaps(start, end):
                continue
            if any(guard(match) for guard in rule.guards):
                continue
            points = rule.read(match)
            if points is None:
                continue
            taken.add(start, end)
            found.append(_Found(block, start, end, points, rule.precision))
    found.sort(key=lambda f: f.start)
    _day_lists(block, text, found, taken, grammar)
    _listed_days(block, text, found, taken, grammar)
    found.extend(_chained_days(block, text, found, taken, grammar))
    found.sort(key=lambda f: f.start)
    return _anniversaries(text, found, grammar)


def _anniversaries(text: str, found: list[_Found], grammar: DateGrammar) -> list[_Found]:
    """'(12/7/1976 - 12/7/2025)': one day of the year in two years, joined by a dash, is an event and its
    anniversary, not a span; the second is a date the article commemorates, so neither is the story's date."""
    pairs: set[int] = set()
    for i, (first, second) in enumerate(pairwise(found)):
        if _same_day_other_year(first, second) and grammar.pair_gap.fullmatch(text, first.end, second.start):
            pairs.update((i, i + 1))
    years = []
    for i, item in enumerate(found):
        year = _anniversary_year(text, item, grammar)
        if year is not None and not any(f.start < year.end and year.start < f.end for f in found):
            pairs.add(i)
            years.append(year)
    dated = [replace(f, evidence=False) if i in pairs else f for i, f in enumerate(found)]
    return sorted([*dated, *years], key=lambda f: f.start) if years else dated


def _anniversary_year(text: str, item: _Found, grammar: DateGrammar) -> _Found | None:
    """'(25/3/1971 - 2025)': an event's full date, then its anniversary's year alone, closing the bracket the
    date opened; the year as a date of its own, which, like the event's, says nothing of the story's date."""
    point = item.points[0] if len(item.points) == 1 else None
    if point is None or point.day is None or point.year is None or not text[:item.start].rstrip().endswith("("):
        return None
    match = grammar.anniversary_year.match(text, item.end)
    year = int(match["y"]) if match else 0
    if match is None or not point.year < year <= _MAX_YEAR:
        return None
    return _Found(item.block, match.start("y"), match.end("y"), (_Point(year),), "year", evidence=False)


def _same_day_other_year(first: _Found, second: _Found) -> bool:
    if len(first.points) != 1 or len(second.points) != 1:
        return False
    a, b = first.points[0], second.points[0]
    return (a.day is not None and a.year is not None and b.year is not None
            and (a.day, a.month) == (b.day, b.month) and a.year != b.year)


def _day_lists(block: int, text: str, found: list[_Found], taken: TakenSpans, grammar: DateGrammar) -> None:
    """'ngày 15, 16 và 17/5': each day of the list, in the month (and year) of the last one."""
    if not _LISTED_NUMBERS.search(text):
        return
    for match in grammar.day_list.finditer(text):
        last = _read_day(match)
        if last is None or taken.overlaps(*match.span("days")):
            continue
        days = list(_NUMBER.finditer(text, *match.span("days")))
        numbers = [int(number[0]) for number in days] + [int(match["d"])]
        if any(a >= b for a, b in pairwise(numbers)):
            continue  # "ngày 30, 31 và 1/5" runs over two months: which one is unsaid
        points = [_valid_day(last[0].year, last[0].month, n) for n in numbers[:-1]]
        spans = [(match.start("core"), days[0].end()), *(number.span() for number in days[1:])]
        if not taken.overlaps(*match.span("last")):  # "6/10/2023" may already be a full date
            points.append(last[0])
            spans.append(match.span("last"))
        for (start, end), point in zip(spans, points, strict=True):
            if point is not None:
                taken.add(start, end)
                found.append(_Found(block, start, end, (point,), "day"))
    found.sort(key=lambda f: f.start)


def _listed_days(block: int, text: str, found: list[_Found], taken: TakenSpans, grammar: DateGrammar) -> None:
    """'ngày 30/4 và 1/5', 'ngày 8 và 9/4': a bare d/m joined to a date before it is a date too."""
    if "/" not in text:
        return
    day_ends = sorted(f.end for f in found if f.precision == "day")
    listed = []
    last_end = -1  # end of the nearest day date before the current match
    seen = 0
    for match in grammar.bare_day_month.finditer(text):
        start, end = match.span("core")
        while seen < len(day_ends) and day_ends[seen] <= start:
            last_end = max(last_end, day_ends[seen])
            seen += 1
        if taken.overlaps(start, end):
            continue
        joined = last_end >= 0 and grammar.list_gap.fullmatch(text, last_end, start) is not None
        if not (joined or grammar.after_lone_day.search(text, max(0, start - 40), start)):
            continue
        points = _read_day(match)
        if points is not None:
            taken.add(start, end)
            listed.append(_Found(block, start, end, points, "day"))
            last_end = end
    found.extend(listed)
    found.sort(key=lambda f: f.start)


def _chained_days(block: int, text: str, found: list[_Found], taken: TakenSpans,
                  grammar: DateGrammar) -> list[_Found]:
    """'Đêm 21, rạng sáng 22/1': a lone cued day takes the month of the date right after it."""
    days = [f for f in found if f.precision == "day"]  # sorted by start
    if not days:
        return []  # no date for a lone day to take its month from
    starts = [f.start for f in days]
    extra = []
    for match in grammar.lone_day.finditer(text):
        start, end = match.span("core")
        if taken.overlaps(start, end):
            continue
        at = bisect_left(starts, end)
        following = days[at] if at < len(days) else None
        if following is None or not grammar.chain_gap.fullmatch(text, end, following.start):
            continue
        first = following.points[0]
        point = _valid_day(first.year, first.month, int(match["d"]))
        if point is not None:
            extra.append(_Found(block, start, end, (point,), "day"))
    return extra


def _valid_day(year: int | None, month: int | None, day: int) -> _Point | None:
    if month is None or not 1 <= month <= 12 or (year is not None and not _MIN_YEAR <= year <= _MAX_YEAR):
        return None
    last = calendar.monthrange(year if year is not None else 2000, month)[1]  # 2000: allow 29/2
    return _Point(year, month, day) if 1 <= day <= last else None


def _valid_month(year: int | None, month: int) -> _Point | None:
    if not 1 <= month <= 12 or (year is not None and not _MIN_YEAR <= year <= _MAX_YEAR):
        return None
    return _Point(year, month)


def _valid_year(year: int) -> _Point | None:
    return _Point(year) if _MIN_YEAR <= year <= _MAX_YEAR else None


def _int(match: re.Match[str], *names: str) -> int | None:
    groups = match.groupdict()
    for name in names:
        value = groups.get(name)
        if value:
            return int(value)
    return None


def _month(match: re.Match[str]) -> int:
    """A month written as its number ('tháng 6') or its name ('tháng Sáu')."""
    word = match.groupdict().get("mw")
    return month_number(word) if word else int(match["m"])


def _sentence(text: str, start: int, end: int) -> tuple[int, int]:
    """The bounds of the sentence around [start, end)."""
    before = max(text.rfind(mark, 0, start) for mark in ".!?;")
    after = [at for at in (text.find(mark, end) for mark in ".!?;") if at >= 0]
    return before + 1, min(after, default=len(text))


def _introduced(match: re.Match[str]) -> bool:
    """A cue or link word before the expression, or brackets around it: '(22/1)', '(27/4-1/5)'."""
    bracketed = bool(match.groupdict().get("open")) and match.string[match.end("core"):match.end("core") + 1] == ")"
    return _linked(match) or bracketed


def _linked(match: re.Match[str]) -> bool:
    """A cue or link word before the expression: 'từ 12/7/2024 - 12/7/2025' is a span of a year."""
    groups = match.groupdict()
    return bool(groups.get("cue") or groups.get("link") or groups.get("day") or groups.get("clock"))


def _set_off_after_a_day(match: re.Match[str]) -> bool:
    """'hôm nay (27.2)', 'tối qua (28-9)': a relative day, then the date it is, in brackets; or set off by
    commas as brackets would ('Sáng nay, 25-6, tại Phủ Chủ tịch'), where a count goes on ('Hôm nay, 3-5 người');
    or right before where it was ('sáng qua 12-4 tại Gia Lai'), where no count stands without its noun."""
    groups = match.groupdict()
    closes = match.string[match.end("core"):match.end("core") + 1]
    return bool(groups.get("day")) and ((bool(groups.get("open")) and closes == ")")
                                        or (bool(groups.get("day_comma")) and closes == ",")
                                        or groups.get("place") is not None)


def _read_cross_interval(match: re.Match[str]) -> tuple[_Point, ...] | None:
    """'28/2-3/3/2024' needs a cue, a link or a year; dashed days ('ngày 31-10 đến 1-11') a time cue and a
    range word, as a lone 'd-m' does, since '3-5 đến 6-8' is a count."""
    y2 = _int(match, "y2")
    if not (_introduced(match) or y2):
        return None
    if match["s"] == "-" and not (match["to"] and match["cue"]):
        return None
    m1, m2 = int(match["m1"]), int(match["m2"])
    y1 = _int(match, "y1")
    if y1 and y2 and y1 != y2 and (int(match["d1"]), m1) == (int(match["d2"]), m2) and not _linked(match):
        return None  # "(12/7/1976 - 12/7/2025)": an event and its anniversary, two dates (see _anniversaries)
    if y1 is None and y2 is not None:
        y1 = y2 - 1 if m1 > m2 else y2
    first = _valid_day(y1, m1, int(match["d1"]))
    second = _valid_day(y2, m2, int(match["d2"]))
    return (first, second) if first and second else None


def _read_interval(match: re.Match[str]) -> tuple[_Point, ...] | None:
    """'29-30/10/2020' needs a cue, a link or a year; '15 đến 17/5' a cue or a link ('từ 12 đến 15/8').

    A dash before the month only after a range word and a time cue ('ngày 4 đến 6-3'), as for a
    lone 'd-m': '4-6-3' says nothing clear and 'từ 4 đến 6-7 người' is a count.
    """
    year = _int(match, "y")
    if not (_introduced(match) or (year and not match["to"])):
        return None
    if match.groupdict().get("s") == "-" and not (match["to"] and match["cue"]):
        return None
    month = _month(match)
    first = _valid_day(year, month, int(match["d1"]))
    second = _valid_day(year, month, int(match["d2"]))
    if not (first and second) or second.day is None or first.day is None or first.day >= second.day:
        return None
    return (first, second)


def _read_next_day(match: re.Match[str]) -> tuple[_Point, ...] | None:
    """'ngày 12 và 13-10-2022': the span of the two days, when the second is the day after the first."""
    month = _month(match)
    first = _valid_day(_int(match, "y"), month, int(match["d1"]))
    second = _valid_day(_int(match, "y"), month, int(match["d2"]))
    if first is None or second is None or first.day is None or second.day != first.day + 1:
        return None
    return (first, second)


def _read_day(match: re.Match[str]) -> tuple[_Point, ...] | None:
    point = _valid_day(_int(match, "y"), _month(match), int(match["d"]))
    relative = match.groupdict().get("rel")
    if point is not None and relative:  # "ngày 15/3 năm sau"
        point = replace(point, year_offset=_RELATIVE_YEARS[relative.lower()])
    return (point,) if point else None


def _read_day_month(match: re.Match[str]) -> tuple[_Point, ...] | None:
    if match["s"] == "/":
        if not _introduced(match):
            return None
    elif not (match.groupdict().get("cue") or _set_off_after_a_day(match)):
        return None
    return _read_day(match)


def _read_month_interval(match: re.Match[str]) -> tuple[_Point, ...] | None:
    year = _int(match, "y", "y2")
    m1, m2 = int(match["m1"]), int(match["m2"])
    first, second = _valid_month(year, m1), _valid_month(year, m2)
    return (first, second) if first and second and m1 < m2 else None


def _read_month(match: re.Match[str]) -> tuple[_Point, ...] | None:
    point = _valid_month(_int(match, "y", "y2", "y3"), _month(match))
    relative = match.groupdict().get("rel")
    if point is not None and relative:  # "tháng 10 năm ngoái"
        point = _Point(None, point.month, year_offset=_RELATIVE_YEARS[relative.lower()])
    return (point,) if point else None


def _read_year_interval(match: re.Match[str]) -> tuple[_Point, ...] | None:
    y1, y2 = int(match["y1"]), int(match["y2"])
    first, second = _valid_year(y1), _valid_year(y2)
    return (first, second) if first and second and y1 < y2 else None


def _read_year(match: re.Match[str]) -> tuple[_Point, ...] | None:
    point = _valid_year(int(match["y"]))
    return (point,) if point else None


def _read_relative_year(match: re.Match[str]) -> tuple[_Point, ...] | None:
    return (_Point(None, year_offset=_RELATIVE_YEARS[match["rel"].lower()]),)


def _coming(text: str, end: int, grammar: DateGrammar) -> bool:
    """Whether the words right after a date say it is the coming one ('tháng 10 tới'); a capitalised word
    after 'tới' is where someone went ('ngày 4/11 tới Kiev'), so the date is no nearer the future."""
    mark = grammar.coming.match(text, end)
    return mark is not None and not text[mark.end():mark.end() + 4].lstrip()[:1].isupper()


def _published(published: str | None) -> date | None:
    """The article's own 'now', when its published date is a valid ISO date."""
    parsed = re.match(r"([0-9]{4})-([0-9]{2})-([0-9]{2})", published or "")
    if parsed is None:
        return None
    point = _valid_day(int(parsed[1]), int(parsed[2]), int(parsed[3]))
    return date(point.year, point.month, point.day) if point and point.year and point.month and point.day else None


def _full_dates(item: _Found) -> list[date]:
    return [date(p.year, p.month, p.day) for p in item.points
            if p.year is not None and p.month is not None and p.day is not None]


def _story_date(found: Sequence[_Found]) -> date | None:
    """The date the story happens on, when the article has no published date.

    The first full date in reading order that is not history (more than six months before the
    latest one): news opens on its own event ("Ngày 10/10/2024, ..."), while a law "in force since
    1/1/2014" or a summit "held on 26-27/5/2024" is background, and "from 1/1/2025" may be ahead.
    """
    dated = sorted(((f.block, f.start), d) for f in found for d in _full_dates(f))
    if not dated:
        return None
    latest = max(d for _, d in dated)
    return next(d for _, d in dated if (latest - d).days <= _RECENT_DAYS)


def _reviewed_year(headline: str, lead: str, found: Sequence[_Found], now: date | None,
                   grammar: DateGrammar) -> int | None:
    """The year before the published one, when the headline names it and no other year, or the lead opens on
    it and the headline names no other: a review of last year ("Dấu ấn đối ngoại năm 2024", "Năm 2024, hoạt
    động đối ngoại ...", published in January 2025) speaks of that year."""
    if now is None:
        return None
    last_year = now.year - 1
    named = {p.year for f in _scan(HEADLINE, headline, grammar) for p in f.points if p.year is not None}
    if named == {last_year}:
        return last_year
    opening = next((f for f in found if f.block == 0), None)
    opens_on_it = (opening is not None and opening.points == (_Point(last_year),)
                   and not any(char.islower() for char in lead[:opening.start]))  # after a tag "(LLCT) - " at most
    return last_year if not named and opens_on_it else None


def _full_date_ends(evidence: Sequence[_Found]) -> dict[int, list[tuple[int, int, date]]]:
    """Per block, in reading order, each expression holding a full date: (start, end, its last full date)."""
    ends: dict[int, list[tuple[int, int, date]]] = {}
    for item in evidence:
        dated = _full_dates(item)
        if dated:
            ends.setdefault(item.block, []).append((item.start, item.end, dated[-1]))
    return ends


def _earlier_in_sentence(full: Sequence[tuple[int, int, date]], text: str, at: int) -> date | None:
    """The last full date before `at` in the same sentence: the year a writer named once for the days after it
    ("bầu ngày 3/8/2024, ... thăm từ ngày 18 đến 20/8")."""
    sentence_start = _sentence(text, at, at)[0]
    earlier = [d for start, end, d in full if end <= at and start >= sentence_start]
    return earlier[-1] if earlier else None


@dataclass(frozen=True, slots=True)
class _Anchor:
    """What an undated day or month takes its year from.

    `at` is the published date, else the story's own (`forward`); `past`/`ahead` say a cue put the
    mention before or after it; `reviewed` is the year a review of last year speaks of; `after` the full
    date earlier in the mention's sentence; `told` that the mention opens its sentence, a comma after it
    ("Tối 21/9, ông có cuộc gặp ..."): the when of what the sentence tells.
    """

    at: date | None
    forward: bool
    past: bool
    ahead: bool
    reviewed: int | None = None
    after: date | None = None
    told: bool = False


def _value(found: _Found, anchor: _Anchor) -> str | None:
    parts = [_resolve(p, anchor) for p in found.points]
    if any(part is None for part in parts):
        return None
    return "/".join(_iso(p) for p in parts if p is not None)


def _resolve(point: _Point, anchor: _Anchor) -> _Point | None:
    """Fill the year from the anchor.

    After a full date in its sentence, a day or month up to six months after it goes on in its year
    ('bầu ngày 3/8/2024, ... thăm từ ngày 18 đến 20/8' is 2024-08-18), unless a cue says otherwise.
    After a past cue ('từng gặp ... vào tháng 2', 'hồi tháng 1'): the latest year that puts the date
    not after the anchor, since what the article calls past is before it. After a future cue or before
    'tới' ('dự kiến kết thúc trước tháng 10', 'tháng 11 tới'): the first year not before it (a day a
    week before a published date is still this year's: the page may be published days after it was written).

    Around a published date: its year, as a writer leaves out the year of this year's dates ('trước ngày
    31/12' published 18/4/2025 is 2025-12-31), unless the date falls within three months of it across
    the new year ('28/12' published 7/1/2025 is 2024-12-28). In a review of last year, that year, but
    for a day in the month before publishing (the news it opens on).
    Around the story's own date (`forward`): the first year that puts the date no more than four
    months before it, as an undated month is more often the coming one than one long past
    ('ngày 22/3/2025 ... cuối tháng 10' is 2025-10, '10/10/2024 ... tháng 7' is 2024-07,
    '7/1/2025 ... ngày 28/12' is 2024-12-28).
    """
    if point.year is not None:
        return point
    now = anchor.at
    if point.year_offset is not None:
        if now is not None:
            return _Point(now.year + point.year_offset, point.month, point.day)
        return point if point.month is not None else None  # "tháng 10 năm ngoái" is still "--10"
    month, day = point.month, point.day
    if month is None:
        return point
    if anchor.after is not None:
        going_on = _going_on(anchor.after, month, day)
        if going_on is not None and (now is None or _agrees(going_on, now, anchor)):
            return going_on
    if now is None:
        return point
    years = (now.year - 1, now.year, now.year + 1)
    if day is None:
        here = now.year * 12 + now.month
        offset = {y: y * 12 + month - here for y in years}
        look_back, near, slack = _LOOK_BACK_MONTHS, _NEAR_MONTHS, 0
    else:
        offset = {y: (date(y, month, day) - now).days for y in years if _valid_day(y, month, day)}
        look_back, near, slack = _LOOK_BACK_DAYS, _NEAR_DAYS, _WRITTEN_BEFORE_DAYS
        if not offset:
            return point
    if anchor.past and any(offset[y] <= 0 for y in offset):
        year = max(y for y in offset if offset[y] <= 0)
    elif anchor.ahead and any(offset[y] >= -slack for y in offset):
        year = min(y for y in offset if offset[y] >= -slack)
    elif anchor.forward:
        year = next((y for y in offset if offset[y] >= -look_back), max(offset))
    else:
        year = _around_published(offset, now.year, near, anchor.reviewed, hook=day is not None)
        if anchor.told and day is not None and offset.get(year, 0) > near and offset.get(year - 1, -look_back - 1) \
                >= -look_back:
            year -= 1  # a sentence tells what happened on a day months ahead of publishing: it was last year's
    return _Point(year, month, day)


def _around_published(offset: dict[int, int], year: int, near: int, reviewed: int | None, *, hook: bool) -> int:
    """The year of an undated mention `offset` (days or months, per candidate year) from the published date."""
    if year not in offset:  # "29/2" in a year without one
        return min(offset, key=lambda y: abs(offset[y]))
    if reviewed is not None and reviewed in offset:
        opens_on = hook and -_HOOK_DAYS <= offset[year] <= 0
        return year if opens_on else reviewed
    nearest = min(offset, key=lambda y: (abs(offset[y]), y != year))
    return nearest if abs(offset[nearest]) <= near else year


def _tells_what_happened(text: str, start: int, end: int, grammar: DateGrammar) -> bool:
    """Whether the date opens its sentence, a comma after it, and no future cue follows in the sentence:
    "Tối 21/9, ông có cuộc gặp ..." tells what happened then (after a tag "(X) - " too)."""
    before = text[:start].rstrip(" -–—")
    if text[end:end + 1] != "," or (before and not before.endswith((".", "!", "?", ")", ":", "”", '"'))):
        return False
    return grammar.to_come.search(text, end, _sentence(text, start, end)[1]) is None


def _going_on(after: date, month: int, day: int | None) -> _Point | None:
    """The day or month in the first year not before `after`, if it comes at most six months after it."""
    for year in (after.year, after.year + 1):
        if day is None:
            if 0 <= year * 12 + month - (after.year * 12 + after.month) <= _SEQUENCE_MONTHS:
                return _Point(year, month)
        elif _valid_day(year, month, day) and 0 <= (date(year, month, day) - after).days <= _SEQUENCE_DAYS:
            return _Point(year, month, day)
    return None


def _agrees(point: _Point, now: date, anchor: _Anchor) -> bool:
    """A past cue wants the point not after `now`, a future cue not before it."""
    first = date(point.year or now.year, point.month or 1, point.day or 1)
    last = first if point.day is not None else date(first.year, first.month,
                                                    calendar.monthrange(first.year, first.month)[1])
    return not ((anchor.past and first > now) or (anchor.ahead and last < now))


def _iso(point: _Point) -> str:
    year = f"{point.year:04d}" if point.year is not None else "-"
    if point.month is None:
        return year
    if point.day is None:
        return f"{year}-{point.month:02d}"
    return f"{year}-{point.month:02d}-{point.day:02d}"
