"""The cursor keys every line-drawn list shares: down, up, first, last, open, and a page.

The article list, the timeline and the officials list each keep a cursor over their own rows;
these mixins turn the (rebindable) keys into moves of it, so the lists cannot drift apart in
what a key does. Textual reads BINDINGS only from widget classes, so each list puts
cursor_bindings() (and PAGE_BINDINGS) in its own. The article list takes no page keys: on the
main screen they scroll the reading pane.
"""

from __future__ import annotations

from typing import Protocol

from textual.binding import BindingType

from reader.tui.keymap import bind, navigation


def cursor_bindings(open_description: str | None = None) -> list[BindingType]:
    """The moves and Enter; `open_description` is what the footer says Enter does in this list."""
    return [*navigation(down="cursor_down", up="cursor_up", top="first", bottom="last"),
            bind("open", "open", description=open_description)]


PAGE_BINDINGS: list[BindingType] = [
    bind("page_down", "page_down", show=False),
    bind("page_up", "page_up", show=False),
]


class Cursored(Protocol):
    """What a list offers the mixin: its cursor, its row count, a move, and what Enter does."""

    cursor: int

    @property
    def row_count(self) -> int: ...

    def select_index(self, index: int) -> None: ...

    def open_selected(self) -> None: ...


class CursorActions:
    """The actions CURSOR_BINDINGS name, in terms of the list's own `select_index`."""

    def action_cursor_down(self: Cursored) -> None:
        self.select_index(self.cursor + 1)

    def action_cursor_up(self: Cursored) -> None:
        self.select_index(self.cursor - 1)

    def action_first(self: Cursored) -> None:
        self.select_index(0)

    def action_last(self: Cursored) -> None:
        self.select_index(self.row_count - 1)

    def action_open(self: Cursored) -> None:
        self.open_selected()


class Paged(Cursored, Protocol):
    @property
    def page_rows(self) -> int:
        """How many rows a page moves: about as many as are on screen."""
        ...


class PageActions:
    """The actions PAGE_BINDINGS name."""

    def action_page_down(self: Paged) -> None:
        self.select_index(self.cursor + self.page_rows)

    def action_page_up(self: Paged) -> None:
        self.select_index(self.cursor - self.page_rows)
