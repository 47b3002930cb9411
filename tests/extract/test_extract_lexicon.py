"""The built-in extraction lexicon itself."""

from __future__ import annotations

from collections import Counter
from importlib import resources

import yaml


def test_each_built_in_list_holds_a_word_once():
    """A word written twice in the data file is noise that hides which entry is meant to be edited.

    Read from the file itself: the loaded Lexicon already drops repeats, so it could never show one.
    """
    raw = yaml.safe_load(resources.files("reader.data").joinpath("extraction.yaml").read_text(encoding="utf-8"))
    repeated = {name: [w for w, n in Counter(words or ()).items() if n > 1] for name, words in raw.items()}
    assert {name: words for name, words in repeated.items() if words} == {}
