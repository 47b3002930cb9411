"""Shared test setup: no test writes the parse cache into the real user cache dir."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from reader.cache import CACHE_DIR_ENV


@pytest.fixture(autouse=True, scope="session")
def isolated_parse_cache(tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv(CACHE_DIR_ENV, str(tmp_path_factory.mktemp("parse-cache")))
        yield
