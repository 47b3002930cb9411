"""config.yaml: a mistake is one line naming the key (and the line when the YAML is broken), exit 2.

Each config is written by the test into a temporary folder; the command-line
checks run `reader` and `reader export` through main(), as a user would.
"""

from __future__ import annotations

import contextlib
import io
import os
import shutil
from pathlib import Path

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from reader.chronology import SortOrder
from reader.cli import main
from reader.config import DEFAULT_HIGHLIGHT, LEXICON_SECTIONS, MAX_CONFIG_BYTES, ConfigError, find_config, load_config
from reader.lexicon import builtin_lexicon

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
COMMANDS = {"app": [], "export": ["export"]}


@pytest.fixture(autouse=True)
def isolated(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Run from an empty folder (no ./config.yaml) with a private cache dir."""
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("READER_CACHE_DIR", str(tmp_path / "cache"))


def run(*args: str) -> tuple[int, str, list[str]]:
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = main(list(args))
    return code, out.getvalue(), err.getvalue().splitlines()


def config_file(folder: Path, text: str) -> Path:
    path = folder / "config.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def config_error(tmp_path: Path, text: str) -> str:
    with pytest.raises(ConfigError) as caught:
        load_config(config_file(tmp_path, text))
    return str(caught.value)


BROKEN_YAML = {
    "unclosed list": ("seeds: seeds\ncleaning:\n  furniture_lines: [a, b\nhighlight: {}\n",
                      "line 4, column 10: broken YAML: expected ',' or ']', but got ':'"),
    "tab indent": ("seeds: seeds\ncleaning:\n\tfurniture_lines: [a]\n",
                   "line 3, column 1: broken YAML: found character '\\t' that cannot start any token"),
    "bad indent": ("cleaning:\n  furniture_lines: [a]\n   related_headings: [b]\n",
                   "line 3, column 4: broken YAML: expected <block end>, but found '<block mapping start>'"),
    "duplicate key": ("seeds: a\nhighlight: {}\nseeds: b\n", "line 3, column 1: broken YAML: duplicate key 'seeds'"),
    "python tag": ("seeds: !!python/object/apply:os.system [echo]\n",
                   "line 1, column 8: broken YAML: could not determine a constructor"),
}


@pytest.mark.parametrize("case", BROKEN_YAML)
def test_broken_yaml_names_the_line(tmp_path, case):
    text, expected = BROKEN_YAML[case]
    assert config_error(tmp_path, text).startswith(f"{tmp_path / 'config.yaml'}: {expected}")


def test_yaml_nested_too_deeply_is_an_error_not_a_crash(tmp_path):
    assert config_error(tmp_path, "seeds: " + "[" * 5000 + "]" * 5000).endswith("broken YAML: nested too deeply")


BAD_VALUES = {
    "not a mapping": ("- seeds\n- cleaning\n", "the config must be a mapping of keys, not list"),
    "seeds a number": ("seeds: 5\n", "seeds: expected a folder path as text"),
    "seeds empty": ("seeds: ''\n", "seeds: expected a folder path as text"),
    "seeds with NUL": ('seeds: "a\\0b"\n', "seeds: expected a folder path as text"),
    "section a list": ("cleaning: [Chia sẻ]\n", "cleaning: expected a mapping of word lists"),
    "list a string": ("cleaning:\n  furniture_lines: Chia sẻ\n",
                      "cleaning.furniture_lines: expected a list of non-empty strings"),
    "list of numbers": ("extraction:\n  titles: [1, 2]\n", "extraction.titles: expected a list of non-empty strings"),
    "blank word": ("cleaning:\n  related_headings: ['  ']\n",
                   "cleaning.related_headings: expected a list of non-empty strings"),
    "bad regex": ("cleaning:\n  furniture_patterns: ['(Video']\n",
                  "cleaning.furniture_patterns: bad regular expression '(Video': missing ), unterminated subpattern"),
    "highlight a string": ("highlight: red\n", "highlight: expected a mapping of name to style"),
    "style a number": ("highlight:\n  date: 5\n", "highlight.date: expected a style such as 'bold #1e88e5'"),
    "bad colour": ("highlight:\n  official: bold blurple\n",
                   "highlight.official: bad style 'bold blurple': unable to parse 'blurple' as color"),
    "bad hex colour": ("highlight:\n  search: 'on #12'\n", "highlight.search: bad style 'on #12'"),
    "keys a list": ("keys: [j, k]\n", "keys: expected a mapping of binding id to keys"),
    "key a number": ("keys:\n  next_article: 5\n", "keys.next_article: expected keys as text"),
    "key list with a hole": ("keys:\n  search: 'ctrl+f,,/'\n", "keys.search: empty key in the list"),
    "capitalised modifier": ("keys:\n  search: Ctrl+F\n",
                             "keys.search: bad key 'Ctrl+F': unknown modifier 'Ctrl' (use ctrl, shift, alt, meta"),
    "spaced key": ("keys:\n  search: 'ctrl + f'\n", "keys.search: bad key 'ctrl + f': unknown modifier 'ctrl '"),
    "key name with a space": ("keys:\n  next_page: page down\n",
                              "keys.next_page: bad key 'page down': key names are one character or lowercase names"),
    "capitalised key name": ("keys:\n  down: Down\n", "keys.down: bad key 'Down'"),
}


@pytest.mark.parametrize("case", BAD_VALUES)
def test_a_wrong_value_names_its_key(tmp_path, case):
    text, expected = BAD_VALUES[case]
    assert config_error(tmp_path, text).startswith(f"{tmp_path / 'config.yaml'}: {expected}")


@pytest.mark.parametrize(("text", "key"), [
    ("seed: seeds\n", "'seed'"),
    ("colours:\n  date: red\n", "'colours'"),
    ("cleaning:\n  furniture: [Chia sẻ]\n", "'cleaning.furniture'"),
    ("extraction:\n  title: [Đại sứ]\n", "'extraction.title'"),
    ("highlight:\n  headline: bold\n", "'highlight.headline'"),
])
def test_an_unknown_key_is_named(tmp_path, text, key):
    assert f": unknown key {key} (known: " in config_error(tmp_path, text)


@pytest.mark.parametrize("keys", ["j,down", "?", "ctrl+f,/", "shift+tab", "f1", "question_mark", "G", "ctrl+shift+up"])
def test_keys_written_as_textual_names_them_are_accepted(tmp_path, keys):
    assert load_config(config_file(tmp_path, f"keys:\n  some_action: '{keys}'\n")).keys == {"some_action": keys}


@pytest.mark.parametrize("command", COMMANDS)
@pytest.mark.parametrize(("text", "expected"), [
    ("cleaning:\n  furniture_lines: [a\n", "line 3, column 1: broken YAML"),
    ("seeds: 5\n", "seeds: expected a folder path as text"),
    ("sources: seeds\n", "unknown key 'sources'"),
    ("highlight:\n  date: bold nocolour\n", "highlight.date: bad style 'bold nocolour'"),
    ("keys:\n  search: 'Ctrl+f'\n", "keys.search: bad key 'Ctrl+f'"),
])
def test_the_command_prints_one_line_and_exits_2(tmp_path, command, text, expected):
    config = config_file(tmp_path, text)
    code, out, errors = run(*COMMANDS[command], "--config", str(config), "--seeds", str(SEEDS))
    assert (code, out) == (2, "")
    assert len(errors) == 1 and errors[0].startswith(f"reader: {config}: {expected}")


@pytest.mark.parametrize("command", COMMANDS)
def test_a_seed_path_that_does_not_exist_names_the_key(tmp_path, command):
    config = config_file(tmp_path, "seeds: pages/vietnam\n")
    code, out, errors = run(*COMMANDS[command], "--config", str(config))
    assert (code, out) == (2, "")
    assert errors == [f"reader: {config}: seeds: {tmp_path / 'pages/vietnam'}: no such folder"]


def test_a_seed_path_that_is_a_file_names_the_key(tmp_path):
    (tmp_path / "pages.txt").write_text("Tiêu đề\n", encoding="utf-8")
    config = config_file(tmp_path, "seeds: pages.txt\n")
    code, _, errors = run("export", "--config", str(config))
    assert code == 2
    assert errors == [f"reader: {config}: seeds: {tmp_path / 'pages.txt'}: not a folder"]


def test_an_explicit_config_that_is_missing_is_an_error(tmp_path):
    code, _, errors = run("export", "--config", str(tmp_path / "mine.yaml"), "--seeds", str(SEEDS))
    assert code == 2
    assert errors == [f"reader: {tmp_path / 'mine.yaml'}: cannot read the config: no such file or directory"]


def test_a_config_that_is_not_utf8_is_an_error(tmp_path):
    (tmp_path / "config.yaml").write_bytes("seeds: café\n".encode("cp1258"))
    with pytest.raises(ConfigError, match=r"config.yaml: cannot read the config: 'utf-8' codec can't decode"):
        load_config(tmp_path / "config.yaml")


def test_without_config_yaml_the_defaults_apply(tmp_path):
    assert find_config(None) is None
    config = load_config(None)
    assert config.seeds == tmp_path / "seeds"
    assert config.path is None and not config.seeds_from_config
    assert dict(config.highlight) == DEFAULT_HIGHLIGHT and dict(config.keys) == {}
    for section in LEXICON_SECTIONS:
        assert dict(getattr(config, section).lists) == dict(builtin_lexicon(section).lists)
    code, out, errors = run("export", "--seeds", str(SEEDS))
    assert (code, errors) == (0, [])
    assert out.count("\n") >= len(list(SEEDS.glob("*.txt")))


@pytest.mark.parametrize("text", ["", "# a comment\n", "seeds: seeds\ncleaning:\nextraction:\nhighlight:\nkeys:\n"])
def test_an_empty_config_or_empty_sections_mean_the_defaults(tmp_path, text):
    (tmp_path / "seeds").mkdir()
    config = load_config(config_file(tmp_path, text))
    assert config.seeds == tmp_path / "seeds"
    assert dict(config.cleaning.lists) == dict(builtin_lexicon("cleaning").lists)
    assert dict(config.highlight) == DEFAULT_HIGHLIGHT


def test_a_relative_seed_path_resolves_against_the_config_file_not_the_working_folder(tmp_path, monkeypatch):
    (tmp_path / "settings").mkdir()
    shutil.copytree(SEEDS, tmp_path / "pages")
    config = config_file(tmp_path / "settings", "seeds: ../pages\n")
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    monkeypatch.chdir(elsewhere)
    assert load_config(config).seeds == tmp_path / "settings" / "../pages"
    code, out, errors = run("export", "--config", str(config))
    assert (code, errors) == (0, [])
    assert out


def test_the_users_words_extend_the_built_in_lists(tmp_path):
    builtin = builtin_lexicon("cleaning")
    config = load_config(config_file(tmp_path, (
        "cleaning:\n"
        "  furniture_lines: ['Lời nhắn số 42 của tòa soạn', '  Lời nhắn số 42 của tòa soạn ']\n"
        "  related_headings: [Xem thêm]\n"
        "highlight:\n"
        "  date: 'underline #ffaa00'  # quoted: a bare # starts a YAML comment\n"
    )))
    assert config.cleaning["furniture_lines"] == (*builtin["furniture_lines"], "Lời nhắn số 42 của tòa soạn")
    assert config.cleaning["related_headings"].count("Xem thêm") == 1
    assert config.cleaning["caption_markers"] == builtin["caption_markers"]
    assert config.highlight["date"] == "underline #ffaa00"
    assert config.highlight["official"] == DEFAULT_HIGHLIGHT["official"]


def test_the_projects_config_yaml_is_valid_and_shows_every_list_a_user_may_extend():
    config = load_config(ROOT / "config.yaml")
    assert config.seeds == ROOT / "seeds"
    raw = yaml.safe_load((ROOT / "config.yaml").read_text(encoding="utf-8"))
    for section in LEXICON_SECTIONS:
        assert sorted(raw[section]) == sorted(builtin_lexicon(section).names()), (
            f"config.yaml's {section}: must list every list of reader/data/{section}.yaml, one line each")
    assert "highlight" in raw and "keys" in raw
    for section in LEXICON_SECTIONS:  # its empty lists change nothing (the parse cache is keyed on the lexicons)
        assert dict(getattr(config, section).lists) == dict(builtin_lexicon(section).lists)


def test_a_word_twice_in_a_list_counts_once(tmp_path):
    config = load_config(config_file(tmp_path, "extraction:\n  titles: [Đặc phái viên, Đặc phái viên]\n"))
    assert config.extraction["titles"].count("Đặc phái viên") == 1
    assert all(len(set(words)) == len(words) for words in builtin_lexicon("cleaning").lists.values())


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.text(alphabet=st.sampled_from(list("seds:cleaning_furniture\n -[]{}'\"#&*!|>%@`\t,?.0ê\\")), max_size=80))
def test_any_text_as_config_is_a_config_or_one_line_error(tmp_path, text):
    path = tmp_path / "fuzz.yaml"
    path.write_text(text, encoding="utf-8")
    try:
        load_config(path)
    except ConfigError as err:
        assert "\n" not in str(err)


def make_fifo(path: Path) -> Path:
    os.mkfifo(path)
    return path


def make_sparse(path: Path) -> Path:
    with path.open("wb") as stream:
        stream.truncate(50 * 2**20)  # 50 MB of size at no disk cost
    return path


NOT_A_CONFIG = {
    "a FIFO": (lambda folder: make_fifo(folder / "config.yaml"), "not a regular file"),
    "/dev/zero": (lambda _: Path("/dev/zero"), "not a regular file"),
    "a folder": (lambda folder: folder, "not a regular file"),
    "a 50 MB file": (lambda folder: make_sparse(folder / "config.yaml"),
                     "too large (50.0 MB; a config is at most 1 MB)"),
}


@pytest.mark.parametrize("case", NOT_A_CONFIG)
@pytest.mark.parametrize("command", COMMANDS)
def test_a_config_that_is_no_small_regular_file_is_one_line_and_exit_2(tmp_path, case, command):
    """Refused from its fstat, before reading a byte: a FIFO would hang, /dev/zero would eat the memory."""
    make, reason = NOT_A_CONFIG[case]
    config = make(tmp_path)
    code, out, errors = run(*COMMANDS[command], "--config", str(config), "--seeds", str(SEEDS))
    assert (code, out) == (2, "")
    assert errors == [f"reader: {config}: cannot read the config: {reason}"]


def test_a_config_yaml_in_the_working_folder_that_is_a_fifo_is_reported_not_passed_over(tmp_path):
    make_fifo(tmp_path / "config.yaml")
    code, _, errors = run("export", "--seeds", str(SEEDS))
    assert code == 2
    assert errors == [f"reader: {tmp_path / 'config.yaml'}: cannot read the config: not a regular file"]


def test_a_config_of_just_under_1_mb_is_read(tmp_path):
    line = "    - từ thứ {}\n"
    count = (MAX_CONFIG_BYTES - 100) // len(line.format(99999).encode())
    words = "".join(line.format(10000 + i) for i in range(count))
    config = config_file(tmp_path, f"cleaning:\n  furniture_lines:\n{words}")
    assert 0.95 * MAX_CONFIG_BYTES < config.stat().st_size <= MAX_CONFIG_BYTES
    assert "từ thứ 10005" in load_config(config).cleaning["furniture_lines"]


@pytest.mark.parametrize("option", ["--seeds", "--config"])
def test_an_empty_path_option_is_one_line_and_exit_2_not_the_current_folder(tmp_path, option):
    shutil.copy(sorted(SEEDS.glob("*.txt"))[0], tmp_path)  # a page here, which `--seeds ''` once exported
    code, out, errors = run("export", option, "")
    assert (code, out) == (2, "")
    assert errors == [f"reader: {option}: expected a path, got ''"]


def test_follow_links_outside_must_be_true_or_false(tmp_path):
    error = config_error(tmp_path, "follow_links_outside: 'yes'\n")
    assert error.endswith("follow_links_outside: expected true or false")
    assert load_config(config_file(tmp_path, "follow_links_outside: true\n")).follow_links_outside
    assert not load_config(None).follow_links_outside


def test_sort_reading_width_and_read_after(tmp_path):
    config = load_config(config_file(tmp_path, "sort: oldest\nreading_width: 72\nread_after: 0.25\n"))
    assert (config.sort, config.reading_width, config.read_after) == (SortOrder.OLDEST, 72, 0.25)
    defaults = load_config(None)
    assert (defaults.sort, defaults.reading_width, defaults.read_after) == (SortOrder.NEWEST, 88, 1.5)
    assert load_config(config_file(tmp_path, "read_after: 0\n")).read_after == 0.0


@pytest.mark.parametrize(("text", "expected"), [
    ("sort: date\n", "sort: expected one of newest, oldest, file, not 'date'"),
    ("sort: [newest]\n", "sort: expected one of newest, oldest, file, not ['newest']"),
    ("reading_width: 5\n", "reading_width: expected a number of columns from 20 to 400, not 5"),
    ("reading_width: wide\n", "reading_width: expected a number of columns from 20 to 400, not 'wide'"),
    ("reading_width: true\n", "reading_width: expected a number of columns from 20 to 400, not True"),
    ("read_after: -1\n", "read_after: expected seconds from 0 to 3600, not -1"),
    ("read_after: soon\n", "read_after: expected seconds from 0 to 3600, not 'soon'"),
    ("read_after: false\n", "read_after: expected seconds from 0 to 3600, not False"),
])
def test_a_bad_sort_or_reading_width_is_one_line(tmp_path, text, expected):
    assert config_error(tmp_path, text) == f"{tmp_path / 'config.yaml'}: {expected}"
