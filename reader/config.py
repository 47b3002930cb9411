"""config.yaml -> Config, with one-line errors that name the offending key.

The built-in lexicons come from reader/lexicon.py; a user's config.yaml
extends them (adds words) but never has to copy them. Every section the user
may write is declared here, so an unknown key is caught and named.
"""

from __future__ import annotations

import os
import re
import stat
from collections.abc import Hashable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml
from rich.errors import StyleSyntaxError
from rich.style import Style

from reader.chronology import SortOrder
from reader.lexicon import Lexicon, Section, builtin_lexicon

CONFIG_NAME = "config.yaml"
# A config is a few KB of word lists. Past this it is not a config (a log, a dump, /dev/zero), and
# reading it whole would take the memory and the minutes that YAML needs for it.
MAX_CONFIG_BYTES = 1024 * 1024
LEXICON_SECTIONS = tuple(Section)
KEY_MODIFIERS = ("ctrl", "shift", "alt", "meta", "super", "hyper")  # as Textual spells them
DEFAULT_READING_WIDTH = 88  # a readable measure: about 12-15 Vietnamese words a line
READING_WIDTHS = (20, 400)  # what `reading_width` accepts
DEFAULT_READ_AFTER = 1.5  # seconds an article is shown before it counts as read: a glance is not a read
MAX_READ_AFTER = 3600.0
DEFAULT_HIGHLIGHT = {
    # Readable on dark and light themes: colour plus weight, never colour alone.
    "date": "bold #0b3d91 on #d6e6ff",
    "official": "bold #6a2400 on #ffe2c6",
    "search": "bold black on #ffd54f",
}


class ConfigError(Exception):
    """A config problem, already phrased as one line for the user."""


@dataclass(frozen=True)
class Config:
    """Everything configurable; `path` is None when running on defaults."""

    path: Path | None
    seeds: Path
    seeds_from_config: bool
    cleaning: Lexicon
    extraction: Lexicon
    highlight: Mapping[str, str] = field(default_factory=lambda: dict(DEFAULT_HIGHLIGHT))
    keys: Mapping[str, str] = field(default_factory=dict)
    # False: a link in the folder is followed only when it stays inside it (a downloaded folder
    # must not make `reader export` copy ~/.ssh/id_rsa into its output).
    follow_links_outside: bool = False
    sort: SortOrder = SortOrder.NEWEST  # the article list's order at the start
    reading_width: int = DEFAULT_READING_WIDTH  # columns a paragraph wraps at, centred in a wider pane
    read_after: float = DEFAULT_READ_AFTER  # seconds shown before an article is marked read


class _StrictLoader(yaml.SafeLoader):
    """SafeLoader that refuses a key written twice, which YAML would silently let the last one win."""

    def construct_mapping(self, node: yaml.MappingNode, deep: bool = False) -> dict[Any, Any]:
        seen: set[Any] = set()
        for key_node, _ in node.value:
            key = self.construct_object(key_node, deep=deep)
            if isinstance(key, Hashable) and key in seen:
                raise yaml.constructor.ConstructorError(None, None, f"duplicate key {key!r}", key_node.start_mark)
            if isinstance(key, Hashable):
                seen.add(key)
        return super().construct_mapping(node, deep=deep)


def find_config(explicit: Path | None) -> Path | None:
    """The config file to read: --config, else ./config.yaml, else none."""
    if explicit is not None:
        return explicit
    local = Path.cwd() / CONFIG_NAME
    # lexists: a config.yaml that is there but is no file (a FIFO, a folder, a dangling link) is
    # reported by load_config rather than silently passed over for the defaults.
    return local if os.path.lexists(local) else None


def load_config(path: Path | None) -> Config:
    """Read and validate a config file; None gives the defaults."""
    raw: Any = {}
    if path is not None:
        try:
            text = _read_config_file(path).decode("utf-8-sig")
        except (OSError, UnicodeDecodeError, ValueError) as err:
            raise ConfigError(f"{path}: cannot read the config: {_reason(err)}") from None
        try:
            raw = yaml.load(text, Loader=_StrictLoader) or {}
        except RecursionError:
            raise ConfigError(f"{path}: broken YAML: nested too deeply") from None
        except yaml.YAMLError as err:
            mark = getattr(err, "problem_mark", None)
            where = f" line {mark.line + 1}, column {mark.column + 1}:" if mark is not None else ""
            problem = " ".join(str(getattr(err, "problem", None) or "not valid YAML").split())
            raise ConfigError(f"{path}:{where} broken YAML: {problem}") from None
        if not isinstance(raw, dict):
            raise ConfigError(f"{path}: the config must be a mapping of keys, not {type(raw).__name__}")
    return _build(raw, path)


def _read_config_file(path: Path) -> bytes:
    """The bytes of a regular file of at most MAX_CONFIG_BYTES; OSError or ValueError otherwise.

    O_NONBLOCK: opening a FIFO would otherwise wait for a writer forever; the size is
    checked before reading, so /dev/zero or a 50 MB file is refused at once.
    """
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise ValueError("not a regular file")
        _check_config_size(info.st_size)
        with os.fdopen(fd, "rb", closefd=False) as stream:
            data = stream.read(MAX_CONFIG_BYTES + 1)  # +1: a file that grew since fstat is caught too
    finally:
        os.close(fd)
    _check_config_size(len(data))
    return data


def _check_config_size(size: int) -> None:
    if size > MAX_CONFIG_BYTES:
        raise ValueError(f"too large ({size / 2**20:.1f} MB; a config is at most {MAX_CONFIG_BYTES // 2**20} MB)")


def _build(raw: dict[str, Any], path: Path | None) -> Config:
    where = str(path) if path is not None else CONFIG_NAME
    known = {"seeds", "highlight", "keys", "follow_links_outside", "sort", "reading_width", "read_after",
             *LEXICON_SECTIONS}
    for key in raw:
        if key not in known:
            raise ConfigError(f"{where}: unknown key {key!r} (known: {', '.join(sorted(known))})")
    base = path.parent if path is not None else Path.cwd()
    seeds_raw = raw.get("seeds", "seeds")
    if not isinstance(seeds_raw, str) or not seeds_raw.strip() or "\0" in seeds_raw:
        raise ConfigError(f"{where}: seeds: expected a folder path as text")
    seeds = Path(seeds_raw).expanduser()
    follow_links_outside = raw.get("follow_links_outside", False)
    if not isinstance(follow_links_outside, bool):
        raise ConfigError(f"{where}: follow_links_outside: expected true or false")
    lexicons = {section: _extend(builtin_lexicon(section), raw.get(section), section, where)
                for section in LEXICON_SECTIONS}
    return Config(
        path=path,
        seeds=seeds if seeds.is_absolute() else base / seeds,
        seeds_from_config=path is not None and "seeds" in raw,
        cleaning=lexicons[Section.CLEANING],
        extraction=lexicons[Section.EXTRACTION],
        highlight=_highlight(raw.get("highlight"), where),
        keys=_keys(raw.get("keys"), where),
        follow_links_outside=follow_links_outside,
        sort=_sort(raw.get("sort", SortOrder.NEWEST.value), where),
        reading_width=_reading_width(raw.get("reading_width", DEFAULT_READING_WIDTH), where),
        read_after=_read_after(raw.get("read_after", DEFAULT_READ_AFTER), where),
    )


def _sort(raw: Any, where: str) -> SortOrder:
    orders = ", ".join(order.value for order in SortOrder)
    if not isinstance(raw, str) or raw not in {order.value for order in SortOrder}:
        raise ConfigError(f"{where}: sort: expected one of {orders}, not {raw!r}")
    return SortOrder(raw)


def _reading_width(raw: Any, where: str) -> int:
    low, high = READING_WIDTHS
    if isinstance(raw, bool) or not isinstance(raw, int) or not low <= raw <= high:
        raise ConfigError(f"{where}: reading_width: expected a number of columns from {low} to {high}, not {raw!r}")
    return raw


def _read_after(raw: Any, where: str) -> float:
    if isinstance(raw, bool) or not isinstance(raw, int | float) or not 0 <= raw <= MAX_READ_AFTER:
        raise ConfigError(f"{where}: read_after: expected seconds from 0 to {MAX_READ_AFTER:g}, not {raw!r}")
    return float(raw)


def _extend(builtin: Lexicon, extra: Any, section: str, where: str) -> Lexicon:
    """Built-in word lists plus the user's, keeping order and dropping repeats."""
    if extra is None:
        return builtin
    if not isinstance(extra, dict):
        raise ConfigError(f"{where}: {section}: expected a mapping of word lists")
    merged = dict(builtin.lists)
    for name, words in extra.items():
        key = f"{section}.{name}"
        if name not in merged:
            raise ConfigError(f"{where}: unknown key {key!r} (known: {', '.join(builtin.names())})")
        if words is None:
            continue
        if not isinstance(words, list) or not all(isinstance(w, str) and w.strip() for w in words):
            raise ConfigError(f"{where}: {key}: expected a list of non-empty strings")
        if name.endswith("patterns"):
            for word in words:
                try:
                    re.compile(word)
                except re.error as err:
                    raise ConfigError(f"{where}: {key}: bad regular expression {word!r}: {err}") from None
        merged[name] = tuple(dict.fromkeys((*merged[name], *(w.strip() for w in words))))
    return Lexicon(merged)


def _highlight(raw: Any, where: str) -> dict[str, str]:
    styles = dict(DEFAULT_HIGHLIGHT)
    if raw is None:
        return styles
    if not isinstance(raw, dict):
        raise ConfigError(f"{where}: highlight: expected a mapping of name to style")
    for name, value in raw.items():
        key = f"highlight.{name}"
        if name not in styles:
            raise ConfigError(f"{where}: unknown key {key!r} (known: {', '.join(styles)})")
        if not isinstance(value, str):
            raise ConfigError(f"{where}: {key}: expected a style such as 'bold #1e88e5'")
        try:
            Style.parse(value)
        except StyleSyntaxError as err:
            raise ConfigError(f"{where}: {key}: bad style {value!r}: {err}") from None
        styles[name] = value
    return styles


def _keys(raw: Any, where: str) -> dict[str, str]:
    if raw is None:
        return {}
    if not isinstance(raw, dict):
        raise ConfigError(f"{where}: keys: expected a mapping of binding id to keys")
    for name, value in raw.items():
        if not isinstance(value, str) or not value.strip():
            raise ConfigError(f"{where}: keys.{name}: expected keys as text, e.g. 'j,down'")
        for key in value.split(","):
            problem = _key_problem(key.strip())
            if problem:
                raise ConfigError(f"{where}: keys.{name}: {problem}")
    return {str(k): v for k, v in raw.items()}


def _key_problem(key: str) -> str | None:
    """Why a key is not written the way Textual names keys ("ctrl+f", "pageup", "?"), or None.

    Only the spelling is checked here (the core does not import Textual); whether a
    named key exists and the binding id is known is for the app's keymap to say.
    """
    if len(key) == 1:
        return None
    if not key:
        return "empty key in the list (a doubled or trailing comma?)"
    *modifiers, name = key.split("+")
    for modifier in modifiers:
        if modifier not in KEY_MODIFIERS:
            return f"bad key {key!r}: unknown modifier {modifier!r} (use {', '.join(KEY_MODIFIERS)})"
    if len(name) != 1 and not re.fullmatch(r"[a-z][a-z0-9_]*", name):
        return f"bad key {key!r}: key names are one character or lowercase names such as 'down' or 'f1'"
    return None


def _reason(err: BaseException) -> str:
    if isinstance(err, OSError) and err.strerror:
        return err.strerror.lower()
    return str(err) or type(err).__name__
