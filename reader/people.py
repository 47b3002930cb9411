"""Who each of an article's mentions is in the corpus-wide officials index, for the entities panel.

An article may name a person only as "Biden" while another names "Joe Biden"; the index
(extract/index.py) made them one, so the entities panel should too, with the titles and
countries the index gathered when the article itself gives none. A mention belongs to the
index entry listing its article whose name has the same words (any order, folded), else to
the one such entry whose name holds all of its words; none, or two, leave it to itself.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from reader.model import Article, Official, OfficialMention


class People:
    """The officials index by article, built once per corpus, on the first article asked about."""

    def __init__(self, officials: Sequence[Official]) -> None:
        self.officials = officials
        self._by_article: dict[str, list[Official]] | None = None
        self._keys: dict[str, frozenset[str]] = {}  # a name's key, folded once (a move in the list asks again)

    def of_mention(self, article: Article, name: str) -> Official | None:
        """The index entry a mention's name in `article` stands for (None: the index has no such person)."""
        if self._by_article is None:
            self._by_article = {}
            for official in self.officials:
                for article_id in official.article_ids:
                    self._by_article.setdefault(article_id, []).append(official)
        key = self._key(name)
        candidates = self._by_article.get(article.id, [])
        same = [official for official in candidates if self._key(official.name) == key]
        if same:
            return same[0]
        fuller = [official for official in candidates if key < self._key(official.name)]
        return fuller[0] if len(fuller) == 1 else None

    def _key(self, name: str) -> frozenset[str]:
        key = self._keys.get(name)
        if key is None:
            # Here, not at the top: importing reader.extract loads the whole extractor, which an app
            # showing stored articles never runs (40-80 ms of its start).
            from reader.extract.index import name_key

            key = self._keys[name] = name_key(name)
        return key


@dataclass
class PersonRow:
    """One person of the article: as the index names them, with every mention, whatever its spelling."""

    name: str
    first: OfficialMention
    official: Official | None
    names: frozenset[str] = frozenset()
    count: int = 0

    @property
    def detail(self) -> str:
        """The article's own title and country, else the ones the index knows; "no title" without either."""
        known = self.official
        title = self.first.title or (known.titles[0] if known and known.titles else None)
        country = self.first.country or (known.countries[0] if known and known.countries else None)
        return " · ".join(part for part in (title, country) if part) or "no title"


def person_rows(article: Article, people: People) -> list[PersonRow]:
    """The article's people in the order they are first named."""
    rows: dict[str, PersonRow] = {}
    for mention in sorted(article.officials, key=lambda m: (m.block, m.start)):
        official = people.of_mention(article, mention.name)
        name = official.name if official is not None else mention.name
        row = rows.get(name)
        if row is None:
            row = rows[name] = PersonRow(name, mention, official)
        elif not (row.first.title or row.first.country) and (mention.title or mention.country):
            row.first = mention  # a later mention that gives the title says more than the first
        row.names |= {mention.name}
        row.count += 1
    return list(rows.values())
