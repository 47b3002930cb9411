"""The problems view: every file that was skipped or read with a warning, and why."""

from __future__ import annotations

from collections.abc import Sequence
from typing import ClassVar

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Static

from reader.model import Problem


class ProblemsScreen(ModalScreen[None]):
    """One line per problem: the file and the reason, as the loader phrased it."""

    BINDINGS: ClassVar[list[BindingType]] = [Binding("escape,q", "close", "Close", id="close")]

    def __init__(self, problems: Sequence[Problem]) -> None:
        super().__init__()
        self.problems = tuple(problems)

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="problems-box") as box:
            box.border_title = f"Problems ({len(self.problems)})"
            box.border_subtitle = "esc close"
            if not self.problems:
                yield Static("Every file was read without a problem.")
            for problem in self.problems:
                yield Static(Text.assemble((problem.path, "bold"), "  ", problem.reason), classes="problem")

    def action_close(self) -> None:
        self.dismiss(None)

