"""Classified lines -> articles: where each article starts, what belongs to it.

A page is one or more articles, each a headline then its body, followed by the
site's related-news lists. Of the headline-shaped lines above the first paragraph, the
one the lead tells the story of is the headline. A later headline-shaped line opens a new article only when
what follows says so (a news lead "Ngày 28/12, ...", a dateline or byline, the
headline printed again, an image alt line repeating it, or a teaser); otherwise
it is a short body line and stays in the body. A related-news (or comment, or
tag) heading ends the articles: everything after it is other news. Teasers are
kept as excerpts; prose after a teaser box goes back to the article around it. A
digest's numbered stories ("1. <headline>" over paragraphs of its own) are articles.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import TypeGuard

from reader.clean.lines import (
    MAX_HEADLINE_CHARS,
    MAX_KICKER_WORDS,
    SENTENCE_ENDS,
    Kind,
    Line,
    caption_credit_only,
    dateline_value,
    ends_with_ellipsis,
    has_sentence_break,
    is_byline,
    is_caption,
    is_dated_label,
    is_headline_shaped,
    lead_day_gap,
    lead_day_precedes,
    named_office,
    names_no_author,
    next_position,
    several_names,
    signed_with_desk,
    tagged_lead_date,
)
from reader.clean.rules import CleaningRules, fold_line
from reader.model import Block, BlockKind
from reader.text import fold

ALT_LOOKAHEAD = 4  # image alt lines sit right under the headline they repeat
LEAD_WINDOW = 200  # the when of a lead is in its first clause
MIN_TITLE_WORDS = 3  # shorter lines before the first headline are breadcrumbs or section names
MIN_LATER_PARAGRAPHS = 2  # a second full story on a page has more than a summary
MIN_RESUMED_PARAGRAPHS = 2  # an article's prose going on under a teaser box set in it (one line may be a caption)
MIN_HEADLINE_LIST = 2  # one unpunctuated last line may be the body's; two in a row are a list of links
CAPTION_AND_OFFICE = 2  # the body's last photo's caption, then the office signing it ("Phòng Văn hóa ... Quận 1")
MIN_RELATED_STORY_PARAGRAPHS = 2  # past a related heading a story needs more than a listed summary
MIN_SAPO_WORDS = 25  # a line printed twice under the headline and this long is its sapo, no headline
MIN_PROSE_WORDS = 5  # a sentence: "Hai bên đã ký hiệp định."
MAX_BOX_LINES = 4  # a related box inside an article holds a heading or two and a few headlines
MIN_AFFILIATION_PARTS = 2  # an author's unit and the academy it is part of: "Viện X, Học viện Y"
MAX_INSTITUTE_TAIL_WORDS = 3  # "Viện Quan hệ quốc tế": an institute's field in lower case after its last capital
MAX_SIGNATURE_WORDS = 6  # "ĐSQ Việt Nam tại Chile": an office signing the story under its last sentence
MAX_MASTHEAD_LEAD_DAYS = 31  # a masthead's date is its edition's: a lead told months before it, the site's clock
MIN_PROSE_WORDS_UNPUNCTUATED = 12  # without a closing mark only a long line is prose (a clock or menu is short)
TRAIL_MARKS = (" > ", " » ", " › ", " | ")
END_MARKS = frozenset("■□▪◼◾")  # a print edition's mark under an article's last line
END_STOP = "./."  # a news agency's mark closing an article's last sentence: "... giữ lời"./."
NAMED_SHARE = 1 / 3  # a lead names a headline when its first sentence repeats a third of its words or more
RETOLD_SHARE = 3 / 4  # a document's heading in capitals retells the headline it is printed under
TOLD_SHARE = 1 / 2  # a dated lead tells the headline over it when it repeats half its words
NAMED_MARGIN = 3  # and three times the share it repeats of the other line (a social row, a live page's label)
NUMBERED = re.compile(r"^(?P<number>\d{1,2})[.)](?:\s+(?P<title>\S.*))?$")  # "1. Thủ tướng Ba Lan: ...", "2."
ROMAN_NUMBERED = re.compile(r"^(?:I|II|III|IV|V|VI|VII|VIII|IX|X)[.)]\s+\S")  # an outline's part: "II. TRẢ LỜI"
MIN_DIGEST_ITEMS = 2  # a digest numbers two stories or more
MIN_LISTED_TEASERS = 3  # a tag page lists several items; one or two may be a story and its related item
MAX_TAG_WORDS = 4  # a story's tag: a section's or a topic's name, "Tin thời sự", "Biển Đông"
MAX_SUMMARY_WORDS = 60  # a listed story's summary is a sentence or two
SENTENCE_BREAK = re.compile(r"[.!?][\"”’)]?\s+(?=[\"“‘(]?[^\W\d_])")
TITLE_TAG = re.compile(r"^\((?P<tag>[^\s()]{2,15})\)\s+(?=[^\W\d_])")  # "(PTP) Lãnh đạo tỉnh tiếp ..."
# The language a multilingual site (SPIP, as French institutions run) prints after every title: "... [fr]"
LANGUAGE_MARK = re.compile(r"\s+\[[a-z]{2}\]$")
WORD = re.compile(r"\w+")
BARE_LINK = re.compile(r"https?://\S+$")  # an address alone on its line
# a note under the article: "[1] Văn kiện Đại hội ...", "(2) Xem: ...", an encyclopedia's "^ Báo X, số ra ngày ..."
FOOTNOTE = re.compile(r"(?:[\[(]\d{1,3}[\])]|\^)\s")


@dataclass
class Draft:
    """An article being assembled, line by line."""

    title: str
    published: str | None = None
    author: str | None = None
    credit: str | None = None
    blocks: list[Block] = field(default_factory=list)
    confirmed: bool = False  # a dateline or byline under the title: a later headline needs its own to replace it
    dated_above: bool = False  # `published` is from a dateline right above the title: one under it wins
    provisional: bool = False  # named by a line that is no headline (a menu word): any headline replaces it
    from_related: bool = False  # opened past a related heading: kept only as a full story
    paragraphs: int = 0
    prose: int = 0  # paragraphs that read as prose, not as headlines
    last_paragraph: str = ""
    headline_run: int = 0  # headline-shaped paragraphs in a row at the end of the body
    headline_run_start: int = 0  # where in blocks that run starts
    doubled: bool = False  # the headline printed twice over the body, as a listing prints its items' link and title
    sectioned: bool = False  # a subheading inside the body, prose under it: the article runs in sections
    boxed: bool = False  # a teaser in a box set inside another article, whose prose goes on under it: no article

    def add(self, kind: BlockKind, text: str, headline_shaped: bool = False) -> None:
        if kind == "paragraph":
            if not headline_shaped:
                self.sectioned = self.sectioned or (self.headline_run == 1 and self.paragraphs >= 2)
                self.headline_run = 0
                self.prose += len(text.split(maxsplit=MIN_TITLE_WORDS)) >= MIN_TITLE_WORDS  # not a label
            elif not self.headline_run:
                self.headline_run, self.headline_run_start = 1, len(self.blocks)
            else:
                self.headline_run += 1
            self.paragraphs += 1
            self.last_paragraph = text
        self.blocks.append(Block(kind, text))

    @property
    def first_paragraph(self) -> str:
        """The body's first paragraph, its lead ("" before one)."""
        return next((block.text for block in self.blocks if block.kind == "paragraph"), "")

    def take_trailing_authors(self, rules: CleaningRules) -> None:
        """Names joined by dashes that end the body sign it: "Huỳnh Phong - Hùng Anh"; so does a name with its
        office or desk after a dash ("Ngọc Trâm - Phòng Hợp tác quốc tế", the office the credit)."""
        last = self.blocks[-1] if self.blocks else None
        if last is None or last.kind != "paragraph" or self.paragraphs < 2:
            return
        desk = signed_with_desk(last.text, rules)
        if several_names(last.text) or desk is not None:
            self.author = self.author or (desk[0] if desk is not None else last.text)
            self.credit = self.credit or (desk[1] if desk is not None else None)
            del self.blocks[-1]
            self.paragraphs -= 1
            self.headline_run = max(0, self.headline_run - 1)
            kept = [b.text for b in self.blocks if b.kind == "paragraph"]
            self.last_paragraph = kept[-1] if kept else ""

    def drop_trailing_headline_list(self, rules: CleaningRules) -> None:
        """Headlines in a row that end the body are a related-news list that lost its heading; a label
        of a word or two that ends it is a widget's ("Diễn đàn"); an office's name under its last
        sentence signs it ("ĐSQ Việt Nam tại Chile": the credit); a link's label over the list ("Chi tiết"
        under a teaser's item) goes with it, and so do a label and the one headline under it (a widget's
        "Sách hay" and its book), also right over the list and its label (a video page's "Quốc hội" over its
        channel, "Truyền hình Quốc hội Việt Nam", then "Video khác" and its headlines)."""
        if self._caption_over_signature(rules):
            return
        last = self._before_labels(len(self.blocks))
        if self.headline_run >= MIN_HEADLINE_LIST and self.headline_run_start < last:
            last = self._before_labels(self.headline_run_start)
            if last >= 2 and self.headline_run_start > last and self.blocks[last - 1].kind == "paragraph" \
                    and is_headline_shaped(self.blocks[last - 1].text) and self._before_labels(last - 1) < last - 1:
                last = self._before_labels(last - 1)  # the widget's label and its one item over the list's label
        elif self.headline_run == 1 and self.headline_run_start == last - 1 \
                and self._before_labels(last - 1) < last - 1:
            last = self._before_labels(last - 1)  # a widget's label over its one item: "Sách hay", a book's title
        elif ((self.headline_run == 1 and self.headline_run_start == last - 1) or not self.headline_run) \
                and last and self.blocks[last - 1].kind == "paragraph" \
                and not self.blocks[last - 1].text.endswith(SENTENCE_ENDS) \
                and sum(block.kind == "paragraph" for block in self.blocks[:last]) > 1 \
                and _is_signing_office(self.blocks[last - 1].text, rules) and self._prose_closed_before(last - 1):
            self.credit = self.credit or self.blocks[last - 1].text  # the office that signs: "ĐSQ Việt Nam tại Chile"
            last -= 1
        if last == len(self.blocks):
            return
        self._cut(last)

    def _caption_over_signature(self, rules: CleaningRules) -> bool:
        """Whether the body ends on a line shaped like a headline, then an office that signs it, under closed prose:
        the signature closes the article, so the line over it is the article's, its last photo's caption ("Ông X
        tặng quà lưu niệm cho Tổng Lãnh sự Y", then "Phòng Văn hóa và Thông tin Quận 1"), no list of links; the
        office is the credit."""
        end = len(self.blocks)
        if self.headline_run != CAPTION_AND_OFFICE or self.headline_run_start != end - CAPTION_AND_OFFICE \
                or self.paragraphs <= CAPTION_AND_OFFICE or not self._prose_closed_before(end - CAPTION_AND_OFFICE) \
                or not _is_signing_office(self.blocks[-1].text, rules) or _is_label_text(self.blocks[-2].text):
            return False
        self.credit = self.credit or self.blocks[-1].text
        caption = self.blocks[-2].text
        self._cut(end - CAPTION_AND_OFFICE)
        self.blocks.append(Block("caption", caption))
        return True

    def drop_link_above_next(self, text: str) -> None:
        """The body's last paragraph when it is `text`, a line shaped like a headline under its closed prose, right
        above the next story's headline: a link between the two stories (see _Page._open)."""
        last = self.blocks[-1] if self.blocks else None
        if last is None or last.kind != "paragraph" or last.text != text or self.headline_run != 1 \
                or self.paragraphs < MIN_LATER_PARAGRAPHS or not self._prose_closed_before(len(self.blocks) - 1):
            return
        self._cut(len(self.blocks) - 1)

    def drop_trailing_tag(self) -> None:
        """The body's last paragraph, when a label of a few words with no closing mark, is one of the story's tags
        when a section's name follows it (Sputnik's "Tin thời sự", "Việt Nam", "Nga" under the last sentence)."""
        last = self.blocks[-1] if self.blocks else None
        if last is None or last.kind != "paragraph" or len(last.text.split()) > MAX_TAG_WORDS \
                or last.text.endswith((*SENTENCE_ENDS, ":")) or not self._prose_closed_before(len(self.blocks) - 1):
            return
        self._cut(len(self.blocks) - 1)

    def drop_trailing_summaries(self, rules: CleaningRules) -> None:
        """Under a "more" link that ends the page ("Xem thêm", nothing under it), the paragraphs right above it
        that each sum up a story in a sentence or two, from the first that tells its day ("... trong phiên
        giao dịch sáng 21/4."), are the list it closes when three of them or more tell days and none of those
        is a day the article's own paragraphs above tell: other stories, not this one's end."""
        start = len(self.blocks)
        while start and (self.blocks[start - 1].kind == "caption" or _is_summary(self.blocks[start - 1].text)):
            start -= 1
        while start < len(self.blocks) and not (self.blocks[start].kind == "paragraph"
                                                and _days(self.blocks[start].text, rules)):
            start += 1  # the list opens on a dated item; short paragraphs over it are the article's
        listed = [_days(block.text, rules) for block in self.blocks[start:] if block.kind == "paragraph"]
        kept = [block.text for block in self.blocks[:start] if block.kind == "paragraph"]
        told = {day for text in kept for day in _days(text, rules)}
        if sum(bool(days) for days in listed) < MIN_LISTED_TEASERS or not kept \
                or any(told & days for days in listed):
            return
        self._cut(start)

    def _cut(self, end: int) -> None:
        """The body without its blocks from `end` on, its paragraphs counted again."""
        del self.blocks[end:]
        kept = [b.text for b in self.blocks if b.kind == "paragraph"]
        self.paragraphs, self.last_paragraph, self.headline_run = len(kept), kept[-1] if kept else "", 0

    def _before_labels(self, end: int) -> int:
        """Where the labels of a word or two that end blocks[:end] start (one paragraph at least is kept)."""
        kept = sum(block.kind == "paragraph" for block in self.blocks[:end])
        while end and self.blocks[end - 1].kind == "paragraph" and _is_label_text(self.blocks[end - 1].text) \
                and kept > 1:
            end -= 1
            kept -= 1
        return end

    def _prose_closed_before(self, end: int) -> bool:
        """Whether the last paragraph before blocks[end] closes like a sentence."""
        before = [b.text for b in self.blocks[:end] if b.kind == "paragraph"]
        return bool(before) and before[-1].endswith(SENTENCE_ENDS)

    @property
    def is_excerpt(self) -> bool:
        """A teaser: one paragraph, cut short with "..."."""
        return self.paragraphs == 1 and ends_with_ellipsis(self.last_paragraph)


def segment(lines: list[Line], rules: CleaningRules) -> list[Draft]:
    """The page's articles in reading order, related-news lists left out."""
    page = _Page(lines, rules)
    for index, line in enumerate(lines):
        page.read(index, line)
    page.settle_boxes()
    for draft in page.drafts:
        draft.take_trailing_authors(rules)
        draft.drop_trailing_headline_list(rules)
    for draft in page.drafts:
        draft.title = _untagged(draft.title)
    drafts = _one_per_headline([d for d in page.drafts if d.paragraphs and not d.boxed
                                and (not d.from_related or _is_full_story(d, rules))])
    if len(drafts) > 1 and _is_portal_chrome(drafts[0], rules) and any(_is_article(d, first=False) for d in drafts[1:]):
        drafts = drafts[1:]  # the portal's name over a notice or a box of teasers, then the page's story
    if _is_teaser_listing(drafts, rules):
        return []  # a tag page's items: each headline twice over a one-sentence summary, no article of its own
    listing = bool(drafts) and _is_whole_item(drafts[0], rules)  # the page's own article is one whole paragraph
    return _settle_credits([d for n, d in enumerate(drafts)
                            if _is_article(d, first=n == 0) or (listing and _is_whole_item(d, rules))])


class _Page:
    """The articles of one page as its lines are read in order."""

    def __init__(self, lines: list[Line], rules: CleaningRules) -> None:
        self.lines = lines
        self.rules = rules
        self.drafts: list[Draft] = []
        self.current: Draft | None = None
        self.full: Draft | None = None  # the last full article: prose after a teaser box is its
        self.closed = False  # a byline, credit or section trail just ended the article's body
        self.in_related = False  # under a related-news heading: a list of other news, until a story opens
        self.past_related = False  # a related heading was passed: a story opened now must be a full one
        self.related_at = -1  # where the last related heading stood
        self.box_inside = False  # and whether it came inside the body, not under its byline or credit
        self.date_above: tuple[int, Line] | None = None  # a dateline right above the headline at [0]: its date
        self.title_at = -1  # the line the current article's title came from
        # where a digest's numbered stories open, and their titles; where its intro stands, if it has one
        self.digest_items, self.digest_intro = _digest_items(lines, rules)
        self.boxes: list[tuple[list[Draft], Draft, int]] = []  # teasers set in an article, it, its blocks then
        self.retold: set[int] = set()  # where a document's heading retells the title (see _retold_heading)

    def settle_boxes(self) -> None:
        """Teasers in a box set inside an article are its box's, not articles of the page, once the article's
        prose goes on for two paragraphs under them (one line under a teaser may be its photo's caption, and a
        pager or an address under a listing's last item is no prose)."""
        for teasers, article, blocks_before in self.boxes:
            resumed = [block.text for block in article.blocks[blocks_before:] if block.kind == "paragraph"]
            if sum(reads_as_prose(text, self.rules) for text in resumed) >= MIN_RESUMED_PARAGRAPHS:
                for teaser in teasers:
                    teaser.boxed = True

    def has_body(self) -> bool:
        """Whether an article has begun its body (a related heading before that is a menu)."""
        return self.current is not None and self.current.paragraphs > 0

    def read(self, index: int, line: Line) -> None:
        if index in self.retold or index == self.digest_intro:
            return  # the title retold by a document's heading; a digest's greeting that counts its stories
        kind = line.kind
        current = self.current
        if kind is Kind.RELATED_HEADING:
            if self.has_body():  # above the article it is a menu, not yet the end of it
                if not self.in_related:
                    self.related_at, self.box_inside = index, not self.closed
                    if current is not None and self._ends_page(index):
                        current.drop_trailing_summaries(self.rules)  # a "more" link under the list it closes
                self.in_related = self.past_related = self.closed = True
            return
        if kind is Kind.FURNITURE:
            if self.has_body() and (_is_trail(line.text) or line.text in END_MARKS):
                self.closed = True  # the section trail printed again over a second story, a print end mark "■"
            return
        if self.in_related:
            if kind in (Kind.HEADLINE, Kind.DOUBLED) and opens_article(self.lines, index, self.rules):
                self._open(index, line.text)
            elif current is not None and self._box_ends(index):
                self.in_related = self.past_related = False
                self._add_to_body(current, line)
            return  # a related list: headlines, times and summaries of other news
        if kind is Kind.DATELINE:
            self._date(index, line)
        elif kind is Kind.BYLINE and (line.text.isupper() or not (
                current and current.paragraphs and _prose_follows(self.lines, index, self.rules))):
            if current is None or not (current.paragraphs or self._signs_title(index)):
                return  # above the headline, or among the chrome, a name is the site's, a menu's or a place's
            if current.dated_above and not current.paragraphs:
                current.author = None  # a name on the dateline above the title is its section's; the byline signs
            if not names_no_author(line.text, self.rules):  # a paper's, a blog's or a section's name signs nothing
                current.author = current.author or line.text  # a name over the body or under it; inside it is text
            elif current.paragraphs > 1 and not self.closed:
                current.drop_trailing_tag()  # a section's name under a label: the story's tags ("Tin thời sự", "Nga")
            current.credit = current.credit or line.credit
            current.confirmed = True
            if not _prose_follows(self.lines, index, self.rules):
                self._close()  # a name in capitals under the sapo signs the article and the body goes on
        elif index in self.digest_items:
            self._open(index, self.digest_items[index])  # a digest's numbered story: "1. <headline>", its body
        elif current is None:
            self._start_page(index, line)
        elif kind is Kind.HEADLINE and index + 1 < len(self.lines) and BARE_LINK.match(self.lines[index + 1].text):
            pass  # a link's text over its address ("Kỳ 2: ...", then "https://..."): another page's, not this one's
        elif not current.blocks and kind is Kind.BODY and not current.confirmed and _is_label(line) \
                and fold_line(line.text) not in self.rules.section_names and self._over_dateline(index) \
                and _lead_names(self.lines, index, line.text, current.title, self.rules):
            self._retitle(index, line.text)  # a headline of a word or two over its dateline, the lead tells it
        elif not current.blocks and (_same(line.text, current.title) or _is_label(line)):
            current.doubled = current.doubled or _same(line.text, current.title)
            # the headline printed again under itself (a listing's link and title), or a section label over the body
        elif not current.blocks and kind is Kind.HEADLINE and self._alt_under_capitals(index, current.title):
            pass  # the headline in capitals, then its photo's alt text in mixed case, the title and a few words more
        elif kind is Kind.HEADLINE and current.doubled and current.paragraphs == 1 and self._printed_twice(index):
            self._open(index, line.text)  # a listing's next item: its headline twice, as the one above
        elif not current.paragraphs and kind is Kind.HEADLINE and self._under_photo_or_byline(index) \
                and _is_affiliation(line.text, self.rules):
            pass  # the author's affiliation under the byline: "Viện Quan hệ quốc tế, Học viện Chính trị quốc gia X"
        elif not current.paragraphs and kind is Kind.HEADLINE and self._under_photo_or_byline(index) \
                and not _prose_follows(self.lines, index, self.rules) \
                and not _lead_names(self.lines, index, line.text, current.title, self.rules):
            pass  # the title's chrome under its photo or its author ("Thông tin về bài viết", an affiliation)
        elif not current.blocks and kind is Kind.DOUBLED and not current.provisional \
                and len(line.text.split(maxsplit=MIN_SAPO_WORDS)) > MIN_SAPO_WORDS:
            self._add_to_body(current, Line(Kind.BODY, line.text))  # the sapo printed twice under the headline
        elif not current.blocks and kind in (Kind.HEADLINE, Kind.DOUBLED) and not is_lead(line.text, self.rules):
            self._head_line(index, line, current)
        elif not current.blocks and kind is Kind.BODY and not reads_as_prose(line.text, self.rules):
            pass  # chrome between the headline and the lead: a kicker, a site clock, a numbered menu
        elif kind is Kind.HEADLINE and current.paragraphs and not self.closed \
                and (is_dated_label(line.text) or self._under_dated_label(index)):
            pass  # an inline card inside the body: a photo's label with its date, the other story's headline
        elif kind is Kind.HEADLINE and current.paragraphs and not (current.is_excerpt or self.closed
                                                                   or self.past_related) and self._photo_inside(index):
            if self._repeated_above(index):
                self._add_to_body(current, Line(Kind.CAPTION, line.text))  # the photo's caption under its alt text
        elif (kind is Kind.DOUBLED or (kind is Kind.HEADLINE and (
                opens_article(self.lines, index, self.rules, by_lead=not current.sectioned)
                or (self.closed and _prose_follows(self.lines, index, self.rules))))) \
                and not current.last_paragraph.endswith(":"):  # a paragraph that announces what follows
            self._open(index, line.text)
        elif kind is Kind.CREDIT:
            current.credit = current.credit or line.text
            self._close()
        elif self.closed and (kind is Kind.HEADLINE or (kind is Kind.BODY and (
                not reads_as_prose(line.text, self.rules) or FOOTNOTE.match(line.text) is not None))):
            pass  # under a closing byline or credit: buttons, labels, forms, listed headlines ("Gửi", "Tin tức"), notes
        elif current.is_excerpt and kind is Kind.BODY and self._under_teaser_photo(index):
            current.add("caption", line.text)  # the teaser's photo and its caption: the box's, not the article's
        else:
            self._add_to_body(current, line)

    def _close(self) -> None:
        """A byline or credit under the body closes it; past a related heading, the list resumes."""
        self.closed = self.has_body()
        if self.closed and self.past_related:
            self.in_related = True

    def _date(self, index: int, line: Line) -> None:
        """A dateline under the headline dates the article; one right above it too, if none is under it;
        one higher up, with chrome between, is the site's clock. One right under the closing byline dates an
        article that is undated or dated only from above (a clock printed over the headline), unless a story
        opens under it (a blog's next post under its day's date); so does one right under its sapo when the
        site tags that ("SKCĐ - Ngày 10/7, ...", then the date) or the dateline names its source."""
        target = self.current
        at = _next_text_line(self.lines, index + 1)
        if target is not None and target.paragraphs:
            if at is not None and self.lines[at].kind in (Kind.HEADLINE, Kind.DOUBLED):
                self.date_above = (at, line)  # a blog's date over its next post, if that headline opens one
            if self.closed and line.author is not None and target.author is None:
                target.author = line.author  # signed under the body's credit: "Nguồn: X", then "Theo A | 18/03/2024"
            # the headline printed again under its stamp, then the lead: "<sapo>", "14/10/2024 19:05", "<headline>"
            past = at if at is not None and _same(self.lines[at].text, target.title) else index
            lead_at = _next_text_line(self.lines, past + 1) if past != index else at
            lead = self.lines[lead_at].text if lead_at is not None else ""
            if target.paragraphs == 1 and target.published is None and not target.is_excerpt \
                    and (line.credit is not None or self.rules.site_tag.match(target.last_paragraph) is not None) \
                    and _prose_follows(self.lines, past, self.rules):
                target.published = line.published  # under a sapo the site tags ("SKCĐ - "), or an aggregator's source
                target.credit = target.credit or line.credit
            elif target.paragraphs == 1 and target.published is None and not target.is_excerpt \
                    and _has_clock(line.published) \
                    and _prose_follows(self.lines, past, self.rules) \
                    and any(lead_day_precedes(text, line.published, self.rules)
                            for text in (target.last_paragraph, lead)):
                target.published = line.published  # a stamp with a clock after a sapo; it or the lead tells its day
            elif (target.published is None or target.dated_above) and not target.is_excerpt and self.closed \
                    and line.published is not None \
                    and self._right_under_byline(index, signed=line.author is not None) \
                    and (at is None or not self._opens_story(at)):
                target.published, target.dated_above = line.published, False  # the date the author signed
            elif target.published is None and not target.is_excerpt and _has_clock(line.published) \
                    and self._right_under_body(index, target) \
                    and (at is None or not self._opens_story(at)) \
                    and lead_day_precedes(target.first_paragraph, line.published, self.rules):
                target.published = line.published  # an app's stamp under the body, the lead's day just before it
            return  # else, inside or after the body, it dates other news
        above = at is not None and self.lines[at].kind in (Kind.HEADLINE, Kind.DOUBLED) \
            and (target is None or not (_same(self.lines[at].text, target.title)
                                        or (self.lines[at].text.isupper() and not target.provisional)))
        self.date_above = (at, line) if above and at is not None else None
        if target is None or above:
            return
        if target.published is None or (target.dated_above and line.published is not None):
            target.published, target.dated_above = line.published, False
        target.author = target.author or line.author
        target.credit = target.credit or line.credit  # an aggregator's paper: "Tiền Phong 18:20 15/08/2024"
        target.confirmed = True

    def _opens_story(self, index: int) -> bool:
        """Whether the line at `index` is a headline over prose of its own: a blog's next post under its day's
        date, which that date is for; a list of headlines under a closing byline is the site's other news."""
        return self.lines[index].kind in (Kind.HEADLINE, Kind.DOUBLED) \
            and (opens_article(self.lines, index, self.rules) or _prose_follows(self.lines, index, self.rules))

    def _right_under_body(self, index: int, article: Draft) -> bool:
        """Whether the line at `index` stands right under the last paragraph of `article` (only furniture
        between): "... hai nước.", then "Đăng lúc 09:12 10/07/2024", as a news app closes each story."""
        at = next_position(self.lines, index - 1, -1)
        return at is not None and self.lines[at].text == article.last_paragraph

    def _right_under_byline(self, index: int, signed: bool = False) -> bool:
        """Whether the line at `index` stands right under a byline (only furniture between): "Hải Yến",
        then "08/03/2025 06:30", the date the author signed; a dateline that signs itself also under the
        closing credit ("Nguồn: VnExpress", then a forum's "hoangminh88, 29/11/2025 lúc 21:14")."""
        for position in range(index - 1, -1, -1):
            if self.lines[position].kind is not Kind.FURNITURE:
                return self.lines[position].kind is Kind.BYLINE or (signed and self.lines[position].kind is Kind.CREDIT)
        return False

    def _head_line(self, index: int, line: Line, current: Draft) -> None:
        """A headline-shaped line between the title and the body.

        The headline is the line the lead follows, so it replaces the title, and what was read
        above it (the site's clock, its name) is dropped. Once a dateline or byline stood under
        the title, only a line with its own dateline or byline replaces it; otherwise it is the
        body's first line (a sapo without its full stop). Two names joined by a dash are authors. A
        dateline over a line that does not replace the title (a portrait's caption) dates the title.
        """
        first, dash, second = line.text.partition(" - ")
        shares = _lead_shares(self.lines, index, line.text, current.title, self.rules)
        named = _named(shares)
        if dash and is_byline(first) and is_byline(second):
            current.author = current.author or line.text  # "Xuân Mai - Hoàng Phương"
        elif retold := self._retold_heading(index, line.text, current.title):
            self.retold.update(retold)  # the document's own heading: the title printed again, no byline
            captioned = len(line.text.split(maxsplit=MIN_SAPO_WORDS)) <= MIN_SAPO_WORDS \
                or is_caption(line.text, self.rules)  # the photo's caption over the document; a sapo's length, text
            self._add_to_body(current, Line(Kind.CAPTION if captioned else Kind.BODY, line.text))
        elif named is None and shares is not None and shares[1] >= NAMED_SHARE and is_dated_label(line.text):
            pass  # under a title the lead tells, a photo's label with its credit and date ("... - X, 1920, 06.03.2024")
        elif named is None and shares is not None and shares[1] >= NAMED_SHARE and not current.provisional \
                and _quoted_by_lead(self.lines, index, self.rules):
            self._add_to_body(current, Line(Kind.CAPTION, line.text))  # a portrait's caption: "Ngoại trưởng Nga X"
        elif current.confirmed and _is_masthead(current.title, self.rules) and not line.text.isupper() \
                and shares is not None and shares[0] > shares[1] and _prose_follows(self.lines, index, self.rules):
            current.title, current.author, current.credit, self.title_at = line.text, None, None, index
            current.confirmed = False  # a masthead or a print running head over its date: the lead tells this line
            above = self._dateline_above(index)
            if above is not None and current.published is None:  # a dateline between the masthead and this line
                current.published, current.author, current.dated_above = above.published, above.author, True
            if current.published is not None and self._lead_far_before(index, current.published):
                current.published, current.dated_above = None, False  # the site's clock, not the story's day
        elif named is False and not current.provisional:
            if reads_as_prose(line.text, self.rules) or (current.confirmed and not line.text.isupper()
                                                          and len(line.text.split()) >= MIN_PROSE_WORDS):
                self._add_to_body(current, line)  # the lead tells the title's story: this is its sapo, or chrome
        elif not current.confirmed or current.provisional or named or _dated_or_signed(self.lines, index) \
                or (current.author is None and shares is not None and shares[0] >= NAMED_SHARE > shares[1]):
            above = self._dateline_above(index) or self._dateline_right_above(index)
            current.title, current.credit, current.provisional, self.title_at = line.text, None, False, index
            current.published, current.author = (above.published, above.author) if above else (None, None)
            current.confirmed, current.dated_above = False, above is not None
        elif not line.text.isupper():
            self._add_to_body(current, line)  # a line in capitals there is a masthead or a kicker, no sapo
        above = self._dateline_above(index)
        if self.title_at != index and above is not None and (current.published is None or current.dated_above):
            current.published, current.dated_above = above.published, False  # it stood under the title after all
            current.author = current.author or above.author
            current.confirmed = True

    def _alt_under_capitals(self, index: int, title: str) -> bool:
        """Whether the line at `index`, in mixed case right under the title in capitals, opens with the title's words
        and goes on: the photo's alt text a portal prints under its headline ("THỦ TƯỚNG TIẾP ĐẠI SỨ NHẬT BẢN", then
        "Thủ tướng tiếp Đại sứ Nhật Bản Suzuki Takeshi"). A kicker in capitals over its headline is a few words."""
        text = self.lines[index].text
        return title.isupper() and not text.isupper() \
            and len(title.split(maxsplit=MAX_KICKER_WORDS)) > MAX_KICKER_WORDS \
            and next_position(self.lines, index - 1, -1) == self.title_at and _starts_with(text, title)

    def _lead_far_before(self, index: int, stamp: str) -> bool:
        """Whether the lead under the line at `index` opens on a day more than `MAX_MASTHEAD_LEAD_DAYS` before
        (or after) a stamp printed with the masthead: the site's clock of the day it was saved ("Thứ Tư,
        17/12/2025, 09:32 (GMT+7)" over a story whose lead opens "Chiều 18-6"), not the edition the story ran
        in; a day of history in its own year ("Ngày 2-9-1945, ...") tells nothing."""
        at = _next_text_line(self.lines, index + 1)
        if at is None or self.lines[at].kind is not Kind.BODY:
            return False
        gap = lead_day_gap(self.lines[at].text, stamp, self.rules)
        return gap is not None and not 0 <= gap <= MAX_MASTHEAD_LEAD_DAYS

    def _retold_heading(self, index: int, candidate: str, title: str) -> list[int]:
        """Where a document's own heading in capitals stands right under the line at `index`, over the
        document's text, when it retells the title and not that line: a joint statement's full text under its
        headline, the photo's caption ("<leader> hội đàm với ..."), then "TUYÊN BỐ CHUNG" / "VỀ VIỆC ...",
        which names the headline above the caption; none when the heading retells the line, or no text follows."""
        positions: list[int] = []
        for position in range(index + 1, min(len(self.lines), index + 1 + ALT_LOOKAHEAD)):
            line = self.lines[position]
            if line.kind is Kind.FURNITURE:
                continue
            if line.kind not in (Kind.HEADLINE, Kind.BYLINE) or not line.text.isupper():
                break
            positions.append(position)
        if not positions or not _prose_follows(self.lines, positions[-1], self.rules):
            return []
        said = set(WORD.findall(" ".join(self.lines[at].text for at in positions).casefold()))
        return positions if _share(title, said) >= RETOLD_SHARE and _share(candidate, said) < NAMED_SHARE else []

    def _over_dateline(self, index: int) -> bool:
        """Whether a dateline comes right under the line at `index` (past furniture and captions), and the lead
        right under the dateline: no other headline there to name the article."""
        at = _next_text_line(self.lines, index + 1)
        if at is None or self.lines[at].kind is not Kind.DATELINE:
            return False
        lead = _next_text_line(self.lines, at + 1)
        return lead is not None and self.lines[lead].kind is Kind.BODY \
            and reads_as_prose(self.lines[lead].text, self.rules)

    def _retitle(self, index: int, title: str) -> None:
        """A short line over its dateline that the lead tells ("Điện đàm") names the article, not the masthead
        or menu read above it."""
        current = self.current
        assert current is not None
        current.title, current.credit, current.author, self.title_at = title, None, None, index
        current.published, current.dated_above, current.provisional = None, False, False

    def _under_photo_or_byline(self, index: int) -> bool:
        """Whether the title already has its photo (a caption between) or the line at `index` stands right
        under the title's byline: the headline comes before its photo and its author, so a line there
        that the lead does not follow is chrome, however dated or signed ("Thông tin về bài viết")."""
        between = self.lines[self.title_at + 1:index]
        if any(line.kind is Kind.CAPTION for line in between):
            return True
        above = [line for line in between if line.kind is not Kind.FURNITURE]
        return bool(above) and above[-1].kind is Kind.BYLINE and self.current is not None \
            and self.current.author is not None

    def _under_dated_label(self, index: int) -> bool:
        """Whether the line right above the one at `index` (past furniture) is a photo's label closing on a
        date: an inline card's picture over the other story's headline."""
        for line in reversed(self.lines[max(0, index - ALT_LOOKAHEAD):index]):
            if line.kind is not Kind.FURNITURE:
                return line.kind is Kind.HEADLINE and is_dated_label(line.text)
        return False

    def _photo_inside(self, index: int) -> bool:
        """Whether the line at `index` is one of a short line printed twice inside the body, with body text
        under the pair (no lead, dateline, byline or teaser): a photo's alt text and its caption, not a headline
        printed again nor a teaser box's item."""
        at = _next_text_line(self.lines, index + 1)
        if at is not None and _same(self.lines[at].text, self.lines[index].text):
            second = at  # the alt text; its caption under it
        elif self._repeated_above(index):
            second = index
        else:
            return False
        after = _next_text_line(self.lines, second + 1)
        return after is not None and self.lines[after].kind is Kind.BODY \
            and not opens_article(self.lines, second, self.rules)

    def _under_teaser_photo(self, index: int) -> bool:
        """Whether the line at `index` stands right under the current teaser's photo: its alt text, the teaser's
        headline again (also without its marks, "He lo cuoc song ..."), just above, under the teaser's text."""
        above = self.lines[index - 1] if index else None
        if above is None or above.kind is not Kind.FURNITURE or self.current is None:
            return False
        between = self.lines[self.title_at + 1:index - 1]
        return sum(line.kind is Kind.TEASER for line in between) == 1 \
            and all(line.kind in (Kind.TEASER, Kind.FURNITURE) for line in between) \
            and fold(fold_line(above.text)).startswith(fold(fold_line(self.current.title)))

    def _ends_page(self, index: int) -> bool:
        """Whether nothing but furniture and headings follows the line at `index`: it heads no list."""
        return next_position(self.lines, index + 1, over=(Kind.FURNITURE, Kind.RELATED_HEADING)) is None

    def _printed_twice(self, index: int) -> bool:
        """Whether the line at `index` is printed again right under itself (past furniture and captions)."""
        at = _next_text_line(self.lines, index + 1)
        return at is not None and _same(self.lines[at].text, self.lines[index].text)

    def _repeated_above(self, index: int) -> bool:
        """Whether the line right above the one at `index` (past furniture) is the same line."""
        for line in reversed(self.lines[max(0, index - ALT_LOOKAHEAD):index]):
            if line.kind is not Kind.FURNITURE:
                return _same(line.text, self.lines[index].text)
        return False

    def _box_ends(self, index: int) -> bool:
        """Whether prose at `index` resumes the article after a related box set inside it: the box is a
        heading and a few headlines, and two paragraphs of prose follow it (a list's summary is one), or
        one and the article's byline or credit."""
        line = self.lines[index]
        if line.kind is not Kind.BODY or index - self.related_at > MAX_BOX_LINES + 1 \
                or not reads_as_prose(line.text, self.rules) or FOOTNOTE.match(line.text) is not None:
            return False  # notes under "Tài liệu tham khảo" are the references, not the article going on
        box = self.lines[self.related_at + 1:index]
        if not self.box_inside \
                or any(other.kind not in (Kind.FURNITURE, Kind.RELATED_HEADING, Kind.HEADLINE) for other in box):
            return False
        at = _next_text_line(self.lines, index + 1)
        if at is not None and self.lines[at].kind in (Kind.BYLINE, Kind.CREDIT):
            return True  # the article's last paragraph, then its signature
        return at is not None and self.lines[at].kind is Kind.BODY and reads_as_prose(self.lines[at].text, self.rules)

    def _signs_title(self, index: int) -> bool:
        """Whether the byline at `index`, before any paragraph, signs the title: it stands right under it
        (only furniture, captions, datelines or the byline again between) and no label follows it, as
        one does a menu's place names ("Việt Nam", "Hoa Kỳ", then "Thế giới")."""
        between = self.lines[self.title_at + 1:index]
        if any(line.kind not in (Kind.FURNITURE, Kind.CAPTION, Kind.DATELINE, Kind.BYLINE, Kind.HEADLINE)
               for line in between):
            return False
        at = _next_text_line(self.lines, index + 1)
        return at is None or not (self.lines[at].kind is Kind.BODY
                                  and not reads_as_prose(self.lines[at].text, self.rules))

    def _dateline_above(self, index: int) -> Line | None:
        """The dateline printed right above the headline at `index`, if any."""
        return self.date_above[1] if self.date_above is not None and self.date_above[0] == index else None

    def _dateline_right_above(self, index: int) -> Line | None:
        """A dated dateline right over the headline at `index` (only furniture between). Over a line in capitals
        it was read as dating the title above, the line being a kicker's; once the lead names that line the
        headline, as a blog's post in capitals under its day's date ("Chủ Nhật, 18 tháng 8, 2024"), it is its date."""
        for position in range(index - 1, -1, -1):
            line = self.lines[position]
            if line.kind is not Kind.FURNITURE:
                return line if line.kind is Kind.DATELINE and line.published is not None else None
        return None

    def _start_page(self, index: int, line: Line) -> None:
        """The first line of a few words names the page's article, until a headline under it takes over
        (see read); captions and breadcrumbs above it are skipped."""
        if line.kind in (Kind.CAPTION, Kind.CREDIT) or len(line.text.split(maxsplit=MIN_TITLE_WORDS)) < MIN_TITLE_WORDS:
            return
        above = self._dateline_above(index)
        self.current = Draft(_title_of(line.text), above.published if above else None, above.author if above else None,
                             dated_above=above is not None, provisional=line.kind not in (Kind.HEADLINE, Kind.DOUBLED))
        self.title_at = index
        self.drafts.append(self.current)
        if self.current.title != line.text:
            self.current.add("paragraph", line.text)  # a page without a headline: its lead names it

    def _open(self, index: int, title: str) -> None:
        """A new article; the one left behind is where prose after a teaser box returns, unless a teaser. A line
        shaped like a headline that ended the body left behind right above this headline is a link set between the
        two stories (an ad's "Soi kèo ... ngày 16/1"), neither's text."""
        if self.current is not None and not self.current.is_excerpt:
            self.full = self.current
            above_at = next_position(self.lines, index - 1, -1)
            if above_at is not None and self.lines[above_at].kind is Kind.HEADLINE:
                self.current.drop_link_above_next(self.lines[above_at].text)
        above = self._dateline_above(index)
        self.current = Draft(title, above.published if above else None, above.author if above else None,
                             from_related=self.past_related, dated_above=above is not None)
        self.drafts.append(self.current)
        self.title_at = index
        self.closed = self.in_related = False

    def _add_to_body(self, current: Draft, line: Line) -> None:
        if current.is_excerpt and self.full is not None and not self.past_related \
                and line.kind in (Kind.BODY, Kind.CAPTION, Kind.HEADLINE):
            # a teaser box inside an article: what follows is the article's
            self.boxes.append((self.drafts[self.drafts.index(self.full) + 1:], self.full, len(self.full.blocks)))
            current = self.current = self.full
        if current.paragraphs >= MIN_LATER_PARAGRAPHS and line.kind is Kind.BODY \
                and self.rules.site_tag.match(line.text) is not None:
            return  # a site-tagged summary under the body is another story's teaser ("VOV.VN - ...")
        self.closed = False
        tagged = tagged_lead_date(line.text, self.rules) if not current.paragraphs and current.published is None \
            and line.kind is not Kind.CAPTION else None
        if tagged is not None:
            current.credit, current.published = current.credit or tagged[0], tagged[1]  # "(TTXVN - 18/04/2024) - "
        if line.kind is Kind.CAPTION:
            if not _repeats_title(line.text, current.title, self.rules):
                current.add("caption", line.text)
        else:
            current.add("paragraph", line.text, headline_shaped=line.kind is Kind.HEADLINE)
            self.closed = line.text.endswith(END_STOP)  # the agency's end mark closes the body as a byline does


def _one_per_headline(drafts: list[Draft]) -> list[Draft]:
    """One article per headline: a headline printed twice on a page (over a box, a widget's comments, then
    again over its dateline and story) names the copy its dateline or byline stands under, else the one with
    the most prose, and the other copy's lines are the box's."""
    best: dict[str, Draft] = {}
    for draft in drafts:
        key = fold_line(draft.title)
        if key not in best or (draft.confirmed, draft.prose) > (best[key].confirmed, best[key].prose):
            best[key] = draft
    return [d for d in drafts if best[fold_line(d.title)] is d]


def _is_teaser_listing(drafts: list[Draft], rules: CleaningRules) -> bool:
    """A listing of teasers: three items or more, each its headline printed twice (the link, then the title) over
    one paragraph that is no whole story (a sentence, not a news lead of two)."""
    return len(drafts) >= MIN_LISTED_TEASERS and all(
        d.doubled and d.paragraphs == 1 and not _is_whole_item(d, rules) for d in drafts)


def _is_article(draft: Draft, first: bool) -> bool:
    """Worth showing (given a body): the page's article, a later story with more than a summary, a teaser.

    A later headline over a single whole paragraph is a related-news item (headline,
    time, summary) that came without its list heading. A body of headlines only, with no
    prose at all, is a list of links (a menu or a related list), not an article.
    """
    if draft.is_excerpt:
        return True
    return draft.prose > 0 and (first or draft.paragraphs >= MIN_LATER_PARAGRAPHS) and not _is_menu_body(draft)


def _is_portal_chrome(draft: Draft, rules: CleaningRules) -> bool:
    """Whether a draft named by a portal's name ("Cổng thông tin điện tử Bộ X") holds one whole paragraph at most,
    besides teasers and labels: what the portal prints between its name and the headline (a notice "Thông báo:
    ...", a box of teasers cut short), no story, when a story follows on the page."""
    whole = [block.text for block in draft.blocks if block.kind == "paragraph"
             and not ends_with_ellipsis(block.text) and not _is_label_text(block.text)]
    return rules.masthead.match(draft.title) is not None and len(whole) <= 1


def _is_menu_body(draft: Draft) -> bool:
    """Whether every paragraph is a section's name of a few words with no closing mark ("Điều tra - Phóng sự",
    "An ninh trật tự", "Quốc tế"): a masthead's menu, read under the paper's name as if it were a headline."""
    texts = [block.text for block in draft.blocks if block.kind == "paragraph"]
    return all(len(WORD.findall(text)) <= MAX_TAG_WORDS and not text.endswith(SENTENCE_ENDS) for text in texts)


def _is_whole_item(draft: Draft, rules: CleaningRules) -> bool:
    """One paragraph that tells a whole story: a news lead of two sentences or more, closed like a sentence.
    When the page's own article is one, the later ones are its listing's other items, not related teasers."""
    text = draft.last_paragraph
    return draft.paragraphs == 1 and not draft.is_excerpt and is_lead(text, rules) \
        and _first_sentence(text) != text and text.endswith(SENTENCE_ENDS)


def _is_full_story(draft: Draft, rules: CleaningRules) -> bool:
    """Past a related heading, only a whole second story is kept: paragraphs of prose, never a list's
    headlines, section labels and one-line summaries."""
    texts = [block.text for block in draft.blocks if block.kind == "paragraph"]
    return not draft.is_excerpt and len(texts) >= MIN_RELATED_STORY_PARAGRAPHS \
        and all(reads_as_prose(text, rules) for text in texts)


def _is_summary(text: str) -> bool:
    """A story summed up in a sentence or two, closed like a sentence: a listed item's."""
    return len(text.split(maxsplit=MAX_SUMMARY_WORDS)) <= MAX_SUMMARY_WORDS and text.endswith(SENTENCE_ENDS) \
        and len(SENTENCE_BREAK.findall(text)) <= 1


def _days(text: str, rules: CleaningRules) -> set[str]:
    """The days a paragraph tells after a time word, "sáng 21/4", "Ngày 20-4" -> {"21/4", "20/4"}."""
    return {f"{int(day)}/{int(month)}" for day, month in rules.told_day.findall(text)}


def _is_trail(text: str) -> bool:
    """A section trail ("Quốc tế > Đông Nam Á", "Thời sự | Quốc tế"), as opposed to other furniture."""
    return any(mark in text for mark in TRAIL_MARKS)


def reads_as_prose(text: str, rules: CleaningRules) -> bool:
    """A lead, or a sentence long enough to be one; never a kicker in capitals, a clock or a menu line."""
    if text.isupper():
        return False
    if is_lead(text, rules):
        return True
    words = len(text.split())
    return words >= MIN_PROSE_WORDS_UNPUNCTUATED or (words >= MIN_PROSE_WORDS and text.endswith((*SENTENCE_ENDS, ":")))


def _has_clock(published: str | None) -> TypeGuard[str]:
    """Whether an ISO stamp gives the time of day ("2025-11-05T18:05"): a stamp with a clock is when a story went
    up, so it may date the story under a sapo or a body; a bare day may be any list's."""
    return published is not None and "T" in published


def _is_signing_office(text: str, rules: CleaningRules) -> bool:
    """An office's or mission's name signing a story: a few words, mostly capitalised, no number
    ("ĐSQ Việt Nam tại Chile", "Sở Ngoại vụ tỉnh Phú Yên"), or opened by an office's head and a capitalised word,
    its fields' lower-case words however many ("Trung tâm Xúc tiến Đầu tư, Thương mại và Du lịch": `office_heads`);
    never a closing line of prose."""
    words = text.split()
    if any(ch.isdigit() for ch in rules.numbered_place.sub("", text)) or has_sentence_break(text):
        return False  # a district's number is its name: "Phòng Văn hóa và Thông tin Quận 1"
    capitals = sum(word[0].isupper() for word in words)
    return (len(words) <= MAX_SIGNATURE_WORDS and 2 * capitals > len(words)) or named_office(text, rules.office, rules)


def _is_affiliation(text: str, rules: CleaningRules) -> bool:
    """Names of academies, universities or offices joined by commas, each by its head and a capitalised word
    (`institute_heads`, `office_heads`), the unit then the body it is part of: where the author works, printed
    under the byline ("Viện Quan hệ quốc tế, Học viện Chính trị quốc gia X"); one name alone may be a headline
    ("Viện X tổ chức hội thảo ..."), and a sentence, a number, a part that names no institute, or one going on
    past its name in lower case ("..., Đại học Quốc gia Hà Nội ký kết hợp tác đào tạo") is none."""
    parts = text.split(", ")
    if len(parts) < MIN_AFFILIATION_PARTS or text.endswith(SENTENCE_ENDS) or has_sentence_break(text):
        return False
    for part in parts:
        words = part.split()
        tail = next((count for count, word in enumerate(reversed(words)) if word[:1].isupper()), len(words))
        if not named_office(part, rules.institute, rules) or tail > MAX_INSTITUTE_TAIL_WORDS:
            return False
    return True


def _is_label(line: Line) -> bool:
    """A few words that are no sentence: a section or place name, never an article's opening."""
    return line.kind is Kind.BODY and _is_label_text(line.text)


def _is_label_text(text: str) -> bool:
    """Fewer words than a title, and no closing mark."""
    return len(text.split()) < MIN_TITLE_WORDS and not text.endswith(SENTENCE_ENDS)


def _is_masthead(title: str, rules: CleaningRules) -> bool:
    """A title that is no headline: a paper's name in capitals ("BÁO PHÁP LUẬT VIỆT NAM"), a portal's name
    ("Cổng thông tin điện tử tỉnh X") or a line holding a date (a print edition's running head "2 BÁO X • Số
    4.512 • Thứ Sáu, 15-11-2024", a site clock)."""
    return title.isupper() or rules.masthead.match(title) is not None or dateline_value(title) is not None


def _digest_items(lines: list[Line], rules: CleaningRules) -> tuple[dict[int, str], int | None]:
    """A digest's numbered stories, by where each opens, with its headline: "1. <headline>" (or "1." over
    the headline), then its own paragraphs of prose, numbered 1, 2, ... in page order from the first story,
    before any prose of the page's own. None when fewer than two, when the page told something first
    (numbered points or sections of one article), or when parts numbered I, II ... say the numbers are an
    outline's (a press briefing's announcements and answers). A newsletter's greeting over the first story that
    counts as many stories as the page numbers ("Dưới đây là 3 tin ...") is the digest's intro (where it stands
    is returned too), no lead of the page's own."""
    items: dict[int, str] = {}
    intro: int | None = None
    for index, line in enumerate(lines):
        numbered = NUMBERED.match(line.text)
        if numbered is None and not items and line.kind is Kind.BODY and reads_as_prose(line.text, rules):
            if intro is None and rules.digest_count.search(line.text) is not None:
                intro = index  # a count of stories: the digest's intro, if the page numbers as many
                continue
            return {}, None  # the page's own lead came first: its numbers are points of one story
        if numbered is None and ROMAN_NUMBERED.match(line.text) is not None:
            return {}, None  # "I. THÔNG BÁO", "II. TRẢ LỜI CÂU HỎI": the numbers are an outline's, one document's parts
        if numbered is None or int(numbered["number"]) != len(items) + 1:
            continue
        at, title = index, numbered["title"]
        if title is None:  # the number alone, the headline under it
            next_at = _next_text_line(lines, index + 1)
            if next_at is None:
                continue
            at, title = next_at, lines[next_at].text
        if is_headline_shaped(title) and _prose_paragraphs_after(lines, at, rules) >= MIN_LATER_PARAGRAPHS:
            items[at] = title
    if len(items) < MIN_DIGEST_ITEMS:
        return {}, None
    if intro is None:
        return items, None
    counted = {int(count["number"]) for count in rules.digest_count.finditer(lines[intro].text)}
    return (items, intro) if counted == {len(items)} else ({}, None)


def _prose_paragraphs_after(lines: list[Line], index: int, rules: CleaningRules) -> int:
    """How many paragraphs of prose follow the line at `index` in a row (past captions and furniture)."""
    count = 0
    for line in lines[index + 1:]:
        if line.kind in (Kind.FURNITURE, Kind.CAPTION):
            continue
        if line.kind is not Kind.BODY or not reads_as_prose(line.text, rules):
            break
        count += 1
    return count


def _title_of(first_line: str) -> str:
    """The title a page's first line gives; a whole paragraph is cut to its first words."""
    if len(first_line) <= MAX_HEADLINE_CHARS:
        return first_line
    return first_line[:MAX_HEADLINE_CHARS].rsplit(" ", 1)[0].rstrip(" ,;:") + "…"


def opens_article(lines: list[Line], index: int, rules: CleaningRules, by_lead: bool = True) -> bool:
    """Whether the headline-shaped line at `index` starts an article, judged by what follows (`by_lead`: also
    a news lead alone under it, which under an article already in sections opens its next section)."""
    headline = lines[index].text
    for line in lines[index + 1:index + 1 + ALT_LOOKAHEAD]:
        if line.kind in (Kind.FURNITURE, Kind.CAPTION) and _starts_with(line.text, headline):
            return True  # an image alt line repeating the headline
    at = _next_text_line(lines, index + 1)
    if at is None:
        return False
    following = lines[at]
    if following.kind is Kind.DATELINE:
        return True
    if following.kind is Kind.BYLINE:  # when prose follows the name (past its dateline): else the line closed
        after = _next_text_line(lines, at + 1)  # the body ("Xin cảm ơn Đại sứ!") and the name signs it
        while after is not None and lines[after].kind is Kind.DATELINE:
            after = _next_text_line(lines, after + 1)
        return after is not None and lines[after].kind in (Kind.BODY, Kind.TEASER) \
            and FOOTNOTE.match(lines[after].text) is None
    if following.kind is Kind.TEASER:  # a teaser stands alone: no more prose after it, or it names its site
        after = _next_text_line(lines, at + 1)
        return after is None or lines[after].kind not in (Kind.BODY, Kind.TEASER) \
            or rules.site_tag.match(following.text) is not None
    if following.kind in (Kind.HEADLINE, Kind.DOUBLED):
        return _same(following.text, headline)
    if following.kind is Kind.BODY:
        return by_lead and (is_lead(following.text, rules) or _tells_dated(following.text, headline, rules))
    return False


def _tells_dated(paragraph: str, headline: str, rules: CleaningRules) -> bool:
    """A lead with its day inside its first clause that tells the headline over it: "Bộ Ngoại giao hôm 12/3 lên
    tiếng phản đối ..." under "Hà Nội phản đối ...": half the headline's words or more in its first sentence."""
    sentence = _first_sentence(paragraph)
    return rules.lead_date.search(sentence, 0, LEAD_WINDOW) is not None \
        and _share(headline, set(WORD.findall(sentence.casefold()))) >= TOLD_SHARE


def _lead_names(lines: list[Line], index: int, candidate: str, title: str, rules: CleaningRules) -> bool | None:
    """Whether the lead under the headline-shaped line at `index` tells its story rather than the title's:
    True when its first sentence repeats a third of the candidate's words and far fewer of the title's
    (a social row "Facebook Twitter ..." over the site clock), False the other way round (a live page's
    "Cập nhật liên tục" under the headline), None when it does not tell them apart."""
    return _named(_lead_shares(lines, index, candidate, title, rules))


def _lead_shares(lines: list[Line], index: int, candidate: str, title: str,
                 rules: CleaningRules) -> tuple[float, float] | None:
    """How many of the candidate's and of the title's words the first sentence of the lead under the line
    at `index` repeats (none without a lead)."""
    lead = _lead_after(lines, index, rules)
    if lead is None:
        return None
    said = set(WORD.findall(_first_sentence(lead).casefold()))
    return _share(candidate, said), _share(title, said)


def _named(shares: tuple[float, float] | None) -> bool | None:
    """Which line the lead names, by its shares of the candidate's and the title's words (see _lead_names)."""
    if shares is None:
        return None
    new, old = shares
    if new >= NAMED_SHARE and new >= NAMED_MARGIN * old:
        return True
    if old >= NAMED_SHARE and old >= NAMED_MARGIN * new:
        return False
    return None


def _lead_after(lines: list[Line], index: int, rules: CleaningRules) -> str | None:
    """The first paragraph of prose a few lines under the line at `index`, past datelines, bylines and
    chrome lines; none past a related heading."""
    for line in lines[index + 1:index + 1 + ALT_LOOKAHEAD]:
        if line.kind in (Kind.BODY, Kind.TEASER) and reads_as_prose(line.text, rules):
            return line.text
        if line.kind is Kind.RELATED_HEADING:
            return None
    return None


def _quoted_by_lead(lines: list[Line], index: int, rules: CleaningRules) -> bool:
    """Whether the first sentence of the lead under the line at `index` holds that line word for word and it
    names no number: a photo's caption without its credit (a portrait, "Bộ trưởng Ngoại giao Nga X"), which
    the lead then introduces; a headline says what happened in its own words."""
    text = lines[index].text
    lead = _lead_after(lines, index, rules)
    return lead is not None and not any(ch.isdigit() for ch in text) \
        and f" {fold_line(text)} " in f" {fold_line(_first_sentence(lead))} "


def _first_sentence(text: str) -> str:
    """A lead's first sentence, where it says who did what."""
    return text.split(". ", 1)[0]


def _share(text: str, said: set[str]) -> float:
    """How many of the line's words the lead repeats, as a fraction."""
    words = WORD.findall(text.casefold())
    return sum(word in said for word in words) / len(words) if words else 0.0


def _untagged(title: str) -> str:
    """A title without the site's tag in capitals that some sites print before it, "(PTP) ...", nor the
    language mark some print after it, "... [fr]"."""
    title = LANGUAGE_MARK.sub("", title)
    match = TITLE_TAG.match(title)
    return title[match.end():] if match is not None and match["tag"].isupper() else title


def _next_text_line(lines: list[Line], start: int) -> int | None:
    """Where the next line is that is not furniture nor a photo caption (a photo may sit above a lead)."""
    return next_position(lines, start, over=(Kind.FURNITURE, Kind.CAPTION))


def _dated_or_signed(lines: list[Line], index: int) -> bool:
    """Whether a dateline or byline follows the line at `index`."""
    at = _next_text_line(lines, index + 1)
    return at is not None and lines[at].kind in (Kind.DATELINE, Kind.BYLINE)


def _prose_follows(lines: list[Line], index: int, rules: CleaningRules) -> bool:
    """Whether prose comes next (a teaser, or a body line that reads as prose, not a widget's "Gửi")."""
    at = _next_text_line(lines, index + 1)
    return at is not None and (lines[at].kind is Kind.TEASER
                               or (lines[at].kind is Kind.BODY and reads_as_prose(lines[at].text, rules)
                                   and FOOTNOTE.match(lines[at].text) is None))  # notes under a byline: "[1] ..."


def is_lead(paragraph: str, rules: CleaningRules) -> bool:
    """A news lead opens with when: "Ngày 28/12, ...", "Theo hãng tin Yonhap, ngày 15/2, ..."."""
    return rules.lead.match(paragraph[:LEAD_WINDOW]) is not None


def _settle_credits(drafts: list[Draft]) -> list[Draft]:
    """A credit read inside a teaser belongs to the full article the teaser box sits in."""
    owner: Draft | None = None
    for draft in drafts:
        if not draft.is_excerpt:
            owner = draft
        elif draft.credit is not None and owner is not None and owner.credit is None:
            owner.credit, draft.credit = draft.credit, None
    return drafts


def _same(a: str, b: str) -> bool:
    """The same line, whatever its case and spacing."""
    return fold_line(a) == fold_line(b)


def _starts_with(text: str, prefix: str) -> bool:
    """`text` opens with `prefix`, whatever the case and spacing."""
    return fold_line(text).startswith(fold_line(prefix))


def _repeats_title(caption: str, title: str, rules: CleaningRules) -> bool:
    """An image alt caption that is the headline plus a credit: "<headline> (Nguồn: Reuters)"."""
    if not caption.casefold().startswith(title.casefold()):
        return False
    rest = caption[len(title):]
    return not rest.strip() or caption_credit_only(rest, rules)
