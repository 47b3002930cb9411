"""What the app remembers, driven through real keys: read marks, flags, the flagged list, and a restart.

Each test gets its own READER_STATE_DIR (conftest's isolated_state_dir), so "a second run" is a
second app on the same folder and the same state database, as a user's next start would be.
"""

from __future__ import annotations

import io
from pathlib import Path

from rich.console import Console
from tui_sample import make_app

from reader.catalog import Row
from reader.chronology import SortOrder
from reader.roster import OfficialsOrder
from reader.store.state_db import FILE_NAME, StateStore, article_keys
from reader.tui.app import ReaderApp
from reader.tui.reading_state import ReadingState
from reader.tui.screens.help import HelpScreen


def listed(app: ReaderApp) -> list[str]:
    return [article.id for article in app.main.article_list.articles]


def shown(app: ReaderApp) -> str | None:
    article = app.main.pane.article
    return article.id if article is not None else None


def rows(app: ReaderApp) -> list[tuple[str, str]]:
    """(headline line, date line) of every listed row, as drawn."""
    article_list = app.main.article_list
    article_list.scroll_to(y=0, animate=False, immediate=True)
    lines = [article_list.render_line(y).text for y in range(4 * len(article_list.articles))]
    return [(lines[4 * i].strip(), lines[4 * i + 2].strip()) for i in range(len(article_list.articles))]


def unread_rows(app: ReaderApp) -> list[bool]:
    return [headline.startswith("●") for headline, _ in rows(app)]


def flagged_rows(app: ReaderApp) -> list[bool]:
    return [date_line.startswith("⚑") for _, date_line in rows(app)]


def title(app: ReaderApp) -> str:
    return str(app.main.article_list.border_title)


async def test_every_row_starts_unread_and_m_toggles_the_selected_one() -> None:
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        assert unread_rows(app) == [True, True, True, True]
        assert title(app) == "Articles (4) · ● 4 · file order"
        await pilot.press("j", "m")
        assert unread_rows(app) == [True, False, True, True]
        assert title(app) == "Articles (4) · ● 3 · file order"
        await pilot.press("m")
        assert unread_rows(app) == [True, True, True, True]
        assert title(app) == "Articles (4) · ● 4 · file order"


async def test_M_marks_every_listed_article_read_and_only_those(isolated_state_dir: Path) -> None:
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        await pilot.press("slash", *"kishida", "tab")  # the search lists two; Tab leaves the box
        await pilot.pause()
        assert listed(app) == ["tokyo-1", "seoul-2"]
        await pilot.press("M")
        assert "● 0" in title(app)
        await pilot.press("escape")  # the box closes; the whole list again
        await pilot.press("escape")
        await pilot.pause()
        assert listed(app) == ["tokyo-1", "danang-1", "seoul-2", "teaser-1"]
        assert unread_rows(app) == [False, True, False, True]
    store = StateStore.open(isolated_state_dir / FILE_NAME)
    assert sum(state.read for state in store.articles().values()) == 2  # written, not only drawn
    store.close()


async def test_f_flags_and_F_lists_only_the_flagged_articles_and_says_so() -> None:
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        await pilot.press("f", "j", "j", "f")
        assert flagged_rows(app) == [True, False, True, False]
        await pilot.press("F")
        assert listed(app) == ["tokyo-1", "seoul-2"]
        assert title(app) == "Articles 2/4 · flagged · file"
        await pilot.press("F")
        assert listed(app) == ["tokyo-1", "danang-1", "seoul-2", "teaser-1"]
        assert "flagged" not in title(app)
        await pilot.press("g", "f", "j", "j", "f", "F")  # both unflagged: the flagged list says how to leave it
        assert listed(app) == []
        assert app.main.article_list.empty_message == "No article is flagged (f flags one). F lists them all."


async def test_an_article_shown_for_a_moment_becomes_read() -> None:
    app = make_app(read_after=0.05)
    async with app.run_test(size=(120, 40)) as pilot:
        for _ in range(100):  # the first article is shown at the start; its timer runs out
            await pilot.pause(0.05)
            if not unread_rows(app)[0]:
                break
        assert unread_rows(app) == [False, True, True, True]


async def test_passing_over_articles_does_not_read_them() -> None:
    app = make_app()  # an hour before a shown article counts as read
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("j", "j", "j", "k")
        assert unread_rows(app) == [True, True, True, True]


async def test_m_on_the_article_being_read_keeps_it_unread() -> None:
    app = make_app(read_after=0)  # read as soon as shown
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        assert unread_rows(app) == [False, True, True, True]
        await pilot.press("m")
        await pilot.pause()
        assert unread_rows(app) == [True, True, True, True]


async def test_a_second_run_opens_the_last_article_where_it_was_with_its_marks_and_sort() -> None:
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await pilot.press("j", "j", "f", "m", "s", "s")  # seoul: flagged, read; the list oldest first
        assert listed(app) == ["seoul-2", "tokyo-1", "danang-1", "teaser-1"]
        await pilot.press("j", "enter", "space")  # tokyo, read a page down
        await pilot.pause()
        assert shown(app) == "tokyo-1"
        scrolled = app.main.pane.scroll_y
        assert scrolled > 0
        await pilot.press("q")
    again = make_app()  # the config still says file order: the order chosen with s wins
    async with again.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await pilot.pause()
        assert again.main.list_order is SortOrder.OLDEST
        assert listed(again) == ["seoul-2", "tokyo-1", "danang-1", "teaser-1"]
        assert again.main.article_list.cursor == 1
        assert shown(again) == "tokyo-1"
        assert again.main.pane.scroll_y == scrolled
        assert flagged_rows(again) == [True, False, False, False]
        assert unread_rows(again) == [False, True, True, True]


async def test_each_articles_scroll_position_is_kept_across_runs() -> None:
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await pilot.press("space")
        await pilot.pause()
        kept = app.main.pane.scroll_y
        await pilot.press("j")  # leaving tokyo saves where it was
        await pilot.press("q")
    again = make_app()
    async with again.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert shown(again) == "danang-1"
        await pilot.press("k")
        await pilot.pause()
        await pilot.pause()
        assert shown(again) == "tokyo-1"
        assert again.main.pane.scroll_y == kept > 0


async def test_the_theme_picked_is_kept() -> None:
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        assert app.theme != "nord"
        app.theme = "nord"  # what the palette's theme picker does
        await pilot.pause()
        await pilot.press("q")
    again = make_app()
    async with again.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert again.theme == "nord"


async def test_a_state_file_that_cannot_be_opened_is_said_once_and_left_as_it_is(isolated_state_dir: Path) -> None:
    path = isolated_state_dir / FILE_NAME
    junk = b"not a database, but the user's file all the same\n" * 50
    path.write_bytes(junk)
    app = make_app(read_after=0)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        said = [n.message for n in app._notifications]
        assert said == [f"{path}: not an SQLite database. Nothing is saved this time; the file is left as it is."]
        await pilot.press("j", "f", "m", "s")  # marks still work for this run
        await pilot.pause()
        assert "flagged" not in title(app) and flagged_rows(app).count(True) == 1
        assert len(app._notifications) == 1
        await pilot.press("q")
    assert path.read_bytes() == junk
    assert sorted(p.name for p in isolated_state_dir.iterdir()) == [FILE_NAME]  # no -wal, no -shm


async def test_the_new_keys_are_rebindable_and_shown_in_help(tmp_path: Path) -> None:
    app = make_app(keys="  toggle_read: 'x'\n  flagged: 'ctrl+g'\n", tmp=tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        await pilot.press("x", "f", "ctrl+g")
        assert listed(app) == ["tokyo-1"]
        assert unread_rows(app) == [False]
        await pilot.press("question_mark")
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
        console = Console(width=120, file=io.StringIO(), record=True)
        console.print(app.screen.table())
        lines = console.export_text().splitlines()
        for keys, words in (("x", "read or unread"), ("M", "every listed article read"),
                            ("f", "flag or unflag"), ("^g", "only the flagged")):
            assert any(line.split()[:1] == [keys] and words in line for line in lines), (keys, lines)


async def test_M_on_two_thousand_articles_is_one_transaction() -> None:
    from dataclasses import replace

    from tui_sample import sample_corpus

    corpus = sample_corpus()
    many = tuple(replace(a, id=f"{a.id}-{i}", file=f"{i}-{a.file}") for i in range(500) for a in corpus.articles)
    app = make_app(replace(corpus, articles=many))
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        store = app.reading.store
        assert store is not None
        statements: list[str] = []
        store.connection.set_trace_callback(statements.append)
        await pilot.press("M")
        assert "● 0" in title(app)
        assert [s for s in statements if s.startswith("BEGIN")] == ["BEGIN IMMEDIATE"]
        assert sum(state.read for state in store.articles().values()) == 2000


async def test_a_write_that_fails_is_said_once_and_the_marks_still_work() -> None:
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        store = app.reading.store
        assert store is not None
        store.connection.close()  # the file went away under the app, say
        await pilot.press("m", "j", "f", "m")
        await pilot.pause()
        assert unread_rows(app) == [False, False, True, True]
        assert flagged_rows(app) == [False, True, False, False]
        said = [n.message for n in app._notifications]
        assert said == [f"{store.path}: cannot write; a mark or position may not be saved"]


async def test_a_folder_loaded_from_disk_gets_its_marks_back(tmp_path: Path, wait_for_workers) -> None:
    """The loading worker keys the articles and reads their marks; the list is drawn with them."""
    from dataclasses import replace

    from reader.config import load_config

    for name, place in (("001_a.txt", "Hà Nội"), ("002_b.txt", "Huế")):
        (tmp_path / name).write_text(f"Hội nghị ở {place}\nĐoàn đại biểu đã đến {place} hôm qua.\n", encoding="utf-8")
    config = replace(load_config(None), read_after=60)  # only `m` marks: a loaded machine can take 1.5 s here
    for marks in ([True, True], [True, False]):
        app = ReaderApp(config, tmp_path)
        async with app.run_test(size=(120, 40)) as pilot:
            await wait_for_workers(pilot)
            assert unread_rows(app) == marks
            await pilot.press("j", "m", "q")  # the second article read, for the next run


async def test_the_officials_views_order_is_kept_across_runs() -> None:
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("o", "tab", "s")
        assert str(app.screen.query_one("#officials-box").border_title) == "Officials (4) · by name"
        await pilot.press("ctrl+c")  # quit from inside the view: the order was saved as it was chosen
    again = make_app()
    async with again.run_test(size=(120, 40)) as pilot:
        await pilot.press("o")
        assert str(again.screen.query_one("#officials-box").border_title) == "Officials (4) · by name"
        assert again.screen.officials_list.officials[0].name == "Antony Blinken"
        await pilot.press("tab", "s", "s", "escape", "q")
    third = make_app()
    async with third.run_test(size=(120, 40)) as pilot:
        await pilot.press("o")
        assert str(third.screen.query_one("#officials-box").border_title) == "Officials (4) · most articles first"


def test_an_officials_order_this_reader_does_not_know_is_ignored(isolated_state_dir: Path) -> None:
    store = StateStore.open()
    store.set_setting("officials_sort", "by shoe size")
    store.close()
    app = make_app()
    assert app.main.officials_order is OfficialsOrder.ARTICLES


def _row(article_id: str, file: str, title: str) -> Row:
    return Row(article_id, file, title, None)


def test_only_the_files_the_state_knows_are_keyed_at_attach(isolated_state_dir: Path) -> None:
    folder = isolated_state_dir / "folder"
    rows_ = [_row("a-1", "a.txt", "Một"), _row("b-1", "b.txt", "Hai"), _row("b-2", "b.txt", "Ba")]
    first, _problem = ReadingState.open(folder)
    first.attach(rows_)
    assert first.keys == {}  # nothing remembered: nothing hashed
    first.set_read(["b-2"], True)
    assert set(first.keys) == {"b-1", "b-2"}  # a write keys its whole file, not the folder
    first.close()
    second, _problem = ReadingState.open(folder)
    second.attach(rows_)
    assert set(second.keys) == {"b-1", "b-2"} and second.read == {"b-2"}


def test_a_key_made_when_written_ranks_same_titled_articles_as_the_attach_does(isolated_state_dir: Path) -> None:
    """The second of two same-titled articles is nth 1 whether it is keyed alone or with its file."""
    folder = isolated_state_dir / "folder"
    twins = [_row("a-1", "a.txt", "Cùng tên"), _row("a-2", "a.txt", "Cùng tên"), _row("c-1", "c.txt", "Khác")]
    first, _problem = ReadingState.open(folder)
    first.attach(twins)
    first.set_flagged("a-2", True)
    first.remember_last("a-2")
    first.close()
    assert StateStore.open().articles()[article_keys(twins)["a-2"]].flagged
    second, _problem = ReadingState.open(folder)
    second.attach(twins)
    assert second.flagged == {"a-2"} and second.last_id == "a-2" and "c-1" not in second.keys
    assert second.key_of("c-1") == article_keys(twins)["c-1"] and second.key_of("gone-1") is None
