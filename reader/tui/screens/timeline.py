"""The timeline: every dated mention of the listed articles, by month, to open an article at one.

A corpus of 10,000 pages holds some 90,000 mentions, so the rows are drawn line by line (a
ScrollView with `render_line`, as the article list is) and where each line falls is worked
out from the groups' sizes: no table of lines is built, and a row is made only when drawn
(reader/timeline.py, which the core tests on its own, says what it holds).
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable
from typing import ClassVar

from rich.segment import Segment
from rich.style import Style
from textual import events
from textual.app import ComposeResult
from textual.binding import BindingType
from textual.containers import Vertical
from textual.content import Content
from textual.geometry import Region, Size
from textual.message import Message
from textual.screen import Screen
from textual.scroll_view import ScrollView
from textual.strip import Strip
from textual.widgets import Static

from reader.timeline import Timeline, TimelineRow, around
from reader.tui.keymap import bind
from reader.tui.widgets.cursor import PAGE_BINDINGS, CursorActions, PageActions, cursor_bindings
from reader.tui.widgets.keys_footer import KeysFooter

VALUE_WIDTH = 10  # "2024-03-05"; a range is longer and pushes its context right
INDENT = 2


class TimelineView(CursorActions, PageActions, ScrollView, can_focus=True, inherit_bindings=False):
    """Group headers and two-line rows (the mention in its words; the article's title)."""

    COMPONENT_CLASSES: ClassVar[set[str]] = {
        "timeline--header", "timeline--date", "timeline--title", "timeline--cursor",
    }
    BINDINGS: ClassVar[list[BindingType]] = [*cursor_bindings("Open"), *PAGE_BINDINGS]

    class Chosen(Message):
        """Enter on a row: open its article at the mention."""

        def __init__(self, row: TimelineRow) -> None:
            super().__init__()
            self.row = row

    def __init__(self, rows: Timeline, block_text: Callable[[TimelineRow], str], *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.rows = rows
        self.block_text = block_text  # the block a row's mention sits in, read only when the row is drawn
        self._around: dict[int, tuple[str, str]] = {}
        # Each group is its header line, then two lines a row (the mention in its words; the article's title).
        self._starts = [group.start for group in rows.groups]
        self._header_lines: list[int] = []
        line = 0
        for group in rows.groups:
            self._header_lines.append(line)
            line += 1 + 2 * group.count
        self.line_count = line
        self.cursor = 0

    def row_line(self, index: int) -> int:
        """The screen line of row `index`'s first line."""
        group = bisect_right(self._starts, index) - 1
        return self._header_lines[group] + 1 + 2 * (index - self._starts[group])

    def line_at(self, line: int) -> tuple[str, int]:
        """("header", group number) or ("row" / "title", row index) for a line of the view."""
        group = bisect_right(self._header_lines, line) - 1
        offset = line - self._header_lines[group]
        if offset == 0:
            return "header", group
        return ("row" if offset % 2 else "title"), self._starts[group] + (offset - 1) // 2

    @property
    def selected(self) -> TimelineRow | None:
        return self.rows[self.cursor] if self.rows else None

    def on_mount(self) -> None:
        self._update_size()

    def on_resize(self, _event: events.Resize) -> None:
        self._update_size()
        self._scroll_to_cursor()

    def _update_size(self) -> None:
        self.virtual_size = Size(self.scrollable_content_region.width, self.line_count)

    def select_index(self, index: int) -> None:
        if not self.rows:
            return
        self.cursor = max(0, min(index, len(self.rows) - 1))
        self.refresh()
        self._scroll_to_cursor()

    def _scroll_to_cursor(self) -> None:
        if self.rows:
            line = self.row_line(self.cursor)
            top = line - 1 if self.line_at(line - 1)[0] == "header" else line  # keep a group's header in view
            self.scroll_to_region(Region(0, top, 1, line + 2 - top), animate=False, immediate=True)

    @property
    def row_count(self) -> int:
        return len(self.rows)

    @property
    def page_rows(self) -> int:
        return max(self.scrollable_content_region.height // 2 - 1, 1)  # two lines a row, a header now and then

    def open_selected(self) -> None:
        if self.selected is not None:
            self.post_message(self.Chosen(self.selected))

    def on_click(self, event: events.Click) -> None:
        offset = event.get_content_offset(self)
        if offset is None:
            return
        line = offset.y + round(self.scroll_y)
        if 0 <= line < self.line_count and (where := self.line_at(line))[0] != "header":
            self.select_index(where[1])

    def render_line(self, y: int) -> Strip:
        width = self.scrollable_content_region.width
        line = round(self.scroll_y) + y
        if line >= self.line_count:
            return Strip.blank(width, self.rich_style)
        kind, index = self.line_at(line)
        base = self.rich_style
        if kind == "header":
            group = self.rows.groups[index]
            count = group.count
            label = f" {group.label} · {count} mention{'s' if count != 1 else ''}"
            return self._fit([Segment(label, base + self.get_component_rich_style("timeline--header"))], width, base)
        if index == self.cursor:
            base += self.get_component_rich_style("timeline--cursor")
        row = self.rows[index]
        if kind == "title":
            title = " " * (INDENT + VALUE_WIDTH + 2) + row.title
            return self._fit([Segment(title, base + self.get_component_rich_style("timeline--title"))], width, base)
        date = base + self.get_component_rich_style("timeline--date")
        if index not in self._around:
            self._around[index] = around(self.block_text(row), row.start, row.end)
        before, after = self._around[index]
        return self._fit([
            Segment(" " * INDENT + row.value.ljust(VALUE_WIDTH) + "  ", base),
            Segment(before, base), Segment(row.text, date), Segment(after, base),
        ], width, base)

    @staticmethod
    def _fit(segments: list[Segment], width: int, style: Style) -> Strip:
        strip = Strip(segments)
        if strip.cell_length > width:
            strip = strip.crop(0, max(width - 1, 0))
            strip = Strip([*strip, Segment("…", style)])
        return strip.extend_cell_length(width, style)


class TimelineScreen(Screen[TimelineRow | None]):
    """The timeline of the articles it is given; Enter returns the row, Esc None."""

    TITLE = "Timeline"
    BINDINGS: ClassVar[list[BindingType]] = [bind("close", "close")]

    def __init__(self, rows: Timeline, scope: str, block_text: Callable[[TimelineRow], str]) -> None:
        super().__init__()
        self.rows = rows
        self.block_text = block_text
        self.scope = scope  # what the rows are of: "12 articles", "the search “x”"

    def compose(self) -> ComposeResult:
        mentions = len(self.rows)
        with Vertical(id="timeline-box") as box:
            # Content: the scope may hold a query or an official's name, text that is never markup.
            box.border_title = Content(f"Timeline · {mentions} dated mention{'s' if mentions != 1 else ''}"
                                       f" · {self.scope}")
            box.border_subtitle = "enter open the article there · esc back"
            if not self.rows:
                yield Static("No dated mentions in these articles.", id="timeline-empty")
            view = TimelineView(self.rows, self.block_text, id="timeline-view")
            view.display = bool(self.rows)
            yield view
        yield KeysFooter()

    def on_mount(self) -> None:
        self.query_one(TimelineView).focus()

    def on_timeline_view_chosen(self, message: TimelineView.Chosen) -> None:
        message.stop()
        self.dismiss(message.row)

    def action_close(self) -> None:
        self.dismiss(None)

