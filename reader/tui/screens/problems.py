"""The problems view: every file that was skipped or read with a warning, and why."""

from __future__ import annotations

from collections.abc import Sequence
from typing import ClassVar

from rich.table import Table
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import BindingType
from textual.containers import VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Static

from reader.model import Problem
from reader.tui.keymap import bind


def problem_files(problems: Sequence[Problem]) -> list[str]:
    """Each file once, in the order of its first problem: one file can fail for several reasons."""
    return list(dict.fromkeys(problem.path for problem in problems))


def problems_summary(problems: Sequence[Problem]) -> str:
    """"2 files skipped or read with a warning (5 reasons)": files counted, not reasons."""
    files = len(problem_files(problems))
    summary = f"{files} file{'s' if files != 1 else ''} skipped or read with a warning"
    return summary if files == len(problems) else f"{summary} ({len(problems)} reasons)"


class ProblemsScreen(ModalScreen[None]):
    """One line per problem: the file and the reason, as the loader phrased it."""

    BINDINGS: ClassVar[list[BindingType]] = [bind("close", "close"), bind("quit", "close", show=False)]

    def __init__(self, problems: Sequence[Problem]) -> None:
        super().__init__()
        self.problems = tuple(problems)

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="problems-box") as box:
            box.border_title = f"Problems · {problems_summary(self.problems)}" if self.problems else "Problems"
            box.border_subtitle = "esc close"
            if not self.problems:
                yield Static("Every file was read without a problem.")
            else:
                yield Static(self.table(), id="problems-table")

    def table(self) -> Table:
        table = Table(box=None, show_header=False, padding=(0, 2, 0, 0), expand=True)
        table.add_column(style="bold", overflow="fold", max_width=40)
        table.add_column(ratio=1)
        for problem in self.problems:
            table.add_row(Text(problem.path), Text(problem.reason))  # a Table parses plain str as markup
        return table

    def action_close(self) -> None:
        self.dismiss(None)

