"""The sidebar: one fixed-height row per article, drawn line by line.

It is a ScrollView with `render_line` (as Textualize's toolong does) rather than a
ListView or OptionList: those measure every row before the first paint, this only
draws the rows on screen, so 10,000 articles open and refilter at once. Its finished
lines are kept by what they show (kept_lines.py: the row, which of its lines, its marks, the
cursor on it or not): a move draws the two rows the cursor left and reached, a scroll by a row
draws only the row that came in, and a keystroke's new answer draws only the rows not on
screen before it (the rows a search shares with the last one are drawn once).
"""

from __future__ import annotations

import textwrap
from collections.abc import Callable, Sequence
from typing import ClassVar, Protocol

from rich.cells import cell_len, set_cell_size
from rich.segment import Segment
from rich.style import Style
from textual import events
from textual.binding import BindingType
from textual.content import Content
from textual.geometry import Region, Size
from textual.message import Message
from textual.strip import Strip

from reader.catalog import Row
from reader.tui.reading_state import FirstScreen
from reader.tui.widgets.cursor import CursorActions, cursor_bindings
from reader.tui.widgets.kept_lines import KeptLinesView

ROW_HEIGHT = 4  # two lines of headline, one of date and file, one blank between rows
TITLE_LINES = 2
UNREAD, NO_MARK = "● ", "  "  # the headline's gutter: unread or not
FLAGGED = "⚑ "  # before a flagged article's date
TITLE_CHROME = 6  # the border's corners, the dash either side of its title and a space each side


class RowMarks(Protocol):
    """What the list asks of the reading state to draw a row's marks."""

    def is_read(self, article_id: str) -> bool: ...

    def is_flagged(self, article_id: str) -> bool: ...


def row_date(row: Row) -> str:
    """The day the reading pane shows too (chronology.article_date), or "no date"."""
    return row.date.day if row.date is not None else "no date"


def fit_title(parts: Sequence[tuple[tuple[str, ...], int]], width: int) -> str:
    """The parts, each (its forms from the longest, rank), joined by " · " and fitted to `width` cells.

    The part of the highest rank takes its shorter forms first ("" leaves it out), rank 0 never
    does; then a part shortened early takes back what still fits. At 80 columns the list is 25
    cells wide: "Articles (4) · ● 4 · newest first" was cut to "Articles (4) · ● 4…", losing
    the order; fitted, it is "Articles (4) · newest" (the rows carry the ● marks).
    """
    chosen = [0] * len(parts)

    def text() -> str:
        return " · ".join(form for (forms, _), n in zip(parts, chosen, strict=True) if (form := forms[n]))

    shortened = []
    for part in sorted((n for n in range(len(parts)) if parts[n][1]), key=lambda n: -parts[n][1]):
        while cell_len(text()) > width and chosen[part] + 1 < len(parts[part][0]):
            chosen[part] += 1
        shortened.append(part)
        if cell_len(text()) <= width:
            break
    for part in shortened[:-1]:
        while chosen[part] > 0:
            chosen[part] -= 1
            if cell_len(text()) > width:
                chosen[part] += 1
                break
    return text()


class ArticleList(CursorActions, KeptLinesView, can_focus=True, inherit_bindings=False):
    """The list of articles' rows (reader/catalog.py); calls its owner when the selection moves, posts Opened on Enter.

    The owner is called in the same turn as the cursor moves, not sent a message: a message reached
    the screen after the frame that drew the cursor, so each move drew two frames, the pane and the
    entities panel a frame (and at least 1/60 s) after the list.
    """

    COMPONENT_CLASSES: ClassVar[set[str]] = {
        "article-list--title", "article-list--meta", "article-list--cursor", "article-list--empty",
    }
    BINDINGS: ClassVar[list[BindingType]] = cursor_bindings()

    class Opened(Message):
        """The user asked to read the selected article."""

        def __init__(self, article: Row) -> None:
            super().__init__()
            self.article = article

    def __init__(self, on_highlight: Callable[[Row | None], None], *, id: str | None = None) -> None:
        super().__init__(id=id)
        self._on_highlight = on_highlight  # the selected article changed (None when the list is empty)
        self._title_parts: tuple[tuple[tuple[str, ...], int], ...] = ((("Articles",), 0),)
        self.articles: tuple[Row, ...] = ()
        self.cursor = 0
        self.empty_message = "Loading…"
        self.marks: RowMarks | None = None  # None: no gutter (nothing is remembered)
        self._wrapped: dict[tuple[str, int], list[str]] = {}
        self._base = Style()  # the list's own style, worked out once a paint (see render_lines)
        self._preview: FirstScreen | None = None  # drawn until the rows are shown (see preview)

    @property
    def selected(self) -> Row | None:
        return self.articles[self.cursor] if self.articles else None

    @property
    def shows_rows(self) -> bool:
        """Rows are drawn: the list's, or a preview of them."""
        return bool(self.articles) or self._preview is not None

    def preview(self, first: FirstScreen) -> None:
        """Draw a window of the rows where the list will show them, before the list has any.

        Only drawn: the list stays empty (a key moves nothing) until `show` gives it its rows, which
        then scroll to the same place, as the window is drawn at its rows' positions in the list.
        """
        self._preview = first
        self._update_size()
        self.refresh()
        self._scroll_to_cursor(center=True)

    def show(self, articles: tuple[Row, ...], keep: str | None, empty_message: str = "") -> None:
        """Replace the rows, keeping the article `keep` selected when it is still listed."""
        before = self.selected
        self._preview = None
        self.articles = articles
        self.empty_message = empty_message
        ids = [article.id for article in articles]
        self.cursor = ids.index(keep) if keep in ids else 0
        self._update_size()
        self.refresh()
        self._scroll_to_cursor(center=True)
        if self.selected is not before:
            self._on_highlight(self.selected)

    def select_index(self, index: int) -> None:
        if not self.articles:
            return
        index = max(0, min(index, len(self.articles) - 1))
        if index == self.cursor:
            return
        self.refresh_lines(self.cursor * ROW_HEIGHT, ROW_HEIGHT)  # the row the cursor leaves, and the one it reaches
        self.cursor = index
        self.refresh_lines(self.cursor * ROW_HEIGHT, ROW_HEIGHT)
        self._scroll_to_cursor()
        self._on_highlight(self.selected)

    def marks_changed(self) -> None:
        """A row was marked read or unread, flagged or unflagged: the rows are drawn again.

        Their line keys hold the marks, so only the rows whose marks changed are rendered anew.
        """
        self.refresh()

    @property
    def row_count(self) -> int:
        return len(self.articles)

    def open_selected(self) -> None:
        if self.selected is not None:
            self.post_message(self.Opened(self.selected))

    def on_click(self, event: events.Click) -> None:
        offset = event.get_content_offset(self)
        if offset is not None:
            self.select_index((offset.y + round(self.scroll_y)) // ROW_HEIGHT)

    def on_resize(self, _event: events.Resize) -> None:
        self._wrapped.clear()
        self._update_size()
        self._scroll_to_cursor(center=True)
        self._fit_title()

    def set_title(self, parts: Sequence[tuple[tuple[str, ...], int]]) -> None:
        """The border title from its parts (see fit_title): fitted now and at each resize."""
        self._title_parts = tuple(parts)
        self._fit_title()

    def _fit_title(self) -> None:
        # Content: a part may be an official's name, text that is never markup.
        self.border_title = Content(fit_title(self._title_parts, self.outer_size.width - TITLE_CHROME))

    def _update_size(self) -> None:
        rows = self._preview.total if self._preview is not None and not self.articles else len(self.articles)
        self.virtual_size = Size(self.scrollable_content_region.width, rows * ROW_HEIGHT)

    def _scroll_to_cursor(self, *, center: bool = False) -> None:
        cursor = self.cursor if self.articles else self._preview.cursor if self._preview is not None else None
        if cursor is not None:
            row = Region(0, cursor * ROW_HEIGHT, 1, ROW_HEIGHT)
            self.scroll_to_region(row, animate=False, center=center, immediate=True)

    def render_lines(self, crop: Region) -> list[Strip]:
        # rich_style walks every ancestor's styles: once a paint, not once for each of its rows' lines
        self._base = self.rich_style
        return super().render_lines(crop)

    def line_key(self, y: int) -> tuple[object, ...] | None:
        """A row's line by all it shows: the row, which line of it, its marks, and whether the cursor is on it."""
        if not self.articles:
            return None  # the preview and the empty list are drawn as they come
        index, part = divmod(round(self.scroll_y) + y, ROW_HEIGHT)
        if index >= len(self.articles):
            return ("below",)  # under the last row
        if part == ROW_HEIGHT - 1:
            return ("gap",)  # the blank line between rows, the same under every row
        article = self.articles[index]
        gutter = self._gutter(article, part, self.marks)
        return article, part, gutter, index == self.cursor

    def render_line(self, y: int) -> Strip:
        width = self.scrollable_content_region.width
        line = round(self.scroll_y) + y
        index, part = divmod(line, ROW_HEIGHT)
        preview, marks, cursor = self._preview, self.marks, self.cursor
        if preview is not None and not self.articles:
            position = index - preview.start
            article = preview.rows[position] if 0 <= position < len(preview.rows) else None
            marks, cursor = (preview if marks is not None else None), preview.cursor
        elif not self.articles:
            return self._empty_line(line, width)
        else:
            article = self.articles[index] if index < len(self.articles) else None
        if article is None:
            return Strip.blank(width, self._base)
        gutter = self._gutter(article, part, marks)
        if part < TITLE_LINES:
            text, role = gutter + self._title_lines(article, width - 2 - len(gutter))[part], "article-list--title"
        elif part == TITLE_LINES:
            text, role = f"{gutter}{row_date(article)} · {article.file}", "article-list--meta"
        else:
            text, role = "", "article-list--meta"
        style = self._base + self.get_component_rich_style(role)
        if index == cursor and part < ROW_HEIGHT - 1:
            style += self.get_component_rich_style("article-list--cursor")
        return self._strip(text, width, style)

    @staticmethod
    def _gutter(article: Row, part: int, marks: RowMarks | None) -> str:
        """`●` beside an unread headline, `⚑` before a flagged article's date."""
        if marks is None:
            return ""
        if part == 0 and not marks.is_read(article.id):
            return UNREAD
        if part == TITLE_LINES:  # the date line keeps its width unless there is a flag to show
            return FLAGGED if marks.is_flagged(article.id) else ""
        return NO_MARK

    def _title_lines(self, article: Row, width: int) -> list[str]:
        """The headline wrapped to two lines; the second ends in … when it had to be cut."""
        key = (article.id, width)
        if key not in self._wrapped:
            lines = textwrap.wrap(article.title, max(width, 1)) or [""]
            if len(lines) > TITLE_LINES:
                rest = " ".join(lines[TITLE_LINES - 1:])
                lines[TITLE_LINES - 1] = rest[: max(width - 1, 0)].rstrip() + "…"
            self._wrapped[key] = (lines + [""] * TITLE_LINES)[:TITLE_LINES]
        return self._wrapped[key]

    def _empty_line(self, line: int, width: int) -> Strip:
        lines = textwrap.wrap(self.empty_message, max(width - 2, 1))
        text = lines[line] if line < len(lines) else ""
        return self._strip(text, width, self._base + self.get_component_rich_style("article-list--empty"))

    @staticmethod
    def _strip(text: str, width: int, style: Style) -> Strip:
        cell = f" {text}"
        if cell_len(cell) > width:
            cell = set_cell_size(cell, max(width - 1, 0)) + "…"
        cell = set_cell_size(cell, width)
        return Strip([Segment(cell, style)], width)
