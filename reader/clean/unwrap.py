"""Hard-wrapped lines -> the paragraphs they were cut from (print editions, PDF text, mailed pages).

Some pages are text a printer or a PDF tool broke at a fixed width: a headline over two or three
lines, every paragraph cut mid-sentence, even inside a name ("Chủ tịch UBND" / "tỉnh Bắc Giang").
Read line by line, each piece would be a paragraph or a headline of its own, so the page is mended
first. A page is taken as wrapped only when it says so itself: several lines that end with no
closing mark while the next one goes on with a word in lower case. Then a line goes on into the next when it
ends with no closing mark and the next starts in lower case or with a bracket, or when it runs to
the page's width (a name or a number may start the next; not a digest's headline under its number
"2."); never across a line in capitals (a
running head, a byline), into or out of a line printed twice (a blog's post title over its heading), a
photo caption (unless opened by its marker and going on in lower case: "Ảnh: X tại Moscow" / "hôm
15/5/2024") or a labelled field ("ĐT: ..."). On any other page only a line cut after a
comma, or such a caption, goes on, into a next line in lower case. On every page a paragraph's first word
alone on its line (a template that sets it apart: "Chiều" / "ngày 13/5/2024, đồng chí ...") goes on into a
line of words in lower case.
"""

from __future__ import annotations

import re
from itertools import pairwise

from reader.clean.lines import SENTENCE_ENDS, is_caption
from reader.clean.rules import CleaningRules

MIN_WRAPPED_BREAKS = 3  # a page or two of prose may have a lower-case line by chance; a wrapped page has many
MIN_WRAPPED_SHARE = 0.2  # and they are a good part of its lines of words (a blog's menus and archive are not)
MIN_CUT_WORDS = 4  # a line cut by the page's width holds words; a label or a user name over a line does not
FULL_WIDTH = 0.8  # a line this near the page's width was cut by it, not ended
WIDTH_QUANTILE = 0.75  # the page's width: most body lines reach it, headlines and bylines do not
CLOSING = (*SENTENCE_ENDS, ":", ";", "”", '"', "»", "■")
ITEM_NUMBER = re.compile(r"\d{1,2}[.)]")  # a digest's item number alone, over the item's headline: "2."
FIELD = re.compile(r"^[^\W\d_]+(?: [^\W\d_]+)?:\s")  # a label of a word or two opens a field: "ĐT: ...", "Ảnh: ..."


def unwrap(lines: list[str], rules: CleaningRules) -> list[str]:
    """The page's lines with hard-wrapped paragraphs and headlines joined again (other pages unchanged)."""
    lines = _first_words_joined(lines)
    breaks = sum(_goes_on(line, following) for line, following in pairwise(lines))
    worded = sorted(len(line) for line in lines if len(line.split(maxsplit=MIN_CUT_WORDS)) >= MIN_CUT_WORDS)
    if breaks < MIN_WRAPPED_BREAKS or breaks < MIN_WRAPPED_SHARE * len(worded):  # menus and labels are no prose
        return _comma_cuts_joined(lines, rules)
    width = worded[int(WIDTH_QUANTILE * (len(worded) - 1))]
    joined: list[str] = []
    for index, line in enumerate(lines):
        previous = lines[index - 1] if index else ""
        numbered = index >= 2 and ITEM_NUMBER.fullmatch(lines[index - 2]) is not None  # an item's headline over it
        twice = line == previous or (index >= 2 and previous == lines[index - 2])  # a headline printed twice
        if joined and not twice and _continues(previous, line, width, rules, by_width=not numbered):
            joined[-1] = f"{joined[-1]} {line}"
        else:
            joined.append(line)
    return joined


def _first_words_joined(lines: list[str]) -> list[str]:
    """A capitalised word alone on its line, and the next line goes on in lower case with words: the word opens
    that line's sentence ("Tại" / "buổi tiếp, Phó Chủ tịch ..."), a template's first word set apart."""
    joined: list[str] = []
    for line in lines:
        word = joined[-1] if joined else ""
        if word.isalpha() and word[0].isupper() and word[1:].islower() and _starts_lower(line) \
                and len(line.split(maxsplit=MIN_CUT_WORDS)) >= MIN_CUT_WORDS \
                and FIELD.match(line) is None:  # "Đăng" / "ngày: 04/10/2024 - 13:10": a label's pieces
            joined[-1] = f"{word} {line}"
        else:
            joined.append(line)
    return joined


def _comma_cuts_joined(lines: list[str], rules: CleaningRules) -> list[str]:
    """On a page that is not wrapped, only a line cut after a comma goes on into the next when that one opens in
    lower case: no sentence ends on a comma ("... cho đại diện các trại sinh," / "ngày 15/7/2024", a caption
    a scraper broke before its date); so does a caption opened by its marker and cut with no closing mark
    ("Ảnh minh họa: X tại Điện Kremlin ở Moscow" / "hôm 15/5/2024. AFP photo"), and a sentence's date alone before
    its comma into the next line in any case ("Ngày 27 tháng 5 năm 2021," / "Người phát ngôn X cung cấp ...")."""
    joined: list[str] = []
    for line in lines:
        if joined and ((_starts_lower(line) and (joined[-1].endswith(",") or (
                not joined[-1].endswith(CLOSING) and rules.caption_start.match(joined[-1]) is not None)))
                or _opens_on_its_date(joined[-1], rules)):
            joined[-1] = f"{joined[-1]} {line}"
        else:
            joined.append(line)
    return joined


def _opens_on_its_date(line: str, rules: CleaningRules) -> bool:
    """A sentence's date alone, cut after its comma ("Ngày 27 tháng 5 năm 2021,"): a release opening on its day,
    which goes on into the next line whatever its case."""
    return line.endswith(",") and line[:1].isupper() and rules.dateline.fullmatch(line) is not None \
        and any(ch.isdigit() for ch in line)


def _goes_on(line: str, following: str) -> bool:
    """A line of prose cut mid-sentence: words, no closing mark, and the next line goes on with a word in
    lower case (not a user name "hoangminh88", nor a widget's word under a label)."""
    return not line.endswith(CLOSING) and len(line.split(maxsplit=MIN_CUT_WORDS)) >= MIN_CUT_WORDS \
        and _starts_lower(following)


def _starts_lower(line: str) -> bool:
    """Whether the line opens with a word of lower-case letters only."""
    word = line.split(maxsplit=1)[0].rstrip(",.;:")
    return word.isalpha() and word.islower()


def _continues(line: str, following: str, width: int, rules: CleaningRules, by_width: bool = True) -> bool:
    """Whether `following` goes on from `line` on a wrapped page (`by_width`: also when `line` reaches the width;
    a caption only when opened by its marker and the next line goes on in lower case)."""
    if not line.endswith(CLOSING) and rules.caption_start.match(line) is not None and _starts_lower(following):
        return True
    if line.endswith(CLOSING) or line.isupper() or following.isupper() or FIELD.match(following) is not None \
            or is_caption(line, rules) or is_caption(following, rules):
        return False
    return _starts_lower(following) or following[:1] == "(" or (by_width and len(line) >= FULL_WIDTH * width)
