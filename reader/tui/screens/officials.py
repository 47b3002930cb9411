"""The officials view: everyone the corpus names, to filter the list by one of them."""

from __future__ import annotations

from collections.abc import Sequence
from typing import ClassVar

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import BindingType
from textual.containers import Vertical
from textual.screen import Screen
from textual.widgets import DataTable, Footer, Static

from reader.model import Official
from reader.tui.keymap import bind, navigation


class OfficialsTable(DataTable[str]):
    """The officials table, moved with the same (rebindable) keys as the article list."""

    BINDINGS: ClassVar[list[BindingType]] = [
        *navigation(down="cursor_down", up="cursor_up", top="scroll_top", bottom="scroll_bottom"),
    ]


class OfficialsScreen(Screen[Official | None]):
    """A table of the officials index; Enter returns the chosen official, Esc returns None."""

    BINDINGS: ClassVar[list[BindingType]] = [bind("close", "close")]

    def __init__(self, officials: Sequence[Official]) -> None:
        super().__init__()
        self.officials = tuple(sorted(officials, key=lambda o: (-len(o.article_ids), o.name)))

    def compose(self) -> ComposeResult:
        with Vertical(id="officials-box") as box:
            box.border_title = f"Officials ({len(self.officials)})"
            box.border_subtitle = "enter filter the list · esc back"
            if not self.officials:
                yield Static("No officials were found in these articles.", id="officials-empty")
            table = OfficialsTable(cursor_type="row", zebra_stripes=True, id="officials-table")
            table.display = bool(self.officials)
            yield table
        yield Footer()

    def on_mount(self) -> None:
        table = self.query_one(DataTable)
        table.add_columns("Name", "Titles", "Country", "Articles")
        for index, official in enumerate(self.officials):
            cells = (official.name, ", ".join(official.titles), ", ".join(official.countries))
            # Text cells: DataTable parses a plain str as markup, and these come from the pages.
            table.add_row(*(Text(cell) for cell in cells), str(len(official.article_ids)), key=str(index))
        table.focus()

    def on_data_table_row_selected(self, event: DataTable.RowSelected) -> None:
        event.stop()
        self.dismiss(self.officials[int(event.row_key.value or 0)])

    def action_close(self) -> None:
        self.dismiss(None)
