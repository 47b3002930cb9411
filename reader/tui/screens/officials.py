"""The officials view: everyone the corpus names, narrowed as you type, to filter the list by one.

At 10,000 pages that is some 45,000 people, so the list draws only the rows on screen (a
ScrollView with `render_line`, as the article list does) and the screen never measures a
row; what is typed goes to reader/roster.py, which folds it (the UI never parses text). The
columns share out the width so that the articles count is never cut, down to 80 columns.

The main screen keeps one instance per corpus (installed, so closing it does not remove it) and
pushes it again at each opening: composing and mounting its widgets and styling them was a
third of what opening cost, and the sorted roster is kept with it.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import ClassVar

from rich.cells import cell_len, set_cell_size
from rich.segment import Segment
from rich.style import Style
from textual import events, on
from textual.app import ComposeResult
from textual.binding import BindingType
from textual.containers import Vertical
from textual.content import Content
from textual.geometry import Region, Size
from textual.message import Message
from textual.screen import Screen
from textual.scroll_view import ScrollView
from textual.strip import Strip
from textual.widgets import Input, Static

from reader.model import Official
from reader.roster import OfficialsOrder, Roster, next_officials_order
from reader.timeline import HasDates, Timeline, TimelineRow
from reader.tui.keymap import bind
from reader.tui.screens.timeline import TimelineScreen
from reader.tui.widgets.cursor import PAGE_BINDINGS, CursorActions, PageActions, cursor_bindings
from reader.tui.widgets.keys_footer import KeysFooter

COUNT_HEADER = "Articles"
GAP = "  "
NAME_MAX = 40  # a wide screen gives the room to the titles, not to blanks after the names
COUNTRY_MAX = 20


def column_widths(width: int) -> tuple[int, int, int]:
    """The name, titles and country columns of a `width`-cell line; the count keeps its own width."""
    free = max(width - 2 - len(COUNT_HEADER) - 3 * len(GAP), 3)  # 2: a space at either end of the line
    name = max(min(free * 3 // 8, NAME_MAX), 1)
    country = max(min(free // 5, COUNTRY_MAX), 1)
    return name, max(free - name - country, 1), country


def fit(text: str, width: int) -> str:
    """`text` in exactly `width` cells: padded, or cut with "…"."""
    if cell_len(text) > width:
        return set_cell_size(text, max(width - 1, 0)) + "…"
    return set_cell_size(text, width)


def row_text(cells: tuple[str, str, str, str], width: int) -> str:
    name, titles, country = column_widths(width)
    return " " + GAP.join((fit(cells[0], name), fit(cells[1], titles), fit(cells[2], country),
                           cells[3].rjust(len(COUNT_HEADER)))) + " "


class OfficialsList(CursorActions, PageActions, ScrollView, can_focus=True, inherit_bindings=False):
    """A header line, then one line per official; the header stays while the rows scroll."""

    COMPONENT_CLASSES: ClassVar[set[str]] = {"officials-list--header", "officials-list--cursor",
                                             "officials-list--empty"}
    BINDINGS: ClassVar[list[BindingType]] = [
        *cursor_bindings("List"), *PAGE_BINDINGS,
        bind("sort", "screen.cycle_sort"),
        bind("timeline", "screen.timeline"),
    ]

    class Chosen(Message):
        """Enter on a row: filter the article list by this official."""

        def __init__(self, official: Official) -> None:
            super().__init__()
            self.official = official

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.officials: tuple[Official, ...] = ()
        self.cursor = 0
        self.empty_message = ""

    @property
    def selected(self) -> Official | None:
        return self.officials[self.cursor] if self.officials else None

    @property
    def row_count(self) -> int:
        return len(self.officials)

    @property
    def page_rows(self) -> int:
        return max(self.scrollable_content_region.height - 2, 1)

    def show(self, officials: tuple[Official, ...], keep: Official | None, empty_message: str) -> None:
        """Replace the rows, keeping `keep` selected when it is still listed."""
        self.officials = officials
        self.empty_message = empty_message
        self.cursor = next((n for n, official in enumerate(officials) if official is keep), 0)
        self._update_size()
        self.refresh()
        self._scroll_to_cursor()

    def select_index(self, index: int) -> None:
        if self.officials:
            self.cursor = max(0, min(index, len(self.officials) - 1))
            self.refresh()
            self._scroll_to_cursor()

    def open_selected(self) -> None:
        if self.selected is not None:
            self.post_message(self.Chosen(self.selected))

    def on_resize(self, _event: events.Resize) -> None:
        self._update_size()
        self._scroll_to_cursor()

    def on_click(self, event: events.Click) -> None:
        offset = event.get_content_offset(self)
        if offset is not None and offset.y > 0:  # 0: the header
            self.select_index(round(self.scroll_y) + offset.y - 1)

    def _update_size(self) -> None:
        self.virtual_size = Size(self.scrollable_content_region.width, len(self.officials) + 1)

    def _scroll_to_cursor(self) -> None:
        # Line n + 1 shows row n, the header covering the top line: keep the line below it in view too.
        self.scroll_to_region(Region(0, self.cursor, 1, 2), animate=False, immediate=True)

    def render_line(self, y: int) -> Strip:
        width = self.scrollable_content_region.width
        if y == 0:
            return self._strip(row_text(("Name", "Titles", "Country", COUNT_HEADER), width),
                               width, "officials-list--header")
        index = round(self.scroll_y) + y - 1
        if not self.officials:
            return self._strip(f" {self.empty_message}" if y == 1 else "", width, "officials-list--empty")
        if index >= len(self.officials):
            return Strip.blank(width, self.rich_style)
        official = self.officials[index]
        cells = (official.name, ", ".join(official.titles), ", ".join(official.countries),
                 str(len(official.article_ids)))
        return self._strip(row_text(cells, width), width, "officials-list--cursor" if index == self.cursor else "")

    def _strip(self, text: str, width: int, role: str) -> Strip:
        style: Style = self.rich_style
        if role:
            style += self.get_component_rich_style(role)
        return Strip([Segment(fit(text, width), style)], width)


@dataclass(frozen=True, slots=True)
class OfficialsChoice:
    """How the view was left: the official and mention picked, if any."""

    official: Official | None = None
    row: TimelineRow | None = None  # a date mention picked in the official's timeline: open the article there


class OfficialsScreen(Screen[OfficialsChoice]):
    """Type to narrow, ↓↑ to move (from the box too), Enter to filter the list, Tab then t for a timeline."""

    BINDINGS: ClassVar[list[BindingType]] = [
        bind("close", "close"),
        # The box keeps j, k and space for typing; the arrows and page keys reach the list from it.
        bind("down", "move(1)", show=False),
        bind("up", "move(-1)", show=False),
        bind("page_down", "page(1)", show=False),
        bind("page_up", "page(-1)", show=False),
    ]

    def __init__(self, roster: Roster, articles_of: Callable[[Official], Sequence[HasDates]],
                 block_text: Callable[[TimelineRow], str], order: OfficialsOrder = OfficialsOrder.ARTICLES,
                 sorted_by: Callable[[OfficialsOrder], None] = lambda _order: None) -> None:
        super().__init__()
        self.roster = roster
        self.articles_of = articles_of  # an official's articles' date mentions, for their timeline
        self.block_text = block_text  # the text around a mention, read for the rows drawn
        self.order = order
        self.sorted_by = sorted_by  # told each new order, so that it is kept between runs
        self._opening = True  # the next resume is an opening (not a return from a timeline): start afresh

    def opening(self) -> None:
        """Called before each push: the view opens with nothing typed, on its first row."""
        self._opening = True

    @property
    def officials_list(self) -> OfficialsList:
        return self.query_one(OfficialsList)

    @property
    def typed(self) -> str:
        return self.query_one("#officials-filter", Input).value

    def compose(self) -> ComposeResult:
        with Vertical(id="officials-box") as box:
            box.border_subtitle = "type to narrow · enter list their articles · tab: s sort, t timeline"
            if not self.roster.officials:
                yield Static("No officials were found in these articles.", id="officials-empty")
            else:
                yield Input(placeholder="type a name, a title or a country (no diacritics needed)",
                            id="officials-filter")
                yield OfficialsList(id="officials-list")
        yield KeysFooter()

    def on_screen_resume(self) -> None:
        if not self._opening:
            return
        self._opening = False
        if self.roster.officials:
            box = self.query_one("#officials-filter", Input)
            box.value = ""  # (when it held text, its Changed message refilters again: a cached order, cheap)
            box.focus()
        self._refilter(keep_selection=False)

    @on(Input.Changed, "#officials-filter")
    def _typed(self) -> None:
        self._refilter()

    @on(Input.Submitted, "#officials-filter")
    def _submitted(self) -> None:
        self.officials_list.open_selected()

    def _refilter(self, *, keep_selection: bool = True) -> None:
        total = len(self.roster.officials)
        title = f"Officials ({total})"
        if self.roster.officials:
            typed = self.typed
            shown = self.roster.listed(self.order, typed)
            self.officials_list.show(shown, self.officials_list.selected if keep_selection else None,
                                     f"No official matches “{typed.strip()}”.")
            if len(shown) != total:
                title = f"Officials {len(shown)}/{total}"
        box = self.query_one("#officials-box")
        box.border_title = Content(f"{title} · {self.order.value}")  # Content: never markup

    def action_cycle_sort(self) -> None:
        self.order = next_officials_order(self.order)
        self.sorted_by(self.order)
        self._refilter()

    def action_move(self, step: int) -> None:
        if self.roster.officials:
            self.officials_list.select_index(self.officials_list.cursor + step)

    def action_page(self, step: int) -> None:
        if self.roster.officials:
            self.officials_list.select_index(self.officials_list.cursor + step * self.officials_list.page_rows)

    def action_timeline(self) -> None:
        official = self.officials_list.selected
        if official is None:
            return
        articles = self.articles_of(official)
        scope = f"{len(articles)} article{'s' if len(articles) != 1 else ''} · {official.name}"

        def opened(row: TimelineRow | None) -> None:
            if row is not None:
                self.dismiss(OfficialsChoice(official, row))

        self.app.push_screen(TimelineScreen(Timeline(articles), scope, self.block_text), opened)

    def on_officials_list_chosen(self, message: OfficialsList.Chosen) -> None:
        message.stop()
        self.dismiss(OfficialsChoice(message.official))

    def action_close(self) -> None:
        self.dismiss(OfficialsChoice())
