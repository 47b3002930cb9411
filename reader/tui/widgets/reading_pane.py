"""The reading pane: headline, metadata, paragraphs and captions with entities highlighted.

Each part (title, metadata line, block) is one Rich Text styled straight from the article's
spans, so what is highlighted is exactly what `reader export` writes; styles come from
component classes (reader.tcss, themes) unless config.yaml overrides them. The pane draws
line by line (a ScrollView with `render_line`, like the article list): the article is wrapped
once per width and only the lines on screen are rendered, and a new article changes the
scroll range without a layout of the screen, which wrapping the whole text in a Static cost
on every move through the list. Its finished lines are kept by what they show (kept_lines.py):
a scroll draws only the lines that come in, a blank line between paragraphs or under the
text is drawn once for every article, and a keystroke's new search highlights wrap and draw
again only the paragraphs whose highlights changed.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import ClassVar

from rich.segment import Segment
from rich.style import Style
from rich.text import Text
from textual import events
from textual.binding import BindingType
from textual.geometry import Region, Size
from textual.reactive import Reactive
from textual.strip import Strip

from reader.chronology import article_date
from reader.config import DEFAULT_READING_WIDTH
from reader.model import Article
from reader.search import TITLE_BLOCK, Match
from reader.tui.keymap import navigation
from reader.tui.widgets.kept_lines import KeptLinesView
from reader.tui.widgets.scroll_range import set_scroll_range
from reader.tui.widgets.strips import fitted_segments, line_strip

CAPTION_INDENT = 4
COLUMN_PADDING = 1  # blank columns either side of the text column


@dataclass(frozen=True)
class Part:
    """A paragraph of the pane: its block (TITLE_BLOCK, None for the metadata line), its indent and text,
    and the search highlights on it ((start, end, current or not)), which decide how it looks with the text."""

    block: int | None
    indent: int
    text: Text
    marks: tuple[tuple[int, int, bool], ...] = ()


@dataclass(frozen=True)
class Line:
    """One wrapped line: the part it belongs to and where in the part's text it starts (None: a gap)."""

    part: int | None
    start: int
    text: Text


class ReadingPane(KeptLinesView, can_focus=True, inherit_bindings=False):
    """Scrollable article text; `show` replaces it, `jump_to` scrolls a span into view."""

    COMPONENT_CLASSES: ClassVar[set[str]] = {
        "reading-pane--title", "reading-pane--meta", "reading-pane--caption",
        "reading-pane--date", "reading-pane--official", "reading-pane--search", "reading-pane--current",
    }
    BINDINGS: ClassVar[list[BindingType]] = [
        *navigation(down="line_down", up="line_up", top="top", bottom="bottom"),
    ]
    # Another article changes only the scroll range: a repaint, not a layout of the screen. The
    # scrollbar's size follows in _refit; one appearing or going still lays out
    # (show_vertical_scrollbar), as the text column may then move.
    virtual_size: Reactive[Size] = Reactive(Size(0, 0), layout=False)

    def __init__(self, overrides: Mapping[str, str], reading_width: int = DEFAULT_READING_WIDTH, *,
                 id: str | None = None) -> None:
        super().__init__(id=id)
        self.overrides = dict(overrides)  # highlight name -> Rich style from config.yaml
        self.reading_width = reading_width  # a readable measure, the column centred in a wider pane
        self.article: Article | None = None
        self.matches: tuple[Match, ...] = ()
        self.current: Match | None = None
        self.parts: list[Part] = []
        self._plain: list[Part] | None = None  # the article's parts without search highlights
        self._lines: dict[int, list[Line]] = {}  # text width -> the parts wrapped at it
        self._wrapped_parts: dict[tuple[int, tuple[tuple[int, int, bool], ...], int], list[Text]] = {}
        self._generation = 0  # bumped when the text changes: the lines kept before show it no more
        self._width = 0  # the text's side of the pane (without its scrollbar), worked out once a paint
        self._styles: tuple[Style, Style] | None = None  # the pane's style and its background alone
        self._restore_y: float | None = None  # a scroll asked for before the pane had its size

    def show(self, article: Article | None, matches: Sequence[Match] = (), current: Match | None = None) -> None:
        """Show an article with these highlights.

        The same article again (new search hits, n/N) keeps every part whose highlights did not change.
        """
        previous = self.article
        same_text = (article is not None and previous is not None and self._plain is not None
                     and (article is previous or article == previous))
        self.article, self.matches, self.current = article, tuple(matches), current
        if article is None:
            self._set_parts([], new_text=True)
            return
        if not same_text or self._plain is None:
            self._plain = self._article_parts(article)
        self._set_parts([self._highlighted(part) for part in self._plain], new_text=not same_text)

    def show_message(self, message: Text) -> None:
        """A line or two instead of an article (loading, an empty folder, a folder gone)."""
        self.article, self.matches, self.current = None, (), None
        self._set_parts([Part(None, 0, message)], new_text=True)

    def text(self) -> str:
        """The pane's text as the user reads it (for tests and copy)."""
        return "\n\n".join(part.text.plain for part in self.parts)

    def span_style(self, name: str) -> Style:
        if name in self.overrides:
            return Style.parse(self.overrides[name])
        return self.get_component_rich_style(f"reading-pane--{name}", partial=True)

    def scroll_restore(self, y: float) -> None:
        """Scroll to `y` now, or as soon as the pane has its size (the article open at start)."""
        if self.container_size.width:
            self.scroll_to(y=y, animate=False, immediate=True)
        else:
            self._restore_y = y

    def jump_to(self, match: Match) -> None:
        """Scroll so the line holding the match is in the middle of the pane."""
        line = self._line_of(match)
        self.scroll_to_region(Region(0, line, 1, 1), center=True, animate=False, immediate=True)

    # -- the text ----------------------------------------------------------------------------------

    def _set_parts(self, parts: list[Part], *, new_text: bool) -> None:
        self.parts = parts
        if new_text:  # else the same text: each part's wrapping is kept by its highlights
            self._generation += 1
            self._wrapped_parts.clear()
            self._styles = None
        self._lines.clear()
        self._refit()
        self.refresh()

    def _article_parts(self, article: Article) -> list[Part]:
        """The title (TITLE_BLOCK), the metadata line (None) and each block, its dates and officials styled."""
        title = Text(article.title, style=self.get_component_rich_style("reading-pane--title"))
        meta = Text(metadata_line(article), style=self.get_component_rich_style("reading-pane--meta"))
        parts = [Part(TITLE_BLOCK, 0, title), Part(None, 0, meta)]
        caption = self.get_component_rich_style("reading-pane--caption")
        date, official = self.span_style("date"), self.span_style("official")
        spans: dict[int, list[tuple[Style, int, int]]] = {}  # block -> its dates, then its officials
        for style, mentions in ((date, article.dates), (official, article.officials)):
            for mention in mentions:
                spans.setdefault(mention.block, []).append((style, mention.start, mention.end))
        for index, block in enumerate(article.blocks):
            is_caption = block.kind == "caption"
            text = Text(block.text, style=caption if is_caption else "")
            for style, start, end in spans.get(index, ()):
                text.stylize(style, start, end)
            parts.append(Part(index, CAPTION_INDENT if is_caption else 0, text))
        return parts

    def _highlighted(self, part: Part) -> Part:
        """The part with the search's hits on it styled, the current one above them; itself when it has none."""
        current = self.current
        marks = tuple((m.start, m.end, False) for m in self.matches if m.block == part.block)
        if current is not None and current.block == part.block:
            marks += ((current.start, current.end, True),)
        if not marks:
            return part
        text = part.text.copy()
        search = self.span_style("search")
        current_style = self.get_component_rich_style("reading-pane--current", partial=True)
        for start, end, is_current in marks:
            text.stylize(current_style if is_current else search, start, end)
        return Part(part.block, part.indent, text, marks)

    def _measure(self, width: int) -> tuple[int, int]:
        """(left margin, text width) of the column in a pane `width` cells wide."""
        column = min(width, self.reading_width + 2 * COLUMN_PADDING)
        return (width - column) // 2 + COLUMN_PADDING, max(column - 2 * COLUMN_PADDING, 1)

    def _wrapped(self, measure: int) -> list[Line]:
        """Every part wrapped at `measure` columns, a blank line after each; once per width, and a part
        once per width and highlights (a keystroke's new highlights wrap again only the parts they touch)."""
        lines = self._lines.get(measure)
        if lines is None:
            lines = self._lines[measure] = []
            console = self.app.console
            for index, part in enumerate(self.parts):
                key = (index, part.marks, measure)
                wrapped_part = self._wrapped_parts.get(key)
                if wrapped_part is None:
                    wrapped_part = self._wrapped_parts[key] = list(
                        part.text.wrap(console, max(measure - part.indent, 1), justify="default"))
                start = 0
                for wrapped in wrapped_part:
                    lines.append(Line(index, start, wrapped))
                    start += len(wrapped.plain)
                lines.append(Line(None, 0, Text()))
        return lines

    def _refit(self) -> None:
        """Size the scroll range to the text as wrapped at the width it will have (with a scrollbar if it needs one)."""
        width, height = self.container_size
        if not width:
            return  # not laid out yet: on_resize comes
        lines = self._wrapped(self._measure(width)[1])
        if len(lines) > height and self.styles.overflow_y == "auto":
            width -= self.styles.scrollbar_size_vertical
            lines = self._wrapped(self._measure(width)[1])
        set_scroll_range(self, Size(width, len(lines)))
        if self._restore_y is not None:
            self.scroll_to(y=self._restore_y, animate=False, immediate=True)
            self._restore_y = None

    def on_resize(self, _event: events.Resize) -> None:
        self._refit()

    def notify_style_update(self) -> None:
        """A new theme or focus style: the lines are drawn again in it, the parts styled again at the next show."""
        super().notify_style_update()
        self._styles = None
        self._plain = None

    def render_lines(self, crop: Region) -> list[Strip]:
        # scrollable_content_region works the layout out again: once a paint, not once for each line
        self._width = self.scrollable_content_region.width
        return super().render_lines(crop)

    def line_key(self, y: int) -> tuple[object, ...]:
        """A line of this text as wrapped at this width with its part's highlights; a blank line, the same in
        any text at this width."""
        index = round(self.scroll_y) + y
        lines = self._wrapped(self._measure(self._width)[1])
        if index >= len(lines):
            return "end", self._width
        part = lines[index].part
        if part is None:
            return "gap", self._width
        return self._generation, self._width, index, self.parts[part].marks

    def render_line(self, y: int) -> Strip:
        return self._draw(self._width, round(self.scroll_y) + y)

    def _draw(self, width: int, index: int) -> Strip:
        """One line: the margins, then the column (a part's indent and wrapped text, in the pane's style)."""
        left, measure = self._measure(width)
        lines = self._wrapped(measure)
        if self._styles is None:  # rich_style walks every ancestor: once per article, not once per line
            base = self.rich_style
            self._styles = base, Style.from_color(bgcolor=base.bgcolor)
        base, background = self._styles
        if index >= len(lines):
            return Strip.blank(width, background)
        line = lines[index]
        column: list[Segment] = []
        if line.part is not None:
            console = self.app.console
            # Text.render leaves out the Text's own style (its __rich_console__ adds it under the spans)
            column = [Segment(" " * self.parts[line.part].indent),
                      *Segment.apply_style(line.text.render(console), console.get_style(line.text.style))]
        outside, pad = Segment(" " * (left - COLUMN_PADDING), background), Segment(" " * COLUMN_PADDING, background)
        right = Segment(" " * (width - left - measure - COLUMN_PADDING), background)
        return line_strip([outside, pad, *fitted_segments(column, measure, base), pad, right], width, Style())

    def _line_of(self, match: Match) -> int:
        """Which line of the text (as wrapped now) holds the start of the match."""
        lines = self._wrapped(self._measure(self.scrollable_content_region.width)[1])
        part = next((n for n, p in enumerate(self.parts) if p.block == match.block), None)
        if part is None:
            return 0
        last = 0
        for index, line in enumerate(lines):
            if line.part == part:
                if match.start < line.start + len(line.text.plain):
                    return index
                last = index
        return last

    # -- keys --------------------------------------------------------------------------------------

    def action_line_down(self) -> None:
        self.scroll_down(animate=False)

    def action_line_up(self) -> None:
        self.scroll_up(animate=False)

    def action_top(self) -> None:
        self.scroll_home(animate=False)

    def action_bottom(self) -> None:
        self.scroll_end(animate=False)


def metadata_line(article: Article) -> str:
    """Published · author · credit · file: what the page says about itself."""
    when = article_date(article)  # the list shows the same day
    if when is None:
        published = "date not given"
    else:
        published = when.shown if when.published else f"{when.shown} (from the text)"
    parts = [published, article.author, article.credit, article.file]
    if article.excerpt:
        parts.append("excerpt only")
    return " · ".join(part for part in parts if part)
