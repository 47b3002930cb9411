"""The main screen: article list, reading pane, entities panel, search bar, footer.

It owns the reading state (filter, query, current match; the marks and positions kept
between runs live in reading_state.py); the widgets only draw what it hands them. The catalog
(reader/catalog.py: the list's rows, each article read when it is shown) and the index arrive as
messages from the app's workers; the catalog, index, query, officials filter and panel choice are
reactive, and their watchers refilter or refit what they change.
"""

from __future__ import annotations

import os
import shlex
import subprocess
from collections.abc import Mapping
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, ClassVar

from rich.text import Text
from textual import events, on, work
from textual.app import App, ComposeResult, SuspendNotSupported
from textual.binding import Binding, BindingType
from textual.containers import Horizontal
from textual.content import Content
from textual.reactive import reactive
from textual.screen import Screen
from textual.timer import Timer
from textual.widgets import Input
from textual.worker import get_current_worker

from reader.catalog import Catalog, Dated, Row, StoreCatalog
from reader.chronology import SortOrder, next_order, sort_articles
from reader.config import DEFAULT_READ_AFTER, DEFAULT_READING_WIDTH
from reader.markdown import article_markdown
from reader.model import Article, Official
from reader.query import Query, describe, keep_filtered, name_matches, parse_query
from reader.roster import OfficialsOrder, Roster
from reader.search import Match, SearchIndex, query_words
from reader.tui.keymap import SPECS, bind, keys_in_force
from reader.tui.messages import CatalogLoaded, FirstScreenRead, IndexReady, LoadFailed, Parsing
from reader.tui.reading_state import ReadingState
from reader.tui.widgets.article_list import FLAGGED, UNREAD, ArticleList
from reader.tui.widgets.entities import EntitiesPanel
from reader.tui.widgets.keys_footer import KeysFooter
from reader.tui.widgets.reading_pane import ReadingPane
from reader.tui.widgets.search_bar import SearchBar

if TYPE_CHECKING:  # the two views are imported when first opened: the first paint needs neither
    from reader.timeline import TimelineRow
    from reader.tui.screens.officials import OfficialsChoice, OfficialsScreen

# A search shows its first FIRST_HITS hits at once and the rest after (refresh_list) from
# PAGED_FROM articles on: in a smaller folder the whole answer is as quick as its first screenful.
FIRST_HITS = 100  # more rows than a screen shows
PAGED_FROM = 2000
ENTITIES_MIN_WIDTH = 120  # below this the reading pane needs the room more than the panel
_NOT_IN_PALETTE = {"down", "up", "close"}  # keys that mean something only where the focus is
OFFICIALS_SCREEN = "officials"  # the name the officials view is installed under
ORDER_LABELS = {SortOrder.NEWEST: ("newest first", "newest"), SortOrder.OLDEST: ("oldest first", "oldest"),
                SortOrder.FILE: ("file order", "file")}  # (long, short): the list's title takes what fits


class MainScreen(Screen[None]):
    BINDINGS: ClassVar[list[BindingType]] = [
        bind("focus_next", "focus_next_pane", show=False),
        bind("focus_previous", "focus_previous_pane", show=False),
        bind("page_down", "page_down", show=False),
        bind("page_up", "page_up", show=False),
        bind("next_article", "next_article", show=False),
        # ↓/↑ typed in the search box move in the list (every pane binds them for itself).
        bind("down", "next_article", show=False),
        bind("up", "prev_article", show=False),
        bind("prev_article", "prev_article", show=False),
        # Not a priority binding: in a burst ("jf/obama") the keys before it act first, in order, and
        # the letters after it reach the box through ReaderApp.on_key; "/" typed in the box is a "/".
        bind("search", "search"),
        bind("next_match", "next_match", show=False),
        bind("prev_match", "prev_match", show=False),
        bind("close", "close", show=False),
        bind("officials", "officials"),
        bind("entities", "entities"),
        # Not in the footer, which has no room left at 80 columns; help and the palette list them.
        bind("toggle_read", "toggle_read", show=False),
        bind("mark_all_read", "mark_all_read", show=False),
        bind("flag", "toggle_flag", show=False),
        bind("flagged", "flagged_only", show=False),
        bind("sort", "cycle_sort"),
        bind("timeline", "timeline"),
        bind("copy", "copy"),
        bind("source", "source"),
    ]

    # always_update: a new catalog or index is never compared field by field with the last one.
    # repaint=False: the screen draws nothing of its own and each watcher refreshes the widgets it
    # changes; a screen's repaint redraws every widget on it, a whole-screen update at each keystroke.
    catalog: reactive[Catalog | None] = reactive[Catalog | None](None, always_update=True, repaint=False)
    index: reactive[SearchIndex | None] = reactive[SearchIndex | None](None, always_update=True, init=False,
                                                                      repaint=False)
    query_text: reactive[str] = reactive("", init=False, repaint=False)
    official: reactive[Official | None] = reactive[Official | None](None, init=False, repaint=False)
    entities_choice: reactive[bool | None] = reactive[bool | None](None, init=False,  # None: follow the width
                                                                  repaint=False)
    list_order: reactive[SortOrder] = reactive(SortOrder.NEWEST, init=False, repaint=False)
    flagged_only: reactive[bool] = reactive(False, init=False, repaint=False)

    def __init__(self, folder: Path, highlight_overrides: Mapping[str, str],
                 list_order: SortOrder = SortOrder.NEWEST, reading_width: int = DEFAULT_READING_WIDTH, *,
                 reading: ReadingState | None = None, read_after: float = DEFAULT_READ_AFTER) -> None:
        super().__init__()
        self.reading_width = reading_width
        self.reading = reading if reading is not None else ReadingState(None, folder)
        self.read_after = read_after
        self._read_timer: Timer | None = None
        self.set_reactive(MainScreen.list_order, list_order)
        self.folder = folder
        self.highlight_overrides = highlight_overrides
        self.by_id: dict[str, Row] = {}
        self.parsing: StoreCatalog | None = None  # the articles written so far, while a cold parse runs
        self._index_at_once: SearchIndex | None = None  # the next catalog's, when it needs no building
        self.matches: tuple[Match, ...] = ()
        self.match_index: int | None = None
        self.list_generation = 0  # counts the list's fillings: a search's answer for an older one is dropped
        self._partial = False  # the list holds a search's first screenful; the rest is on its way
        self._phrase_count: int | None = None  # of the listed search's hits, once counted
        self._keep_after: tuple[str | None, str | None] = (None, None)  # see _kept_after
        self.officials_view: OfficialsScreen | None = None  # built at its first opening, kept for the corpus
        self.officials_order = self.reading.officials_sort() or OfficialsOrder.ARTICLES

    def compose(self) -> ComposeResult:
        with Horizontal(id="main"):
            yield ArticleList(self._article_highlighted, id="articles")
            yield ReadingPane(self.highlight_overrides, self.reading_width, id="pane")
            yield EntitiesPanel(id="entities")
        yield SearchBar(id="search")
        yield KeysFooter()

    @property
    def article_list(self) -> ArticleList:
        return self.query_one(ArticleList)

    @property
    def pane(self) -> ReadingPane:
        return self.query_one(ReadingPane)

    @property
    def search_bar(self) -> SearchBar:
        return self.query_one(SearchBar)

    def on_mount(self) -> None:
        self.article_list.border_subtitle = Content(self.folder.name)
        self.pane.border_title = "Reading"
        self.query_one(EntitiesPanel).border_title = "In this article"
        self.search_bar.display = False
        self.article_list.marks = self.reading
        self.article_list.focus()
        self._fit_entities(self.app.size.width)

    # -- what the workers post -----------------------------------------------------------------------

    def on_catalog_loaded(self, message: CatalogLoaded) -> None:
        self.article_list.border_subtitle = Content(self.folder.name)  # the parse, if any, is over
        catalog = message.catalog
        if self.parsing is not None:  # the articles written so far give way to the whole folder
            self.parsing.close()
            self.parsing = None
            if isinstance(catalog, StoreCatalog):  # a search typed meanwhile goes on without a gap
                self._index_at_once = index_at_once(catalog)
        self.catalog = catalog  # and on to the app, which notifies skipped files

    def on_parsing(self, message: Parsing) -> None:
        """A cold parse wrote a batch: list what is written so far, in file order, and say how far it got."""
        self.article_list.border_subtitle = Content(f"{self.folder.name} · {message.progress.line()}")
        if not message.growing:
            return
        parsing = self.parsing
        if parsing is None:
            parsing = self.parsing = StoreCatalog.growing(self.folder)
            if parsing is None:
                return
        else:
            parsing.grow()
        if not parsing.rows:
            return
        if self.catalog is not parsing:
            self.catalog = parsing  # the first rows: the list leaves its loading state
        else:
            self.by_id = {row.id: row for row in parsing.rows}
            self.reading.attach(parsing.rows)
            self.set_reactive(MainScreen.index, index_at_once(parsing))
            self.refresh_list()  # a search typed meanwhile runs over the new articles too

    def on_first_screen_read(self, message: FirstScreenRead) -> None:
        """The first screen's rows before the catalog: drawn where the list will show them, with its title."""
        if self.catalog is not None:
            return  # the catalog came first after all
        first = message.first
        self.article_list.loading = False
        self.article_list.preview(first)
        self.article_list.set_title(self._title_parts(first.total, first.total, first.unread))

    def on_index_ready(self, message: IndexReady) -> None:
        self.index = message.index

    def on_load_failed(self, message: LoadFailed) -> None:
        """No catalog is coming (the folder went, or a bug): the list stops loading and the pane says why."""
        self.article_list.loading = False
        self.article_list.show((), keep=None, empty_message="No articles.")
        self.pane.show_message(Text.assemble(("Cannot read ", "bold"), (str(message.folder), "bold"), "\n",
                                             message.reason))

    def watch_catalog(self, catalog: Catalog | None) -> None:
        """None (at mount): say what is being read; then show the rows, every article until the index is in."""
        if catalog is None:
            self.article_list.loading = True
            self.pane.show_message(Text.assemble("Reading ", (str(self.folder), "bold"), " …"))
            return
        # An index of another catalog would list its ids. The articles written so far are searched on
        # the store's full-text index (the parse writes it with them), and so is the whole folder when
        # the parse ends: opening it there builds nothing. Else the app's index worker brings it.
        growing = self.parsing is not None and catalog is self.parsing
        index, self._index_at_once = (index_at_once(catalog) if growing else self._index_at_once), None
        self.set_reactive(MainScreen.index, index)
        self.by_id = {row.id: row for row in catalog.rows}
        self.reading.attach(catalog.rows)
        shown = self.pane.article
        if shown is not None and shown.id in self.by_id:  # read again: the folder's evidence may drop a line
            self._show(self.fetch(shown.id), keep_scroll=True)
        self.article_list.loading = False
        if not catalog.rows:
            self.pane.show_message(empty_folder_message(catalog))
        self.refresh_list()

    def watch_index(self) -> None:
        """The search index is ready: run the search typed while it was being built, if any."""
        if self.query_text.strip():
            self.refresh_list()

    def watch_query_text(self) -> None:
        self.refresh_list()

    def watch_official(self) -> None:
        self.refresh_list()

    def watch_list_order(self) -> None:
        self.refresh_list()

    def watch_flagged_only(self) -> None:
        self.refresh_list()

    @property
    def searching(self) -> bool:
        """True while the list holds a search's first screenful and the rest is on its way."""
        return self._partial

    @property
    def search_query(self) -> Query:
        """The search bar's text as reader/query.py reads it."""
        return parse_query(self.query_text)

    # -- the list ----------------------------------------------------------------------------------

    def refresh_list(self) -> None:
        """Apply the officials filter and the search to the catalog's rows, keeping the selection if it stays.

        A search of words alone in a large folder listed newest first shows its first screenful
        of hits at once (SearchIndex.first_hits reads only those) and the rest, with the counts,
        when a worker thread has them; an answer to an older query is dropped.
        """
        catalog = self.catalog
        if catalog is None:
            return
        self.list_generation += 1
        self._phrase_count = None
        query = self.search_query
        index = self.index
        if (index is not None and index.pages and query.words and not query.filters and self.official is None
                and not self.flagged_only and self.parsing is None and self.list_order is SortOrder.NEWEST
                and len(catalog.rows) >= PAGED_FROM):
            first = tuple(self.by_id[i] for i in index.first_hits(query.words, FIRST_HITS))
            self._partial = len(first) >= FIRST_HITS  # fewer: that is every hit
            before = self.pane.article.id if self.pane.article is not None else self.reading.last_id
            self._show_list(first)
            selected = self.article_list.selected
            # Kept when the rest comes if it is a hit further down and the cursor was not moved meanwhile.
            self._keep_after = (before, selected.id if selected is not None else None)
            if self._partial:
                self._rest_of_search(self.list_generation, index, query.words)
            return
        self._partial = False
        self._show_list(self._whole_answer())

    def _whole_answer(self) -> tuple[Row, ...]:
        """The rows the filters and the search keep, in the list's order."""
        query = self.search_query
        among: tuple[str, ...] | None = self.official.article_ids if self.official is not None else None
        if query.filters:  # @name, date: (reader/query.py)
            assert self.catalog is not None
            among = keep_filtered(query, among if among is not None else tuple(self.by_id), self.catalog)
        if self.index is not None and query.words:
            ids = self.index.search(query.words, among)
        else:  # no words, or still indexing: the filters alone
            ids = among if among is not None else tuple(self.by_id)
        if self.flagged_only:
            ids = tuple(i for i in ids if self.reading.is_flagged(i))
        # File order keeps the search's own order (the articles with the words side by side first).
        order = SortOrder.FILE if self.parsing is not None else self.list_order  # sorted once, when all are in
        return sort_articles((self.by_id[i] for i in ids), order, lambda row: row.date)

    def _show_list(self, articles: tuple[Row, ...], keep: str | None = None) -> None:
        catalog = self.catalog
        assert catalog is not None
        # At the start, the article open when the app last closed on this folder.
        current = keep or (self.pane.article.id if self.pane.article is not None else self.reading.last_id)
        if not catalog.rows:
            empty = "No articles in this folder."
        elif self.flagged_only and not articles and not (self.query_text.strip() or self.official is not None):
            empty = f"No article is flagged ({self._key('flag')} flags one). {self._key('flagged')} lists them all."
        else:
            empty = f"No article matches “{self.query_text}”. Edit the search, or Esc to clear it."
        shown = self.pane.article
        self.article_list.show(articles, keep=current, empty_message=empty)
        self._update_titles()
        if keep is None and shown is not None and self.pane.article is shown:  # new highlights (a moved
            self._show(shown, keep_scroll=True)  # selection showed its article with them)

    @work(thread=True, exclusive=True, group="search", exit_on_error=False, description="the rest of a search")
    def _rest_of_search(self, generation: int, index: SearchIndex, words: str) -> None:
        """Every hit of a search whose first screenful is shown, in the list's order, and those with the phrase.

        On the index's own connection, so the next keystroke's first screenful never waits for it.
        """
        twin = index.elsewhere()
        ids = twin.search(words)
        phrase = len(twin.with_phrase(words, ids))
        by_id = self.by_id
        rows = sort_articles((by_id[i] for i in ids if i in by_id), SortOrder.NEWEST, lambda row: row.date)
        if generation == self.list_generation and not get_current_worker().is_cancelled:
            self.app.call_from_thread(self._rest_arrived, generation, rows, phrase)

    def _rest_arrived(self, generation: int, rows: tuple[Row, ...], phrase: int) -> None:
        if generation != self.list_generation or not self._partial:
            return  # typed on since: a newer search is under way
        self._partial = False
        self._phrase_count = phrase
        self._show_list(rows, keep=self._kept_after())

    def _kept_after(self) -> str | None:
        """Which article stays selected when a search's rest comes: the one open before it, unless moved off."""
        selected = self.article_list.selected
        before, first = self._keep_after
        return before if selected is None or selected.id == first else selected.id

    def _listed(self) -> tuple[Row, ...]:
        """Every listed row: a search shown by its first screenful is completed here and now."""
        if self._partial:
            self.list_generation += 1  # the worker's answer would be this one
            self._partial = False
            self._show_list(self._whole_answer(), keep=self._kept_after())
        return self.article_list.articles

    def _title_parts(self, shown: int, total: int, unread: int,
                     more: bool = False) -> list[tuple[tuple[str, ...], int]]:
        """The list's title, as (forms, rank) parts: where the list is narrow, the highest rank is shortened
        first (fit_title). `more`: the rest of a search is being counted."""
        count = f"Articles ({total})" if shown == total else f"Articles {shown}{'+' if more else ''}/{total}"
        parts: list[tuple[tuple[str, ...], int]] = [((count,), 0)]
        if shown and not more:  # the unread ones, with the mark their rows carry (the title has no room for words)
            parts.append(((f"{UNREAD.strip()} {unread}", f"{UNREAD.strip()}{unread}", ""), 2))
        if self.flagged_only:
            parts.append((("flagged", FLAGGED.strip()), 1))
        if self.official is not None:
            parts.append(((self.official.name,), 0))
        parts.append((ORDER_LABELS[self.list_order], 3))
        return parts

    def _update_titles(self) -> None:
        assert self.catalog is not None
        shown, total = len(self.article_list.articles), len(self.catalog.rows)
        more = self._partial
        unread = self.reading.unread_count(a.id for a in self.article_list.articles) if shown and not more else 0
        self.article_list.set_title(self._title_parts(shown, total, unread, more))  # fitted to the list's width
        if self.search_bar.display:
            query = self.search_query
            words = query_words(query.words)
            if not (words or query.filters):
                count = ""
            elif words and self.index is None:
                count = "indexing…"
            elif more:
                count = f"{shown}+ of {total} article{'s' if total != 1 else ''} · counting…"
            elif shown:
                count = f"{shown} of {total} article{'s' if total != 1 else ''}"
                if self.parsing is not None:  # the rest of the folder is still being parsed
                    count += " so far"
                if len(words) > 1 and self.index is not None:
                    if self._phrase_count is None:  # kept for the list: marking a row read counts nothing again
                        ids = [article.id for article in self.article_list.articles]
                        self._phrase_count = len(self.index.with_phrase(query.words, ids))
                    count += f" · {self._phrase_count} with the phrase"
            else:
                count = "no article matches"
            if query.filters or query.ignored:  # say how the bar read it
                count = f"{describe(query)} — {count}" if count else describe(query)
            self.search_bar.set_count(count)

    def _article_highlighted(self, article: Row | None) -> None:
        """The list's selection moved: its article in the pane, drawn in the same frame as the cursor."""
        # None: the filter left nothing; the last article stays readable (its query highlights updated).
        # The same article: already shown (n/N select and show at once).
        shown = self.pane.article
        if article is not None and (shown is None or article.id != shown.id):
            self._show(self.fetch(article.id))

    def on_article_list_opened(self, _message: ArticleList.Opened) -> None:
        self.pane.focus()

    # -- the reading pane --------------------------------------------------------------------------

    def fetch(self, article_id: str) -> Article:
        """One article from the catalog: read from the store when it is shown (a few are kept)."""
        assert self.catalog is not None
        return self.catalog.article(article_id)

    def _show(self, article: Article, *, keep_scroll: bool = False) -> None:
        """Put an article in the pane with the current highlights, at the scroll position it was left at.

        `keep_scroll` re-renders the article already shown (a new query) without moving it.
        """
        previous = self.pane.article
        if previous is not None:
            self.reading.remember_scroll(previous.id, self.pane.scroll_y)
        same = previous is not None and previous.id == article.id
        self.matches = self._matches_for(article)
        self.match_index = None
        self.pane.show(article, self.matches)
        self.pane.border_title = Content(article.file)  # a file name is text, never markup
        if not same:
            # The index's names once it is read (in the background after the first paint); the article's own until then.
            people = self.catalog.officials_if_read() if self.catalog is not None else ()
            self.query_one(EntitiesPanel).show(article, people)
            self._start_reading(article.id)
        if not (same and keep_scroll):
            self.pane.scroll_restore(self.reading.scroll(article.id))

    # -- reading state ---------------------------------------------------------------------------

    def _start_reading(self, article_id: str) -> None:
        """An article just shown counts as read once it has stayed in the pane for `read_after` seconds."""
        self._stop_reading()
        if self.reading.is_read(article_id):
            return
        if self.read_after <= 0:
            self._shown_long_enough(article_id)
        else:
            self._read_timer = self.set_timer(self.read_after, partial(self._shown_long_enough, article_id))

    def _stop_reading(self) -> None:
        if self._read_timer is not None:
            self._read_timer.stop()
            self._read_timer = None

    def _shown_long_enough(self, article_id: str) -> None:
        self._read_timer = None
        if self.pane.article is not None and self.pane.article.id == article_id:
            self.reading.set_read([article_id], True)
            self.reading.remember_last(article_id)
            self._marks_changed()

    def _marks_changed(self) -> None:
        self.article_list.marks_changed()
        self._update_titles()

    def action_toggle_read(self) -> None:
        article = self.article_list.selected
        if article is None:
            return
        read = not self.reading.is_read(article.id)
        self._stop_reading()  # marked unread by hand: it stays so while it is shown
        self.reading.set_read([article.id], read)
        self._marks_changed()

    def action_mark_all_read(self) -> None:
        """Every listed article read, in one transaction (the filters and the search apply)."""
        articles = self._listed()
        if not articles:
            return
        self._stop_reading()
        self.reading.set_read([article.id for article in articles], True)
        self._marks_changed()
        self.notify(f"Marked {len(articles)} article{'s' if len(articles) != 1 else ''} read.", timeout=2)

    def action_toggle_flag(self) -> None:
        """Flag or unflag; an unflagged row stays in the flagged list until it is refiltered."""
        article = self.article_list.selected
        if article is not None:
            self.reading.set_flagged(article.id, not self.reading.is_flagged(article.id))
            self._marks_changed()

    def action_flagged_only(self) -> None:
        self.flagged_only = not self.flagged_only

    def remember_position(self) -> None:
        """On quit: the article open and where it was scrolled, for the next start."""
        article = self.pane.article
        if article is not None:
            self.reading.remember_scroll(article.id, self.pane.scroll_y)
            self.reading.remember_last(article.id)

    def _key(self, binding_id: str) -> str:
        """The first key in force for a binding, for a line that tells the user what to press."""
        key = keys_in_force(binding_id, getattr(self.app, "keymap", {}))[0]
        return self.app.get_key_display(Binding(key, ""))

    def _matches_for(self, article: Article) -> tuple[Match, ...]:
        query = self.search_query
        if query.officials:  # the @name's mentions, with the words' hits
            found = [Match(m.block, m.start, m.end) for m in article.officials
                     if any(name_matches(name, m.name) for name in query.officials)]
            if query.words and self.index is not None:
                found.extend(self.index.matches(article.id, query.words))
            return tuple(sorted(set(found), key=lambda m: (m.block, m.start)))
        if query.words.strip() and self.index is not None:
            return self.index.matches(article.id, query.words)
        if self.official is not None:
            return tuple(Match(m.block, m.start, m.end) for m in article.officials if m.name == self.official.name)
        return ()

    def _current_match(self) -> Match | None:
        return self.matches[self.match_index] if self.match_index is not None else None

    def _go_to_match(self, index: int) -> None:
        self.match_index = index
        self.pane.show(self.pane.article, self.matches, self._current_match())
        match = self._current_match()
        if match is not None:
            self.call_after_refresh(self.pane.jump_to, match)

    # -- search ------------------------------------------------------------------------------------

    def action_search(self) -> None:
        self.search_bar.display = True
        self.set_focus(self.search_bar.input)  # now, not after the next refresh as focus() does
        self._update_titles()

    @on(Input.Changed, "#search-input")
    def _search_changed(self, event: Input.Changed) -> None:
        self.query_text = event.value

    @on(Input.Submitted, "#search-input")
    def _search_submitted(self, _event: Input.Submitted) -> None:
        self.pane.focus()
        if self.matches:
            self._go_to_match(0)

    def action_next_match(self) -> None:
        self._step_match(1)

    def action_prev_match(self) -> None:
        self._step_match(-1)

    def _step_match(self, step: int) -> None:
        """Next/previous highlighted span; past the last one, into the next article that has one."""
        if not (self.query_text.strip() or self.official is not None):
            self.notify("Nothing to step through: search with / or pick an official with o.", timeout=3)
            return
        if self.matches:
            index = (-1 if step > 0 else len(self.matches)) if self.match_index is None else self.match_index
            index += step
            if 0 <= index < len(self.matches):
                self._go_to_match(index)
                return
        articles = self._listed()
        start = self.article_list.cursor
        for offset in range(1, len(articles) + 1):
            position = (start + step * offset) % len(articles)
            candidate = self.fetch(articles[position].id)
            if self._matches_for(candidate):
                self.article_list.select_index(position)
                self._show(candidate)
                self._go_to_match(0 if step > 0 else len(self.matches) - 1)
                if (position - start) * step <= 0:
                    self.notify("Search wrapped around.", timeout=2)
                return

    def action_close(self) -> None:
        """Esc: close the search (restoring the whole list), else drop the officials filter."""
        if self.search_bar.display:
            self.search_bar.display = False
            self.search_bar.input.value = ""  # its Changed message clears the query, if any was typed
            self.query_text = ""
            self.set_focus(self.article_list)  # now: a "/" typed right after Esc finds the bar focused, not the list
        elif self.official is not None:
            self.official = None
            self.set_focus(self.article_list)

    # -- officials ---------------------------------------------------------------------------------

    def action_officials(self) -> None:
        catalog = self.catalog
        if catalog is None or quitting(self.app):
            return
        from reader.tui.screens.officials import OfficialsScreen

        screen = self.officials_view
        if screen is None or screen.roster.officials is not catalog.officials:  # the first opening, or a new corpus
            if screen is not None:
                self.app.uninstall_screen(screen)
            screen = self.officials_view = OfficialsScreen(Roster(catalog.officials), self._dates_of,
                                                           self._block_text, self.officials_order,
                                                           self._officials_sorted)
            self.app.install_screen(screen, OFFICIALS_SCREEN)  # installed: closing it keeps it for the next time
        screen.opening()
        self.app.push_screen(screen, self._officials_closed)

    def _officials_sorted(self, order: OfficialsOrder) -> None:
        self.officials_order = order
        self.reading.remember_officials_sort(order)

    def _dates_of(self, official: Official) -> list[Dated]:
        assert self.catalog is not None
        return list(self.catalog.dates_of([i for i in official.article_ids if i in self.by_id]))

    def _block_text(self, row: TimelineRow) -> str:
        assert self.catalog is not None
        return self.catalog.block_text(row.article_id, row.block)

    def _officials_closed(self, choice: OfficialsChoice | None) -> None:
        if choice is None:
            return
        self.filter_by_official(choice.official)
        if choice.official is not None and choice.row is not None:
            row = choice.row
            self.open_article(row.article_id, Match(row.block, row.start, row.end))

    def filter_by_official(self, official: Official | None) -> None:
        if official is None:
            return
        self.official = official
        self.article_list.focus()

    # -- take it with you --------------------------------------------------------------------------

    def action_copy(self) -> None:
        article = self.pane.article
        if article is None:
            self.notify("No article to copy.", timeout=3)
            return
        self.app.copy_to_clipboard(article_markdown(article))
        self.notify(f"Copied “{article.title}” as Markdown.", timeout=3, markup=False)

    def action_source(self) -> None:
        """The page the article came from, in the user's pager, the app suspended meanwhile."""
        article = self.pane.article
        if article is None:
            return
        path = self.folder / article.file
        try:
            command = shlex.split(os.environ.get("PAGER") or "less")
        except ValueError as err:
            self.notify(f"$PAGER cannot be read: {err}", severity="error", markup=False)
            return
        try:
            with self.app.suspend():
                subprocess.run([*(command or ["less"]), str(path)], check=False)
        except (OSError, SuspendNotSupported) as err:
            self.notify(f"Cannot open {path}: {err}", severity="error", markup=False)

    def palette_actions(self) -> list[tuple[str, str, str]]:
        """(label, action, help) of every binding here and the app's, for the command palette."""
        actions = [(SPECS[b.id].description, b.action, SPECS[b.id].help)
                   for b in self.BINDINGS if isinstance(b, Binding) and b.id in SPECS and b.id not in _NOT_IN_PALETTE]
        return [*actions, *((SPECS[i].description, f"app.{i}", SPECS[i].help) for i in ("help", "quit"))]

    # -- sort and timeline -------------------------------------------------------------------------

    def action_cycle_sort(self) -> None:
        self.list_order = next_order(self.list_order)
        self.reading.remember_sort(self.list_order)

    def action_timeline(self) -> None:
        catalog = self.catalog
        if catalog is None or quitting(self.app):
            return
        from reader.timeline import Timeline
        from reader.tui.screens.timeline import TimelineScreen

        articles = self._listed()
        scope = f"{len(articles)} article{'s' if len(articles) != 1 else ''}"
        if self.query_text.strip():
            scope += f" · search “{self.query_text.strip()}”"
        if self.official is not None:
            scope += f" · {self.official.name}"
        rows = Timeline(catalog.dates_of([row.id for row in articles]))
        self.app.push_screen(TimelineScreen(rows, scope, self._block_text), self._open_at_row)

    def _open_at_row(self, row: TimelineRow | None) -> None:
        if row is not None:
            self.open_article(row.article_id, Match(row.block, row.start, row.end))

    def open_article(self, article_id: str, at: Match | None = None) -> None:
        """Select and show one article, at a span if given (the timeline, the palette)."""
        ids = [article.id for article in self._listed()]
        if article_id not in ids:  # filtered out: show the whole list again
            self.action_close()
            self.action_close()
            ids = [article.id for article in self.article_list.articles]
        if article_id not in ids:
            return
        self.article_list.select_index(ids.index(article_id))
        article = self.fetch(article_id)
        if self.pane.article is not article:
            self._show(article)
        self.article_list.focus()
        if at is not None:
            self.match_index = None
            self.pane.show(article, self.matches, at)
            self.call_after_refresh(self.pane.jump_to, at)

    def on_entities_panel_jump(self, message: EntitiesPanel.Jump) -> None:
        article = self.pane.article
        if article is None:
            return
        if message.names is not None:
            mentions = [m for m in article.officials if m.name in message.names]
            spans = [Match(m.block, m.start, m.end) for m in mentions]
            current = self.pane.current  # the span last jumped to, from search or from this panel
            later = [s for s in spans if current is None or (s.block, s.start) > (current.block, current.start)]
            target = (later or spans)[0]
        else:
            date = article.dates[message.date_index or 0]
            target = Match(date.block, date.start, date.end)
        self.match_index = None
        self.pane.show(article, self.matches, target)
        self.call_after_refresh(self.pane.jump_to, target)

    # -- panes and scrolling -----------------------------------------------------------------------

    def action_entities(self) -> None:
        self.entities_choice = not self.query_one(EntitiesPanel).display

    def watch_entities_choice(self) -> None:
        self._fit_entities(self.app.size.width)

    def on_resize(self, event: events.Resize) -> None:
        self._fit_entities(event.size.width)

    def _fit_entities(self, width: int) -> None:
        show = self.entities_choice if self.entities_choice is not None else width >= ENTITIES_MIN_WIDTH
        self.query_one(EntitiesPanel).display = show

    def action_focus_next_pane(self) -> None:
        self.focus_next()

    def action_focus_previous_pane(self) -> None:
        self.focus_previous()

    def action_page_down(self) -> None:
        self.pane.scroll_page_down(animate=False)

    def action_page_up(self) -> None:
        self.pane.scroll_page_up(animate=False)

    def action_next_article(self) -> None:
        self.article_list.select_index(self.article_list.cursor + 1)

    def action_prev_article(self) -> None:
        self.article_list.select_index(self.article_list.cursor - 1)


def index_at_once(catalog: Catalog) -> SearchIndex | None:
    """The search index of a store's catalog, opened on the UI thread: it reads no article and builds nothing.

    None if that fails: the app's index worker opens the same index once the folder is read, and
    reports the fault on the error screen, which a fault here would not reach.
    """
    try:
        return catalog.search_index()
    except Exception:  # reported by the index worker, as said above
        return None


def quitting(app: App[None]) -> bool:
    """The app is on its way out (`q` was pressed): a key queued behind it opens nothing.

    `q` then `o` in one burst pushed the officials view onto a closing app, which never composed it.
    """
    return app.return_code is not None


def empty_folder_message(catalog: Catalog) -> Text:
    """What to say when a folder has no article: which folder, and how to read another."""
    return Text.assemble(
        ("No articles found\n\n", "bold"),
        "reader looked for .txt pages in\n  ", (str(catalog.folder), "bold"), "\n",
        f"and found {'none it could read' if catalog.problems else 'none'}.\n\n",
        "Point it at another folder with\n  ", ("reader --seeds DIR", "bold"),
        "\nor set ", ("seeds:", "bold"), " in config.yaml.",
    )
