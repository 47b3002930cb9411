"""Classified lines -> articles: where each article starts, what belongs to it.

A page is one or more articles, each a headline then its body, followed by the
site's related-news lists. A headline-shaped line opens a new article only when
what follows says so (a news lead "Ngày 28/12, ...", a dateline or byline, the
headline printed again, an image alt line repeating it, or a teaser); otherwise
it is a short body line and stays in the body. A related-news heading ends the
articles: everything after it is other news.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from reader.clean.lines import Kind, Line, caption_credit_only, ends_with_ellipsis
from reader.clean.rules import CleaningRules, fold_line
from reader.model import Block

ALT_LOOKAHEAD = 4  # image alt lines sit right under the headline they repeat
LEAD_WINDOW = 200  # the when of a lead is in its first clause
MIN_TITLE_WORDS = 3  # shorter lines before the first headline are breadcrumbs or section names


@dataclass
class Draft:
    """An article being assembled, line by line."""

    title: str
    published: str | None = None
    author: str | None = None
    credit: str | None = None
    blocks: list[Block] = field(default_factory=list)

    @property
    def paragraphs(self) -> list[str]:
        return [b.text for b in self.blocks if b.kind == "paragraph"]

    @property
    def is_excerpt(self) -> bool:
        """A teaser: one paragraph, cut short with "..."."""
        paragraphs = self.paragraphs
        return len(paragraphs) == 1 and ends_with_ellipsis(paragraphs[0])


def segment(lines: list[Line], rules: CleaningRules) -> list[Draft]:
    """The page's articles in reading order, related-news lists left out."""
    drafts: list[Draft] = []
    pending = Draft(title="")  # what is seen before the first headline (dateline, byline)
    current: Draft | None = None
    for index, line in enumerate(lines):
        kind = line.kind
        if kind is Kind.FURNITURE:
            continue
        if kind is Kind.RELATED_HEADING:
            if current is not None and current.paragraphs:
                break
            continue  # a heading above the article (a menu): not yet the end of it
        if kind is Kind.DATELINE:
            target = current or pending
            target.published = target.published or line.published
            continue
        if kind is Kind.BYLINE:
            target = current or pending
            target.author = target.author or line.text
            continue
        if current is None:
            if kind in (Kind.CAPTION, Kind.CREDIT) or len(line.text.split()) < MIN_TITLE_WORDS:
                continue
            current = Draft(line.text, pending.published, pending.author)
            drafts.append(current)
            continue
        if kind in (Kind.HEADLINE, Kind.DOUBLED) and _same(line.text, current.title) and not current.blocks:
            continue  # the headline printed again under itself
        if kind is Kind.DOUBLED or (kind is Kind.HEADLINE and opens_article(lines, index, rules)):
            current = Draft(line.text)
            drafts.append(current)
        elif kind is Kind.CREDIT:
            current.credit = current.credit or line.text
        elif kind is Kind.CAPTION:
            if not _repeats_title(line.text, current.title, rules):
                current.blocks.append(Block("caption", line.text))
        else:
            current.blocks.append(Block("paragraph", line.text))
    return _settle_credits([d for d in drafts if d.paragraphs])


def opens_article(lines: list[Line], index: int, rules: CleaningRules) -> bool:
    """Whether the headline-shaped line at `index` starts an article, judged by what follows."""
    headline = lines[index].text
    for line in lines[index + 1:index + 1 + ALT_LOOKAHEAD]:
        if line.kind in (Kind.FURNITURE, Kind.CAPTION) and _starts_with(line.text, headline):
            return True  # an image alt line repeating the headline
    following = next((line for line in lines[index + 1:] if line.kind is not Kind.FURNITURE), None)
    if following is None:
        return False
    if following.kind in (Kind.DATELINE, Kind.BYLINE, Kind.TEASER):
        return True
    if following.kind in (Kind.HEADLINE, Kind.DOUBLED):
        return _same(following.text, headline)
    if following.kind is Kind.BODY:
        return is_lead(following.text, rules)
    return False


def is_lead(paragraph: str, rules: CleaningRules) -> bool:
    """A news lead opens with when: "Ngày 28/12, ...", "Theo hãng tin Yonhap, ngày 15/2, ..."."""
    return rules.lead.match(paragraph[:LEAD_WINDOW]) is not None


def _settle_credits(drafts: list[Draft]) -> list[Draft]:
    """A credit read inside a teaser belongs to the full article the teaser box sits in."""
    for position, draft in enumerate(drafts):
        if draft.credit is None or not draft.is_excerpt:
            continue
        owner = next((d for d in reversed(drafts[:position]) if not d.is_excerpt), None)
        if owner is not None and owner.credit is None:
            owner.credit, draft.credit = draft.credit, None
    return drafts


def _same(a: str, b: str) -> bool:
    return fold_line(a) == fold_line(b)


def _starts_with(text: str, prefix: str) -> bool:
    return fold_line(text).startswith(fold_line(prefix))


def _repeats_title(caption: str, title: str, rules: CleaningRules) -> bool:
    """An image alt caption that is the headline plus a credit: "<headline> (Nguồn: Reuters)"."""
    if not caption.casefold().startswith(title.casefold()):
        return False
    rest = caption[len(title):]
    return not rest.strip() or caption_credit_only(rest, rules)
