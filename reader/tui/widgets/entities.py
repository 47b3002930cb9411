"""The entities panel: the current article's officials and dates, each a place to jump to.

Names and titles come from the corpus-wide officials index (reader/people.py works out who
each mention is): an article that says only "Biden" lists him as "Joe Biden" with his other
spellings' mentions, and the title the index gathered elsewhere when the article gives none.
A row's detail wraps under its name, indented; focusing the panel highlights its first row,
so Enter works at once.

The rows are drawn line by line (a ScrollView with `render_line`, like the reading pane): an
OptionList measured and rendered every option of each article shown, at every move through
the list, and laid out the screen when their number changed. Here the rows are wrapped once
per width, when first drawn, and only the lines on screen are drawn. The finished lines are
kept by what they show (kept_lines.py), their text and role, not their article: the headings and the
blank lines under the rows are drawn once, and a highlight that moves draws only the rows it left and
reached.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import ClassVar

from rich.segment import Segment
from rich.style import Style
from rich.text import Text
from textual import events
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.geometry import Region, Size
from textual.message import Message
from textual.reactive import Reactive
from textual.strip import Strip

from reader.model import Article, Official
from reader.people import People, PersonRow, person_rows
from reader.tui.keymap import navigation
from reader.tui.widgets.kept_lines import KeptLinesView
from reader.tui.widgets.scroll_range import set_scroll_range
from reader.tui.widgets.strips import line_strip

DETAIL_INDENT = 2


@dataclass(frozen=True)
class Entry:
    """One row: its first line (a heading, a name, a date) and a dim detail under it.

    A heading has no target and cannot be highlighted; a person's row jumps to the mentions
    of `names`, a date's to the article's date number `date_index`.
    """

    head: Text
    detail: str = ""
    names: frozenset[str] | None = None
    date_index: int | None = None

    @property
    def selectable(self) -> bool:
        return self.names is not None or self.date_index is not None


def entity_entries(article: Article, rows: Sequence[PersonRow]) -> list[Entry]:
    """A heading and one row per person, then per date."""
    entries = [Entry(Text(f"Officials ({len(rows)})", style="bold"))]
    for row in rows:
        entries.append(Entry(Text.assemble((row.name, "bold"), (f" {row.count}×", "dim")), row.detail,
                             names=row.names))
    if not rows:
        entries.append(Entry(Text("  none found", style="dim")))
    entries.append(Entry(Text(f"Dates ({len(article.dates)})", style="bold")))
    for index, date in enumerate(article.dates):
        entries.append(Entry(Text(date.text), date.value, date_index=index))
    if not article.dates:
        entries.append(Entry(Text("  none found", style="dim")))
    return entries


class EntityList(KeptLinesView, can_focus=True, inherit_bindings=False):
    """The panel's rows; the highlight moves over the selectable ones, Enter or a click posts Selected."""

    COMPONENT_CLASSES: ClassVar[set[str]] = {
        "entity-list--heading", "entity-list--highlighted", "entity-list--hover",
    }
    # The (rebindable) moves of every list, and the keys an option list has always taken here.
    BINDINGS: ClassVar[list[BindingType]] = [
        *navigation(down="cursor_down", up="cursor_up", top="first", bottom="last"),
        Binding("down", "cursor_down", show=False),
        Binding("up", "cursor_up", show=False),
        Binding("home", "first", show=False),
        Binding("end", "last", show=False),
        Binding("pagedown", "page_down", show=False),
        Binding("pageup", "page_up", show=False),
        Binding("enter", "select", show=False),
    ]
    # Another article changes only the scroll range: a repaint, not a layout of the screen.
    virtual_size: Reactive[Size] = Reactive(Size(0, 0), layout=False)

    class Selected(Message):
        """The user picked a row (Enter on the highlighted one, or a click)."""

        def __init__(self, entry: Entry) -> None:
            super().__init__()
            self.entry = entry

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.entries: tuple[Entry, ...] = ()
        self.highlighted: int | None = None
        self._hover: int | None = None
        self._lines: dict[int, list[tuple[int, Text]]] = {}  # text width -> (entry, line) as wrapped at it
        self._base: Style | None = None  # the list's own style, worked out once a paint
        self._width = 0  # the rows' side of the list (without its scrollbar), worked out once a paint

    def show(self, entries: Sequence[Entry]) -> None:
        """Replace the rows: nothing highlighted, scrolled to the top."""
        self.entries = tuple(entries)
        self.highlighted = None
        self._lines.clear()
        self.scroll_to(y=0, animate=False, immediate=True)
        self._refit()
        self.refresh()

    def rows(self) -> list[str]:
        """Each row as drawn at the current width, its lines joined by newlines (for tests)."""
        rows = [""] * len(self.entries)
        for index, line in self._wrapped(self.scrollable_content_region.width):
            rows[index] += ("\n" if rows[index] else "") + line.plain.rstrip()
        return rows

    # -- moves -------------------------------------------------------------------------------------

    def highlight(self, index: int | None) -> None:
        """Highlight a row (None: none) and scroll it into view."""
        self.highlighted = index
        self.refresh()
        if index is None:
            return
        lines = self._wrapped(self.scrollable_content_region.width)
        rows = [n for n, (entry, _) in enumerate(lines) if entry == index]
        if rows:
            self.scroll_to_region(Region(0, rows[0], 1, len(rows)), animate=False, immediate=True, force=True)

    def _step(self, direction: int) -> int | None:
        """The next selectable row from the highlighted one, round the ends (the first or last from none)."""
        count = len(self.entries)
        if self.highlighted is None:
            return self._first() if direction > 0 else self._last()
        for step in range(1, count + 1):
            index = (self.highlighted + direction * step) % count
            if self.entries[index].selectable:
                return index
        return self.highlighted

    def _first(self) -> int | None:
        return next((n for n, entry in enumerate(self.entries) if entry.selectable), None)

    def _last(self) -> int | None:
        return next((n for n in reversed(range(len(self.entries))) if self.entries[n].selectable), None)

    def action_cursor_down(self) -> None:
        self.highlight(self._step(1))

    def action_cursor_up(self) -> None:
        self.highlight(self._step(-1))

    def action_first(self) -> None:
        self.highlight(self._first())

    def action_last(self) -> None:
        self.highlight(self._last())

    def action_page_down(self) -> None:
        self._page(1)

    def action_page_up(self) -> None:
        self._page(-1)

    def _page(self, direction: int) -> None:
        """About a screen away from the highlighted row, on the nearest selectable row past it."""
        if self.highlighted is None:
            self.highlight(self._first() if direction < 0 else self._last())
            return
        lines = self._wrapped(self.scrollable_content_region.width)
        if not lines:
            return
        first = next(n for n, (entry, _) in enumerate(lines) if entry == self.highlighted)
        y = max(0, min(first + direction * self.scrollable_content_region.height, len(lines) - 1))
        index = lines[y][0]
        ahead = range(index, len(self.entries)) if direction > 0 else range(index, -1, -1)
        self.highlight(next((n for n in ahead if self.entries[n].selectable), None))

    def action_select(self) -> None:
        if self.highlighted is not None and self.entries[self.highlighted].selectable:
            self.post_message(self.Selected(self.entries[self.highlighted]))

    def on_focus(self) -> None:
        """Tab into the panel: its first official or date is highlighted, so Enter jumps to it."""
        if self.highlighted is None:
            self.action_first()

    # -- mouse -------------------------------------------------------------------------------------

    def _entry_at(self, event: events.MouseEvent) -> int | None:
        offset = event.get_content_offset(self)
        if offset is None:
            return None
        lines = self._wrapped(self.scrollable_content_region.width)
        line = offset.y + round(self.scroll_y)
        return lines[line][0] if 0 <= line < len(lines) else None

    def on_click(self, event: events.Click) -> None:
        index = self._entry_at(event)
        if index is not None and self.entries[index].selectable:
            self.highlight(index)
            self.action_select()

    def on_mouse_move(self, event: events.MouseMove) -> None:
        index = self._entry_at(event)
        if index != self._hover:
            self._hover = index
            self.refresh()

    def on_leave(self, _event: events.Leave) -> None:
        if self._hover is not None:
            self._hover = None
            self.refresh()

    # -- drawing -----------------------------------------------------------------------------------

    def _wrapped(self, width: int) -> list[tuple[int, Text]]:
        """Every row wrapped at `width`, its detail indented under it; once per width."""
        lines = self._lines.get(width)
        if lines is None:
            lines = self._lines[width] = []
            console = self.app.console
            for index, entry in enumerate(self.entries):
                lines.extend((index, line) for line in entry.head.wrap(console, max(width, 1)))
                if entry.detail:
                    detail = Text(entry.detail, style="dim")
                    lines.extend((index, Text(" " * DETAIL_INDENT) + line)
                                 for line in detail.wrap(console, max(width - DETAIL_INDENT, 1)))
        return lines

    def _refit(self) -> None:
        """Size the scroll range to the rows as wrapped at the width they will have (a scrollbar if they need one)."""
        width, height = self.container_size
        if not width:
            return  # not laid out yet: on_resize comes
        lines = self._wrapped(width)
        if len(lines) > height and self.styles.overflow_y == "auto":
            width -= self.styles.scrollbar_size_vertical
            lines = self._wrapped(width)
        set_scroll_range(self, Size(width, len(lines)))

    def on_resize(self, _event: events.Resize) -> None:
        self._refit()

    def render_lines(self, crop: Region) -> list[Strip]:
        # rich_style walks every ancestor's styles, scrollable_content_region works the layout out
        # again: once a paint, not once for each line
        self._base = self.rich_style
        self._width = self.scrollable_content_region.width
        return super().render_lines(crop)

    def _role(self, index: int) -> str | None:
        """The component class a row is drawn in, if any."""
        if not self.entries[index].selectable:
            return "entity-list--heading"
        if index == self.highlighted:
            return "entity-list--highlighted"
        if index == self._hover:
            return "entity-list--hover"
        return None

    def line_key(self, y: int) -> tuple[object, ...]:
        """A row's line by what it shows (its text, spans and role): a heading, a blank line under the rows
        or an official named in an article before is drawn once, whichever article shows it."""
        lines = self._wrapped(self._width)
        line = round(self.scroll_y) + y
        if line >= len(lines):
            return "end", self._width
        index, text = lines[line]
        return self._width, self._role(index), text.plain, text.style, tuple(text.spans)

    def render_line(self, y: int) -> Strip:
        width = self._width
        base = self._base if self._base is not None else self.rich_style
        lines = self._wrapped(width)
        line = round(self.scroll_y) + y
        if line >= len(lines):
            return Strip.blank(width, base)
        index, text = lines[line]
        role = self._role(index)
        if role is not None:
            base += self.get_component_rich_style(role)
        console = self.app.console
        # Text.render leaves out the Text's own style (its __rich_console__ adds it under the spans)
        return line_strip(Segment.apply_style(text.render(console), console.get_style(text.style)), width, base)


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

    def compose(self) -> ComposeResult:
        yield EntityList(id="entities-list")

    def show(self, article: Article | None, officials: Sequence[Official] = ()) -> None:
        """The article's people and dates (none for no article)."""
        if self.people.officials is not officials:
            self.people = People(officials)
        rows = person_rows(article, self.people) if article is not None else []
        self.query_one(EntityList).show(entity_entries(article, rows) if article is not None else ())

    def on_entity_list_selected(self, event: EntityList.Selected) -> None:
        event.stop()
        self.post_message(self.Jump(event.entry.names, event.entry.date_index))
