"""Line-drawn views and scrollbars whose finished lines are kept by what they show, not by where they are.

Textual keeps each widget's finished lines (border, padding and styles applied) by their row on
screen, and a scroll marks every row dirty: the article list moving its cursor one row past the
bottom styled all of its 47 rows again, though 43 of them had only moved up, and the reading
pane styled its blank lines again for every article. Here a view names each content row by a
key that decides all it shows (the article list: the row, the line in it, its marks, the cursor
on it or not); the finished line is kept under that key and used again wherever
that row is drawn, and only the rows with a new key are drawn by Textual (Widget.render_lines).

A view's vertical scrollbar is one of these too (KeptScrollBar): Textual draws its 47 rows again
whenever the thumb moves or is resized (each article of another length, each scroll), though a row
of a scrollbar is one of a handful (track above or below the thumb, thumb, a thumb's end); its rows
are kept by the cell they show.

Textual still decides what is dirty: a kept line is used only where a refresh asked for that
row, so a view that forgets to name something in its key draws a stale line, never a missing one.
The lines kept are dropped when the view's size, styles (theme, focus) or line filters change.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Sequence

from rich.color import Color
from textual.geometry import Region, Size
from textual.scroll_view import ScrollView
from textual.scrollbar import ScrollBar, ScrollBarRender
from textual.strip import Strip
from textual.widget import Widget

MAX_KEPT = 2048  # a few screens of each view: beyond it they are dropped and drawn again


class KeptLines:
    """A widget's finished lines by key, dropped when its size or line filters change."""

    def __init__(self) -> None:
        self.kept: dict[Hashable, Strip] = {}
        self._drawn_for: tuple[Size, tuple[object, ...]] | None = None  # the size and line filters they were drawn at

    def clear(self) -> None:
        self.kept.clear()

    def render(self, widget: Widget, crop: Region, keys: Sequence[Hashable | None],
               draw: Callable[[Region], list[Strip]]) -> list[Strip]:
        """The rows of `crop` (full width), `keys` naming each (None: drawn every time); `draw` draws the rest."""
        drawn_for = (widget.outer_size, tuple(widget.get_line_filters()))
        if drawn_for != self._drawn_for or len(self.kept) > MAX_KEPT:
            self.kept.clear()
            self._drawn_for = drawn_for
        kept = self.kept
        strips = [kept.get(key) if key is not None else None for key in keys]
        start = 0
        while start < len(strips):  # the rows not kept, a run at a time
            if strips[start] is not None:
                start += 1
                continue
            end = start
            while end < len(strips) and strips[end] is None:
                end += 1
            for n, strip in enumerate(draw(Region(0, crop.y + start, crop.width, end - start)), start):
                strips[n] = strip
                if keys[n] is not None:
                    kept[keys[n]] = strip
            start = end
        return [strip for strip in strips if strip is not None]


class KeptScrollBar(ScrollBar):
    """A vertical scrollbar whose rows are kept by the cell each shows (its glyph and style)."""

    def __init__(self, *, thickness: int) -> None:
        super().__init__(vertical=True, name="vertical", thickness=thickness)
        self._kept_lines = KeptLines()

    def notify_style_update(self) -> None:
        super().notify_style_update()
        self._kept_lines.clear()

    def render_lines(self, crop: Region) -> list[Strip]:
        bar = self.render()
        width, height = self.outer_size
        if crop.x or crop.width != width or not isinstance(bar, ScrollBarRender):
            return super().render_lines(crop)
        # the cells ScrollBarRender draws (as its __rich_console__ does), one a row, in the bar's style
        style = self.app.console.get_style(bar.style)
        cells = bar.render_bar(
            size=height, virtual_size=bar.virtual_size, window_size=bar.window_size, position=bar.position,
            thickness=width, vertical=True, back_color=style.bgcolor or Color.default(),
            bar_color=style.color or Color.default(),
        ).segments
        keys = [(style, cells[y]) if y < len(cells) else None for y in crop.line_range]
        return self._kept_lines.render(self, crop, keys, super().render_lines)


class KeptLinesView(ScrollView):
    """A ScrollView that draws through Textual only the content rows whose `line_key` is new."""

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self._kept_lines = KeptLines()

    def line_key(self, y: int) -> Hashable | None:
        """What content row `y` (0 is the first row on screen) shows, as a key; None draws it every time."""
        return None

    def notify_style_update(self) -> None:
        """A new theme or focus style: every line is drawn again in it."""
        super().notify_style_update()
        self._kept_lines.clear()

    @property
    def vertical_scrollbar(self) -> ScrollBar:
        """Widget.vertical_scrollbar, made a KeptScrollBar (Textual has no setting for the class it makes)."""
        if self._vertical_scrollbar is None:
            self._vertical_scrollbar = bar = KeptScrollBar(thickness=self.scrollbar_size_vertical)
            bar.display = False
            self.app._start_widget(self, bar)
        return self._vertical_scrollbar

    def render_lines(self, crop: Region) -> list[Strip]:
        size = self.outer_size  # the rows Textual draws: the border and padding's too
        if crop.x or crop.width != size.width:  # part of a row (a screen over this one): as Textual draws it
            return super().render_lines(crop)
        gutter = self.styles.gutter  # the border and padding, where Textual's content rows start
        top, bottom = gutter.top, size.height - gutter.bottom
        keys = [self.line_key(y - top) if top <= y < bottom else None for y in crop.line_range]
        return self._kept_lines.render(self, crop, keys, super().render_lines)
