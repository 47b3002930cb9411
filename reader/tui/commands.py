"""The command palette's entries: jump to an article by title, to an official, or run any action.

Titles and names come from the pages, so they are matched folded (typing "ngoai truong"
finds "Ngoại trưởng") and shown as plain Content, never through Textual's `Matcher.highlight`,
which parses its candidate as markup. A regex subsequence test skips the candidates the fuzzy
scorer would reject, so a keystroke at 20,000 titles stays quick.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import partial
from typing import TYPE_CHECKING

from textual.command import DiscoveryHit, Hit, Hits, Provider
from textual.content import Content

from reader.text import fold

if TYPE_CHECKING:
    from reader.tui.screens.main import MainScreen

MAX_HITS = 40  # per kind: the palette shows a dozen; the rest only cost time


@dataclass(frozen=True, slots=True)
class Entry:
    """One thing the palette can do: what it shows, its folded form, and what it runs."""

    label: str
    folded: str
    run: Callable[[], object]
    help: str


class ReaderCommands(Provider):
    """Articles by title, officials by name (filter the list), and the main screen's actions."""

    def _main(self) -> MainScreen | None:
        from reader.tui.screens.main import MainScreen

        main = getattr(self.app, "main", None)
        return main if isinstance(main, MainScreen) else None

    def _entries(self) -> Iterable[tuple[str, list[Entry]]]:
        main = self._main()
        if main is None:
            return
        yield "action", [Entry(label, fold(label), partial(main.run_action, action), help_text)
                         for label, action, help_text in main.palette_actions()]
        catalog = main.catalog
        if catalog is None:
            return
        yield "article", [Entry(row.title, fold(row.title), partial(main.open_article, row.id),
                                f"{row.file} · open the article") for row in catalog.rows]
        yield "official", [Entry(official.name, fold(official.name), partial(main.filter_by_official, official),
                                 f"{len(official.article_ids)} article{'s' if len(official.article_ids) != 1 else ''}"
                                 " · list the articles that mention them") for official in catalog.officials]

    async def discover(self) -> Hits:
        for kind, entries in self._entries():
            if kind == "action":
                for entry in entries:
                    yield DiscoveryHit(Content(entry.label), entry.run, help=entry.help)

    async def search(self, query: str) -> Hits:
        folded = fold(query).strip()
        if not folded:
            return
        matcher = self.matcher(folded)
        maybe = re.compile(".*?".join(re.escape(char) for char in folded.replace(" ", "")))
        for kind, entries in self._entries():
            scored = []
            for entry in entries:
                if not maybe.search(entry.folded):
                    continue
                score, offsets = matcher.fuzzy_search.match(folded, entry.folded)
                if score > 0:
                    scored.append((score, offsets, entry))
            scored.sort(key=lambda item: -item[0])
            for score, offsets, entry in scored[:MAX_HITS]:
                yield Hit(score, self._shown(kind, entry, offsets), entry.run, text=entry.label, help=entry.help)

    def _shown(self, kind: str, entry: Entry, offsets: Iterable[int]) -> Content:
        """The label as text, its matched letters styled when folding kept every character in place."""
        content = Content(entry.label)
        if self.match_style is not None and len(entry.folded) == len(entry.label):
            for offset in offsets:
                content = content.stylize(self.match_style, offset, offset + 1)
        return Content.assemble((f"{kind}: ", "dim"), content)
