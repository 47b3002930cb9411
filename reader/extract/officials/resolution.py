"""Candidates -> the article's people: each mention resolved to the anchored person it names."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace

from reader.extract.officials.names import read_name
from reader.extract.officials.scanner import Candidate, Scanner
from reader.extract.officials.tokens import Token, fold_case
from reader.model import OfficialMention
from reader.text import HEADLINE, TakenSpans


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


def resolve(candidates: list[Candidate], blocks: Sequence[Scanner]) -> tuple[OfficialMention, ...]:
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
        if len(owners) == 1 and cand.across_comma is None:
            owners[0].title = owners[0].title or cand.title
            owners[0].country = owners[0].country or cand.country
    for cand in candidates:  # an office read across a comma only for someone the article gives no other
        owners = people.owners(cand.words)
        if len(owners) == 1 and cand.across_comma is not None:
            owners[0].title = owners[0].title or cand.title
            owners[0].country = owners[0].country or cand.country
    all_candidates = sorted([*candidates, *bare_full_names(candidates, people, blocks)],
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
        if cand.across_comma is not None and not same_office(cand.title, person.title):
            cand = replace(cand, start=cand.across_comma, title=None, country=None)  # the comma closed a clause
        text = blocks[cand.block].text[cand.start:cand.end]
        mentions.append(OfficialMention(cand.block, cand.start, cand.end, text, person.name,
                                        cand.title or person.title, cand.country or person.country))
    return tuple(mentions)


def same_office(a: str | None, b: str | None) -> bool:
    """'Tổng thống' and 'Tổng thống Mỹ', or the same words in another case: one office, one person.

    "Chủ tịch Quốc hội, bà Mai Linh" when Mai Linh is the ministry's spokeswoman: not one office, so the
    comma closed the clause about the speaker of parliament and "bà Mai Linh" is hers alone."""
    if a is None or b is None:
        return True
    a, b = f" {fold_case(a)} ", f" {fold_case(b)} "
    return a in b or b in a


_SENTENCE_ENDS = frozenset({".", "!", "?", ":", ";", "\"", "“", "("})


def _addresses(tokens: list[Token], at: int) -> bool:
    """Whether a familiar form of address may stand at `at`: lower-case, or capitalised where a sentence
    opens; a capitalised 'Anh' inside a sentence is the country."""
    return tokens[at].text.islower() or at == 0 or tokens[at - 1].text in _SENTENCE_ENDS


def bare_full_names(candidates: list[Candidate], people: _People, blocks: Sequence[Scanner]) -> list[Candidate]:
    """'chính quyền Joe Biden': a full name of a known official, written without title or honorific; or after a
    familiar form of address ('Anh Nguyễn Văn An và chị Maria Lopez ký kết'), which then opens the mention."""
    wanted = {p.words for p in people.all if len(p.words) > 1}
    if not wanted:
        return []
    taken = {index: TakenSpans() for index in range(len(blocks))}
    for cand in candidates:
        if cand.block in taken:
            taken[cand.block].add(cand.start, cand.end)
    extra = []
    for index, block in enumerate(blocks):
        tokens = block.tokens
        familiar_starts = block.grammar.familiar_addresses.starts  # most tokens open no form of address
        at = 0
        while at < len(tokens):
            name = read_name(block, at) if tokens[at].name_like else None
            familiar = block.grammar.familiar_addresses.match(tokens, at) \
                if tokens[at].parts[0] in familiar_starts and _addresses(tokens, at) else 0
            if familiar and (name is None or name.words not in wanted):
                known = read_name(block, at + familiar)  # "Anh Nguyễn Văn An": "Anh" read into the name
                if known is not None and known.words in wanted:
                    name = known
            if name is None:
                at += 1
                continue
            start, end = tokens[at].start, tokens[name.end - 1].end
            if name.words in wanted and not taken[index].overlaps(start, end):
                extra.append(Candidate(index, start, end, name.text, name.words, None, None, anchored=False))
            at = name.end
    return extra
