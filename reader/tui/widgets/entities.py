"""The entities panel: the current article's officials and dates, each a place to jump to.

Names and titles come from the corpus-wide officials index (reader/people.py works out who
each mention is): an article that says only "Biden" lists him as "Joe Biden" with his other
spellings' mentions, and the title the index gathered elsewhere when the article gives none.
A row's detail wraps under its name, indented; focusing the panel highlights its first row,
so Enter works at once.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import ClassVar

from rich.console import Group
from rich.padding import Padding
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import BindingType
from textual.containers import Vertical
from textual.geometry import Size
from textual.message import Message
from textual.reactive import Reactive
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from reader.model import Article, Official
from reader.people import People, PersonRow, person_rows
from reader.tui.keymap import navigation

DETAIL_INDENT = 2


class EntityOptions(OptionList):
    """The panel's list, moved with the same (rebindable) keys as the article list.

    Its height is fixed by the panel, so a new option count needs a repaint, not a layout of
    the screen (OptionList's `virtual_size` asks for one, on every cursor move in the sidebar);
    a scrollbar appearing or going still lays out, through `show_vertical_scrollbar`.
    """

    virtual_size: Reactive[Size] = Reactive(Size(0, 0), layout=False)

    BINDINGS: ClassVar[list[BindingType]] = [
        *navigation(down="cursor_down", up="cursor_up", top="first", bottom="last"),
    ]

    def on_focus(self) -> None:
        """Tab into the panel: its first official or date is highlighted, so Enter jumps to it."""
        if self.highlighted is None:
            self.action_first()


class EntitiesPanel(Vertical, can_focus=False):
    """Officials (name, title, country, mentions) then dates with their ISO values."""

    class Jump(Message):
        """The user picked an official (the names its mentions use) or a date (its index in article.dates)."""

        def __init__(self, names: frozenset[str] | None, date_index: int | None) -> None:
            super().__init__()
            self.names = names
            self.date_index = date_index

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.people = People(())
        self._rows: dict[str, frozenset[str]] = {}  # option id -> the mention names it stands for

    def compose(self) -> ComposeResult:
        yield EntityOptions(id="entities-list")

    def show(self, article: Article | None, officials: Sequence[Official] = ()) -> None:
        """Replace the options in one call, so the list is measured once (not once per option, after a clear)."""
        if self.people.officials is not officials:
            self.people = People(officials)
        rows = person_rows(article, self.people) if article is not None else []
        self._rows = {f"o:{n}": row.names for n, row in enumerate(rows)}
        self.query_one(OptionList).set_options(entity_options(article, rows) if article is not None else ())

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        option_id = event.option.id or ""
        if option_id in self._rows:
            self.post_message(self.Jump(self._rows[option_id], None))
        elif option_id.startswith("d:"):
            self.post_message(self.Jump(None, int(option_id[2:])))


def entity_options(article: Article, rows: Sequence[PersonRow]) -> list[Option]:
    """A heading and one option per person, then per date."""
    options = [Option(Text(f"Officials ({len(rows)})", style="bold"), disabled=True)]
    for n, row in enumerate(rows):
        prompt = Group(Text.assemble((row.name, "bold"), (f" {row.count}×", "dim")),
                       Padding(Text(row.detail, style="dim"), (0, 0, 0, DETAIL_INDENT)))
        options.append(Option(prompt, id=f"o:{n}"))
    if not rows:
        options.append(Option(Text("  none found", style="dim"), disabled=True))
    options.append(Option(Text(f"Dates ({len(article.dates)})", style="bold"), disabled=True))
    for index, date in enumerate(article.dates):
        options.append(Option(Group(Text(date.text), Padding(Text(date.value, style="dim"), (0, 0, 0, DETAIL_INDENT))),
                              id=f"d:{index}"))
    if not article.dates:
        options.append(Option(Text("  none found", style="dim"), disabled=True))
    return options
