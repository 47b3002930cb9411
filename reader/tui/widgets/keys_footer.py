"""The footer: the keys in force on this screen, as one line that drops the least needed to fit.

Why not Textual's Footer: it is a row of widgets, one per key, composed again whenever the
focus or the screen changes, which was some 40 % of re-opening the officials view; and it
cuts the line at 80 columns wherever it falls ("c Co…"), hiding Help and Quit. This draws one
line, shows the keys in the screen's order and, when they do not fit, leaves out those last
in PRIORITY first (every key stays in the help screen and the palette). A click on a key
presses it, as in Textual's.
"""

from __future__ import annotations

from typing import ClassVar

from rich.cells import cell_len
from rich.text import Text
from textual import events
from textual.binding import Binding
from textual.widget import Widget

# The keys the footer keeps longest first, by binding id (reader/tui/keymap.py); ids not listed go first.
PRIORITY = ("quit", "help", "close", "search", "officials", "timeline", "sort", "open", "palette", "entities",
            "problems", "copy", "source")
GAP = "  "


class KeysFooter(Widget):
    """One line of `key Description` pairs; the palette's key at the right end."""

    COMPONENT_CLASSES: ClassVar[set[str]] = {"keys-footer--key", "keys-footer--description"}

    def __init__(self) -> None:
        super().__init__()
        self._spans: list[tuple[int, int, str]] = []  # (first cell, end, key) of each key drawn, for clicks

    def on_mount(self) -> None:
        self.screen.bindings_updated_signal.subscribe(self, self._bindings_changed)

    def on_unmount(self) -> None:
        self.screen.bindings_updated_signal.unsubscribe(self)

    def _bindings_changed(self, _screen: object) -> None:
        self.refresh()

    def shown(self) -> list[tuple[Binding, bool]]:
        """(binding, enabled) of each key to show, one per action, the palette's last."""
        seen: dict[str, tuple[Binding, bool]] = {}
        palette: list[tuple[Binding, bool]] = []
        for _node, binding, enabled, _tooltip in self.screen.active_bindings.values():
            if binding.id == "palette":
                palette = [(binding, enabled)]
            elif binding.show and binding.action not in seen:
                seen[binding.action] = (binding, enabled)
        return [*seen.values(), *palette]

    def fitted(self, width: int) -> list[tuple[Binding, bool, str]]:
        """The keys that fit in `width` cells, with their key's display, dropping the least needed first."""
        items = [(binding, enabled, self.app.get_key_display(binding)) for binding, enabled in self.shown()]

        def rank(binding: Binding) -> int:  # 0 for the key kept longest
            return PRIORITY.index(binding.id) if binding.id in PRIORITY else len(PRIORITY)

        while items and line_length(items) > width:
            least = max(range(len(items)), key=lambda n: (rank(items[n][0]), n))
            del items[least]
        return items

    def render(self) -> Text:
        key_style = self.get_component_rich_style("keys-footer--key")
        description_style = self.get_component_rich_style("keys-footer--description")
        line = Text(" ", no_wrap=True, end="")
        self._spans = []
        width = self.size.width - 1  # a space at either end
        items = self.fitted(width)
        for number, (binding, enabled, key) in enumerate(items):
            if number:
                line.append(GAP)
            if binding.id == "palette":  # at the right end, as Textual's footer has it
                line.append(" " * (width - line_length(items)))
            start = line.cell_len
            line.append(key, key_style)
            line.append(" " + binding.description, description_style)
            if not enabled:
                line.stylize("dim", start)
            self._spans.append((start, line.cell_len, binding.key))
        return line

    def on_click(self, event: events.Click) -> None:
        key = next((key for start, end, key in self._spans if start <= event.x < end), None)
        if key is not None:
            self.app.simulate_key(key.split(",")[0])


def line_length(items: list[tuple[Binding, bool, str]]) -> int:
    """Cells of the line: a space, then the pairs with a gap between them."""
    pairs = sum(cell_len(key) + 1 + cell_len(binding.description) for binding, _, key in items)
    return 1 + pairs + len(GAP) * max(len(items) - 1, 0)
