"""A line-drawn view whose finished lines are kept by what they show, not by where they are.

Textual keeps each widget's finished lines (border, padding and styles applied) by their row on
screen, and a scroll marks every row dirty: the article list moving its cursor one row past the
bottom styled all of its 47 rows again, though 43 of them had only moved up, and the reading
pane styled its blank lines again for every article. Here a view names each content row by a
key that decides all it shows (the article list: its generation of rows, the row, the line in
it, the cursor on it or not); the finished line is kept under that key and used again wherever
that row is drawn, and only the rows with a new key are drawn by Textual (Widget.render_lines).

Textual still decides what is dirty: a kept line is used only where a refresh asked for that
row, so a view that forgets to name something in its key draws a stale line, never a missing one.
The lines kept are dropped when the view's size, styles (theme, focus) or line filters change.
"""

from __future__ import annotations

from collections.abc import Hashable

from textual.geometry import Region, Size
from textual.scroll_view import ScrollView
from textual.strip import Strip

MAX_KEPT = 2048  # a few screens of each view: beyond it they are dropped and drawn again


class KeptLinesView(ScrollView):
    """A ScrollView that draws through Textual only the content rows whose `line_key` is new."""

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self._kept: dict[Hashable, Strip] = {}
        self._kept_for: tuple[Size, tuple[object, ...]] | None = None  # the size and line filters they were drawn at

    def line_key(self, y: int) -> Hashable | None:
        """What content row `y` (0 is the first row on screen) shows, as a key; None draws it every time."""
        return None

    def notify_style_update(self) -> None:
        """A new theme or focus style: every line is drawn again in it."""
        super().notify_style_update()
        self._kept.clear()

    def render_lines(self, crop: Region) -> list[Strip]:
        size = self.outer_size  # the rows Textual draws: the border and padding's too
        drawn_for = (size, tuple(self.get_line_filters()))
        if drawn_for != self._kept_for or len(self._kept) > MAX_KEPT:
            self._kept.clear()
            self._kept_for = drawn_for
        if crop.x or crop.width != size.width:  # part of a row (a screen over this one): as Textual draws it
            return super().render_lines(crop)
        gutter = self.styles.gutter  # the border and padding, where Textual's content rows start
        top, bottom = gutter.top, size.height - gutter.bottom
        kept = self._kept
        keys = [self.line_key(y - top) if top <= y < bottom else None for y in crop.line_range]
        strips = [kept.get(key) if key is not None else None for key in keys]
        start = 0
        while start < len(strips):  # the rows not kept, a run at a time
            if strips[start] is not None:
                start += 1
                continue
            end = start
            while end < len(strips) and strips[end] is None:
                end += 1
            for n, strip in enumerate(super().render_lines(Region(0, crop.y + start, size.width, end - start)), start):
                strips[n] = strip
                if keys[n] is not None:
                    kept[keys[n]] = strip
            start = end
        return [strip for strip in strips if strip is not None]
