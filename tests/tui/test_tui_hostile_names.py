"""Names and text from a folder are shown as text: never parsed as markup, never a link or an action."""

from __future__ import annotations

import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from reader.catalog import MemoryCatalog
from reader.config import load_config
from reader.corpus import build_corpus
from reader.search import SearchIndex
from reader.tui.app import ReaderApp
from reader.tui.messages import CatalogLoaded, IndexReady
from reader.tui.screens.problems import ProblemsScreen

PAGE = "Ngoại trưởng thăm Hà Nội\nĐoàn đại biểu đã đến Hà Nội hôm qua để bàn về hợp tác.\n"
MARKUP_PAGE = "[link=https:evil.example]Tin nóng[/link] về [@click=app.quit]hội nghị[/]\n" \
              "Đoàn đại biểu [b]đã đến[/b] Hà Nội hôm qua để bàn về hợp tác.\n"
PAGES = ("[link=https:evil.example]x.txt", "[link='http:\\\\evil.example']y.txt", "[@click=app.quit]z.txt")
EMPTY = "[link=https:evil.example]e.txt"
SUBFOLDER = "[@click=app.quit]d.txt"
FOLDER = "[link=https:evil.example]seeds"


def _hostile_folder(root: Path) -> Path:
    folder = root / FOLDER
    folder.mkdir()
    for name in PAGES:
        (folder / name).write_text(PAGE, encoding="utf-8")
    (folder / "[b]markup-in-text.txt").write_text(MARKUP_PAGE, encoding="utf-8")
    (folder / EMPTY).write_bytes(b"")
    (folder / SUBFOLDER).mkdir()
    return folder


async def test_names_with_markup_are_shown_as_they_are_in_every_view(tmp_path, wait_for_workers, screenshot) -> None:
    folder = _hostile_folder(tmp_path)
    app = ReaderApp(load_config(None), folder)
    async with app.run_test(size=(200, 50), notifications=True) as pilot:
        await wait_for_workers(pilot)
        files = [article.file for article in app.main.article_list.articles]
        assert sorted(files) == sorted((*PAGES, "[b]markup-in-text.txt"))
        for index, name in enumerate(files):  # each name is the reading pane's title in turn
            app.main.article_list.select_index(index)
            await pilot.pause()
            shot = screenshot(app)
            assert name in shot.text, name
            assert FOLDER in shot.text  # the folder's name under the list
            assert EMPTY in shot.text and SUBFOLDER in shot.text  # the notification of skipped files
            assert shot.active == () and "\x1b]8;" not in shot.ansi
            if name == "[b]markup-in-text.txt":
                assert "[link=https:evil.example]Tin nóng[/link]" in shot.text
                assert "[b]đã đến[/b]" in shot.text
        await pilot.press("question_mark", "p")
        await pilot.pause()
        assert isinstance(app.screen, ProblemsScreen)
        shot = screenshot(app)
        assert f"{EMPTY}  skipped: empty file" in shot.text
        assert SUBFOLDER in shot.text
        assert shot.active == () and "\x1b]8;" not in shot.ansi
        await pilot.press("escape", "escape")
        assert app.is_running  # no name quit the app


async def test_an_official_named_with_markup_is_text_in_the_officials_view(screenshot) -> None:
    from dataclasses import replace

    from tui_sample import make_app, sample_corpus

    corpus = sample_corpus()
    officials = tuple(
        replace(o, name="[@click=app.quit]Fumio", titles=("[link=https:evil.example]Thủ tướng",))
        if o.name == "Fumio Kishida" else o for o in corpus.officials)  # the first row: in two articles
    app = make_app(replace(corpus, officials=officials))
    async with app.run_test(size=(160, 40)) as pilot:
        await pilot.press("o")
        await pilot.pause()
        shot = screenshot(app)
        assert "[@click=app.quit]Fumio" in shot.text and "[link=https:evil.example]Thủ tướng" in shot.text
        assert shot.active == () and "\x1b]8;" not in shot.ansi
        await pilot.press("enter")
        await pilot.pause()
        assert "Articles 2/4 · [@click=app.quit" in screenshot(app).text  # the list's title, as text


NAME_CHARACTERS = st.sampled_from(list("[]=@:'\\/.ab#Đđ\x1b\n\t\x7f\u202e"))
NAMES = st.lists(st.text(NAME_CHARACTERS, min_size=1, max_size=10).map(lambda s: s.replace("/", "_")),
                 min_size=1, max_size=4, unique=True)
CONFIG = load_config(None)


@pytest.fixture
async def running_app():
    """One app for every example: each gets a new folder's corpus, as a fresh load would give it."""
    from tui_sample import make_app

    app = make_app()
    async with app.run_test(size=(90, 36)) as pilot:
        yield pilot


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(names=NAMES, twins=st.booleans(), empty=st.booleans())
async def test_random_names_reach_the_list_and_problems_view_as_text(
        names, twins, empty, running_app, screenshot) -> None:
    """Markup brackets, control characters and case twins: every article listed, every problem shown as named."""
    pilot = running_app
    app: ReaderApp = pilot.app
    with tempfile.TemporaryDirectory() as root:
        folder = Path(root)
        files = [f"{name}.txt" for name in names]
        if twins:
            files += [f"{name.upper()}.TXT" for name in names if name.upper() != name]
        for file in dict.fromkeys(files):
            (folder / file).write_bytes(b"" if empty and file == files[0] else PAGE.encode())
        corpus = build_corpus(folder, CONFIG, use_cache=False)
    app.main.post_message(CatalogLoaded(MemoryCatalog(corpus)))
    app.main.post_message(IndexReady(SearchIndex(corpus.articles)))
    await pilot.pause(0)
    rows = [app.main.article_list.render_line(y).text for y in range(app.main.article_list.size.height)]
    assert len(app.main.article_list.articles) == len(corpus.articles)  # the app drops none
    for article in corpus.articles:
        assert any(article.file in row for row in rows), article.file
    # These names cannot spell an action ("@click" needs letters they lack): the deterministic tests above
    # check for actions; here no link may reach the terminal, whatever Textual's own widgets carry meanwhile.
    assert "\x1b]8;" not in screenshot(app).ansi
    app.push_screen(ProblemsScreen(corpus.problems))
    await pilot.pause()
    shot = screenshot(app)
    for problem in corpus.problems:
        assert problem.path in shot.text, problem
    assert "\x1b]8;" not in shot.ansi
    app.pop_screen()
