"""The app reads the list's rows at start, and an article from the store only when it is shown."""

from __future__ import annotations

from reader.config import load_config
from reader.tui.app import ReaderApp


async def test_an_article_is_read_from_the_store_when_it_is_shown(stored_folder, article_reads, wait_for_workers):
    read = article_reads()
    app = ReaderApp(load_config(None), stored_folder)
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_for_workers(pilot)
        rows = app.main.article_list.articles
        assert len(rows) > 2
        assert len(read) == 1  # the selected article, shown in the pane
        assert app.main.pane.article is not None and app.main.pane.article.id == rows[0].id
        await pilot.press("j")
        assert len(read) == 2
        assert app.main.pane.article.id == rows[1].id
        assert rows[1].title in app.main.pane.text()
        await pilot.press("k")  # back to one already read: kept, not read again
        assert len(read) == 2
        assert app.main.pane.article.id == rows[0].id
