"""The entities panel: the current article's officials and dates, each a place to jump to."""

from __future__ import annotations

from collections import Counter
from typing import ClassVar

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import BindingType
from textual.containers import Vertical
from textual.geometry import Size
from textual.message import Message
from textual.reactive import Reactive
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from reader.model import Article
from reader.tui.keymap import navigation


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


class EntitiesPanel(Vertical, can_focus=False):
    """Officials (name, title, country, mentions) then dates with their ISO values."""

    class Jump(Message):
        """The user picked an official (by name) or a date (by its index in article.dates)."""

        def __init__(self, official: str | None, date_index: int | None) -> None:
            super().__init__()
            self.official = official
            self.date_index = date_index

    def compose(self) -> ComposeResult:
        yield EntityOptions(id="entities-list")

    def show(self, article: Article | None) -> None:
        """Replace the options in one call, so the list is measured once (not once per option, after a clear)."""
        self.query_one(OptionList).set_options(entity_options(article) if article is not None else ())

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        kind, _, value = (event.option.id or "").partition(":")
        if kind == "o":
            self.post_message(self.Jump(value, None))
        elif kind == "d":
            self.post_message(self.Jump(None, int(value)))


def entity_options(article: Article) -> list[Option]:
    """A heading and one option per official (first mention order), then per date."""
    counts = Counter(mention.name for mention in article.officials)
    firsts = {mention.name: mention for mention in reversed(article.officials)}
    options = [Option(Text(f"Officials ({len(counts)})", style="bold"), disabled=True)]
    for name in sorted(counts, key=lambda n: (firsts[n].block, firsts[n].start)):
        mention = firsts[name]
        detail = " · ".join(part for part in (mention.title, mention.country) if part) or "no title"
        prompt = Text.assemble((name, "bold"), (f" {counts[name]}×", "dim"), "\n  ", (detail, "dim"))
        options.append(Option(prompt, id=f"o:{name}"))
    if not counts:
        options.append(Option(Text("  none found", style="dim"), disabled=True))
    options.append(Option(Text(f"Dates ({len(article.dates)})", style="bold"), disabled=True))
    for index, date in enumerate(article.dates):
        options.append(Option(Text.assemble(date.text, "\n  ", (date.value, "dim")), id=f"d:{index}"))
    if not article.dates:
        options.append(Option(Text("  none found", style="dim"), disabled=True))
    return options
