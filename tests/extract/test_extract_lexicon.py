"""The built-in extraction lexicon itself."""

from __future__ import annotations

from collections import Counter

from reader.config import builtin_lexicon


def test_each_built_in_list_holds_a_word_once():
    """A repeated word is dropped when config.yaml extends the list, so the two lexicons (and cache keys) differ."""
    lexicon = builtin_lexicon("extraction")
    repeated = {name: [w for w, n in Counter(lexicon[name]).items() if n > 1] for name in lexicon.names()}
    assert {name: words for name, words in repeated.items() if words} == {}
