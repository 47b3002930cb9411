"""The reading pane: headline, metadata, paragraphs and captions with entities highlighted.

The body is one Static holding Rich Text built straight from the article's spans,
so what is highlighted is exactly what `reader export` writes. Styles come from
component classes (reader.tcss, themes) unless config.yaml overrides them.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import ClassVar

from rich.console import Group, RenderableType
from rich.padding import Padding
from rich.style import Style
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import BindingType
from textual.containers import VerticalScroll
from textual.geometry import Region
from textual.widgets import Static

from reader.chronology import article_date
from reader.config import DEFAULT_READING_WIDTH
from reader.model import Article
from reader.search import TITLE_BLOCK, Match
from reader.tui.keymap import navigation

CAPTION_INDENT = 4
BODY_PADDING = 2  # #body's padding, left and right, in reader.tcss
HIGHLIGHTS = ("date", "official", "search")


class ReadingPane(VerticalScroll, can_focus=True, inherit_bindings=False):
    """Scrollable article text; `show` replaces it, `jump_to` scrolls a span into view."""

    COMPONENT_CLASSES: ClassVar[set[str]] = {
        "reading-pane--title", "reading-pane--meta", "reading-pane--caption",
        "reading-pane--date", "reading-pane--official", "reading-pane--search", "reading-pane--current",
    }
    BINDINGS: ClassVar[list[BindingType]] = [
        *navigation(down="line_down", up="line_up", top="top", bottom="bottom"),
    ]

    def __init__(self, overrides: Mapping[str, str], reading_width: int = DEFAULT_READING_WIDTH, *,
                 id: str | None = None) -> None:
        super().__init__(id=id)
        self.overrides = dict(overrides)  # highlight name -> Rich style from config.yaml
        self.article: Article | None = None
        self.matches: tuple[Match, ...] = ()
        self.current: Match | None = None
        self.body = Static(id="body")
        # A readable measure: lines of ~88 columns, the column centred in a wider pane (reader.tcss).
        self.body.styles.max_width = reading_width + BODY_PADDING

    def compose(self) -> ComposeResult:
        yield self.body

    def show(self, article: Article | None, matches: Sequence[Match] = (), current: Match | None = None) -> None:
        """Show an article; the same one again (new highlights, n/N) keeps its size, so skips the layout."""
        restyle = article is not None and article is self.article
        self.article, self.matches, self.current = article, tuple(matches), current
        self.body.update(self.render_article() if article is not None else "", layout=not restyle)

    def show_message(self, message: RenderableType) -> None:
        self.article, self.matches, self.current = None, (), None
        self.body.update(message)

    def text(self) -> str:
        """The pane's text as the user reads it (for tests and copy)."""
        if self.article is None:
            return str(self.body.render())
        return "\n\n".join(text.plain for _block, text in self._parts(self.article))

    def span_style(self, name: str) -> Style:
        if name in self.overrides:
            return Style.parse(self.overrides[name])
        return self.get_component_rich_style(f"reading-pane--{name}", partial=True)

    def render_article(self) -> RenderableType:
        assert self.article is not None
        return Group(*(Padding(text, (0, 0, 1, self._indent(block))) for block, text in self._parts(self.article)))

    def _indent(self, block: int | None) -> int:
        is_caption = self.article is not None and block is not None and block >= 0 \
            and self.article.blocks[block].kind == "caption"
        return CAPTION_INDENT if is_caption else 0

    def _parts(self, article: Article) -> list[tuple[int | None, Text]]:
        """(block, text) for the title (TITLE_BLOCK), the metadata line (None) and each block, spans styled."""
        title = Text(article.title, style=self.get_component_rich_style("reading-pane--title"))
        self._stylize(title, TITLE_BLOCK)
        meta = Text(metadata_line(article), style=self.get_component_rich_style("reading-pane--meta"))
        parts: list[tuple[int | None, Text]] = [(TITLE_BLOCK, title), (None, meta)]
        caption = self.get_component_rich_style("reading-pane--caption")
        for index, block in enumerate(article.blocks):
            text = Text(block.text, style=caption if block.kind == "caption" else "")
            for mention in article.dates:
                if mention.block == index:
                    text.stylize(self.span_style("date"), mention.start, mention.end)
            for official in article.officials:
                if official.block == index:
                    text.stylize(self.span_style("official"), official.start, official.end)
            self._stylize(text, index)
            parts.append((index, text))
        return parts

    def _stylize(self, text: Text, block: int) -> None:
        for match in self.matches:
            if match.block == block:
                text.stylize(self.span_style("search"), match.start, match.end)
        if self.current is not None and self.current.block == block:
            current = self.get_component_rich_style("reading-pane--current", partial=True)
            text.stylize(current, self.current.start, self.current.end)

    def jump_to(self, match: Match) -> None:
        """Scroll so the line holding the match is in the middle of the pane."""
        line = self._line_of(match)
        self.scroll_to_region(Region(0, line, 1, 1), center=True, animate=False, immediate=True)

    def _line_of(self, match: Match) -> int:
        """Which line of the body (as wrapped now) holds the start of the match."""
        assert self.article is not None
        width = max(self.body.content_region.width, 1)
        console = self.app.console
        line = 0
        for block, text in self._parts(self.article):
            wrapped = text.wrap(console, max(width - self._indent(block), 1), justify="default")
            if block == match.block:
                seen = 0
                for index, wrapped_line in enumerate(wrapped):
                    seen += len(wrapped_line.plain)
                    if match.start < seen:
                        return line + index
                return line + max(len(wrapped) - 1, 0)
            line += len(wrapped) + 1
        return line

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
