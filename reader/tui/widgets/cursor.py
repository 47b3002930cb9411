"""The cursor keys every line-drawn list shares: down, up, first, last, open.

The article list, the timeline and the officials list each keep a cursor over their own rows;
this mixin turns the (rebindable) keys into moves of it, so the lists cannot drift apart in
what a key does. Textual reads BINDINGS only from widget classes, so each list puts
CURSOR_BINDINGS in its own.
"""

from __future__ import annotations

from typing import Protocol

from textual.binding import BindingType

from reader.tui.keymap import bind, navigation

CURSOR_BINDINGS: list[BindingType] = [
    *navigation(down="cursor_down", up="cursor_up", top="first", bottom="last"),
    bind("open", "open"),
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
