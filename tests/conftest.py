"""Shared test setup: no test writes the corpus or state database into the real user dirs."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from reader.store.sqlite import CACHE_DIR_ENV, STATE_DIR_ENV


@pytest.fixture(autouse=True, scope="session")
def isolated_store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv(CACHE_DIR_ENV, str(tmp_path_factory.mktemp("corpus-store")))
        patch.setenv(STATE_DIR_ENV, str(tmp_path_factory.mktemp("state-store")))
        yield
