"""The search bar: an input and the count of matching articles."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import Horizontal
from textual.content import Content
from textual.widgets import Input, Label


class SearchBar(Horizontal):
    """Hidden until `/`; the main screen reacts to its Input's Changed and Submitted."""

    def compose(self) -> ComposeResult:
        yield Label("Search", id="search-label")
        yield Input(placeholder="words (no diacritics needed), @name for an official, date:2024-03"
                                " or date:2024-01..2024-03", id="search-input")
        yield Label("", id="search-count")

    @property
    def input(self) -> Input:
        return self.query_one(Input)

    count_text = ""  # what the count label says: how the query was read and how many articles match

    def set_count(self, text: str) -> None:
        self.count_text = text
        self.query_one("#search-count", Label).update(Content(text))
