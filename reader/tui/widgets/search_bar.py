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
        yield Input(placeholder="words from titles, text or officials' names (no diacritics needed)",
                    id="search-input")
        yield Label("", id="search-count")

    @property
    def input(self) -> Input:
        return self.query_one(Input)

    def set_count(self, text: str) -> None:
        self.query_one("#search-count", Label).update(Content(text))
