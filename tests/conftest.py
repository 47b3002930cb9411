"""Shared test setup: no test writes the corpus or state database into the real user dirs."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest

from reader.store.corpus_db import CorpusStore
from reader.store.sqlite import CACHE_DIR_ENV, STATE_DIR_ENV


@pytest.fixture(autouse=True, scope="session")
def isolated_store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv(CACHE_DIR_ENV, str(tmp_path_factory.mktemp("corpus-store")))
        patch.setenv(STATE_DIR_ENV, str(tmp_path_factory.mktemp("state-store")))
        yield


@pytest.fixture
def article_reads(monkeypatch: pytest.MonkeyPatch) -> Callable[[], list[int]]:
    """Call it to start counting: the rowids of the articles then read one at a time from the
    store; reading them all at once fails the test."""

    def start() -> list[int]:
        read: list[int] = []
        real = CorpusStore.article

        def counted(store: CorpusStore, rowid: int) -> object:
            read.append(rowid)
            return real(store, rowid)

        def whole(*_: object) -> None:
            raise AssertionError("every article was read")

        monkeypatch.setattr(CorpusStore, "article", counted)
        monkeypatch.setattr(CorpusStore, "articles", whole)
        return read

    return start
