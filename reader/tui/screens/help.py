"""The help screen: every binding with the keys in force, and the way to the problems view."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import ClassVar

from rich.table import Table
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Static

from reader.model import Problem
from reader.tui.keymap import SPECS, bind, keys_in_force
from reader.tui.screens.problems import ProblemsScreen, problems_summary


class HelpScreen(ModalScreen[None]):
    """Lists SPECS grouped, with the user's keymap applied; `p` opens the problems view."""

    BINDINGS: ClassVar[list[BindingType]] = [
        bind("close", "close"),
        bind("help", "close", show=False),
        bind("problems", "problems"),
    ]

    def __init__(self, keymap: Mapping[str, str], problems: Sequence[Problem]) -> None:
        super().__init__()
        self.keymap = keymap
        self.problems = tuple(problems)

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="help-box") as box:
            box.border_title = "Keys"
            box.border_subtitle = Content(f"{self.display_keys('close')} close")
            yield Static(self.problems_line(), id="help-problems")
            yield Static(self.table(), id="help-table")

    def problems_line(self) -> Text:
        keys = (self.display_keys("problems"), "bold")
        if not self.problems:
            return Text.assemble("Problems: none, every file was read (", keys, " opens the problems view)")
        return Text.assemble("Problems: ", (problems_summary(self.problems), "bold"), " · press ", keys, " to see them")

    def table(self) -> Table:
        table = Table(box=None, show_header=False, padding=(0, 2, 0, 0), expand=True)
        table.add_column(style="bold", no_wrap=True)
        table.add_column(ratio=1)
        group = ""
        for binding_id, spec in SPECS.items():
            if spec.group != group:
                if group:
                    table.add_row("", "")
                group = spec.group
                table.add_row(Text(group, style="bold underline"), "")
            table.add_row(Text(self.display_keys(binding_id)), Text(spec.help))  # '[' is a key here, not markup
        return table

    def display_keys(self, binding_id: str) -> str:
        keys = keys_in_force(binding_id, self.keymap)
        return " ".join(self.app.get_key_display(Binding(key, "")) for key in keys)

    def action_close(self) -> None:
        self.dismiss(None)

    def action_problems(self) -> None:
        self.app.push_screen(ProblemsScreen(self.problems))
