"""The error screen: an unexpected error in a worker, said in a line, with where the full report is."""

from __future__ import annotations

from pathlib import Path
from typing import ClassVar

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import BindingType
from textual.containers import Vertical
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Static

from reader.tui.keymap import bind


class ErrorScreen(ModalScreen[None]):
    """Shown instead of a traceback; every key it binds quits the app (exit status 1)."""

    BINDINGS: ClassVar[list[BindingType]] = [
        bind("quit", "quit_app"),
        bind("close", "quit_app", show=False),
        bind("open", "quit_app", show=False),
    ]

    def __init__(self, doing: str, error: str, report: Path | None, why_no_report: str = "") -> None:
        super().__init__()
        self.doing = doing  # "loading the folder", "building the search index"
        self.error = error  # one line: the error's type and message
        self.report = report
        self.why_no_report = why_no_report

    def compose(self) -> ComposeResult:
        with Vertical(id="error-box") as box:
            box.border_title = Content("reader stopped")
            box.border_subtitle = Content("q quit")
            yield Static(self.message(), id="error-message")

    def message(self) -> Text:
        where = Text.assemble("The full report was written to\n  ", (str(self.report), "bold")) \
            if self.report is not None else Text(f"No report could be written: {self.why_no_report}")
        return Text.assemble(
            (f"Something went wrong while {self.doing}.\n\n", "bold"),
            Text(self.error),  # from the error: may hold a file's name, so text and never markup
            "\n\n", where,
            "\n\nPlease send it with a bug report. Press q to quit.",
        )

    def action_quit_app(self) -> None:
        self.app.exit(return_code=1)
