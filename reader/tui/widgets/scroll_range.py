"""A line-drawn view's scroll range changed without a layout of the screen.

The article's reading pane and the entities panel set their `virtual_size` to the lines
they hold (a reactive that does not lay out); the scrollbar and the scroll offset must
follow. Textual has no public call for this: its own line-drawn widgets (OptionList, Log)
call `Widget._scroll_update`, which is what a layout would do, so the one private call is
kept here.
"""

from __future__ import annotations

from textual.geometry import Size
from textual.scroll_view import ScrollView


def set_scroll_range(view: ScrollView, size: Size) -> None:
    """The view's scroll range is `size`: its scrollbar shown, hidden or resized, its offset kept in range."""
    view.virtual_size = size
    view._scroll_update(size)
