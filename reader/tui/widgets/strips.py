"""One drawn line as one Strip.

Textual's Strip makes seven caches when it is created, and each of its operations (pad, crop,
style) makes another Strip: drawing a line in three steps tripled the Strips a move through
the list made for the reading pane and the entities panel. Here the segments are fitted and
styled first and the Strip is made once.
"""

from __future__ import annotations

from collections.abc import Iterable

from rich.segment import Segment
from rich.style import Style
from textual.strip import Strip


def fitted_segments(segments: Iterable[Segment], width: int, style: Style) -> list[Segment]:
    """Segments padded with blanks or cut to `width` cells, `style` under their own."""
    return list(Segment.apply_style(Segment.adjust_line_length(list(segments), width), style))


def line_strip(segments: Iterable[Segment], width: int, style: Style) -> Strip:
    """One line of `width` cells from these segments, `style` under their own."""
    return Strip(fitted_segments(segments, width, style), width)
