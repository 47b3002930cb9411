"""The list names: declared once, all in the data, all read by the code; anything else is an error."""

from __future__ import annotations

import ast
from collections import Counter
from importlib import resources
from pathlib import Path

import pytest
import yaml

import reader
from reader.lexicon import LISTS, Lexicon, Section, UnknownList, builtin_lexicon


def _data(section: Section) -> dict[str, list[str] | None]:
    return yaml.safe_load(resources.files("reader.data").joinpath(f"{section}.yaml").read_text(encoding="utf-8"))


def _names_read_by_the_code() -> set[str]:
    """Every `Cleaning.X` / `Extraction.X` written in reader/, as the list name it stands for."""
    enums = {names.__name__: names for names in LISTS.values()}
    read = set()
    for path in Path(reader.__file__).parent.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name) and node.value.id in enums:
                read.add(enums[node.value.id][node.attr].value)
    return read


@pytest.mark.parametrize("section", list(Section))
def test_the_declared_names_are_the_lists_of_the_data_file(section):
    assert sorted(_data(section)) == sorted(LISTS[section])


def test_every_declared_list_is_read_by_some_code():
    declared = {name.value for names in LISTS.values() for name in names}
    assert declared - _names_read_by_the_code() == set()


@pytest.mark.parametrize("section", list(Section))
def test_each_built_in_list_holds_a_word_once(section):
    """A word written twice in the data file is noise that hides which entry is meant to be edited.

    Read from the file itself: the loaded Lexicon already drops repeats, so it could never show one.
    """
    repeated = {name: [w for w, n in Counter(words or ()).items() if n > 1] for name, words in _data(section).items()}
    assert {name: words for name, words in repeated.items() if words} == {}


def test_an_unknown_list_is_an_error_when_asked_for_or_built():
    lexicon = builtin_lexicon(Section.EXTRACTION)
    with pytest.raises(UnknownList, match="date_cue"):
        lexicon["date_cue"]  # a typo
    with pytest.raises(UnknownList, match="titels"):
        Lexicon({"titels": ("Tổng thống",)})


def test_a_declared_list_a_hand_made_lexicon_lacks_is_empty():
    assert Lexicon({})["titles"] == ()


def test_equal_content_is_an_equal_lexicon():
    assert builtin_lexicon("cleaning") == builtin_lexicon(Section.CLEANING)
    assert hash(builtin_lexicon("cleaning")) == hash(builtin_lexicon(Section.CLEANING))
