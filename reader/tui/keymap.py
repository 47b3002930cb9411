"""Every key binding of the app, by id, and the check of a user's `keys:` section.

One table feeds the widgets' BINDINGS, the help screen and the config check, so
a binding cannot be rebindable in one place and missing from another.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from textual.binding import Binding, BindingType
from textual.keys import REPLACED_KEYS, Keys, _normalize_key_list, key_to_character

from reader.config import CONFIG_NAME, Config, ConfigError


@dataclass(frozen=True, slots=True)
class BindingSpec:
    keys: str  # default keys, comma separated, as Textual spells them
    description: str  # short, for the footer
    help: str  # the help screen's line
    group: str


SPECS: dict[str, BindingSpec] = {
    "down": BindingSpec("j,down", "Down", "next article in the list / scroll the text down", "Move"),
    "up": BindingSpec("k,up", "Up", "previous article in the list / scroll the text up", "Move"),
    "top": BindingSpec("g,home", "Top", "first article / start of the text", "Move"),
    "bottom": BindingSpec("G,end", "Bottom", "last article / end of the text", "Move"),
    "page_down": BindingSpec("space,pagedown", "Page down", "scroll the reading pane a page down", "Move"),
    "page_up": BindingSpec("b,pageup", "Page up", "scroll the reading pane a page up", "Move"),
    "next_article": BindingSpec("right_square_bracket", "Next", "open the next article, from anywhere", "Move"),
    "prev_article": BindingSpec("left_square_bracket", "Prev", "open the previous article, from anywhere", "Move"),
    "open": BindingSpec("enter", "Read", "read the selected article (focus the reading pane)", "Focus"),
    "focus_next": BindingSpec("tab", "Next pane", "move focus to the next pane", "Focus"),
    "focus_previous": BindingSpec("shift+tab", "Previous pane", "move focus to the previous pane", "Focus"),
    "search": BindingSpec("slash,ctrl+f", "Search", "search titles, text and officials", "Search"),
    "next_match": BindingSpec("n", "Next match", "next search match, into the next article", "Search"),
    "prev_match": BindingSpec("N", "Prev match", "previous search match", "Search"),
    "close": BindingSpec("escape", "Close", "close search or the officials filter; restore the list", "Search"),
    "copy": BindingSpec("c", "Copy", "copy the article as Markdown (headline, metadata, paragraphs, captions)",
                        "Article"),
    "source": BindingSpec("v", "Source", "open the article's source page in $PAGER (or less)", "Article"),
    "toggle_read": BindingSpec("m", "Mark", "mark the selected article read or unread (shown a moment, it is read)",
                               "Marks"),
    "mark_all_read": BindingSpec("M", "All read", "mark every listed article read", "Marks"),
    "flag": BindingSpec("f", "Flag", "flag or unflag the selected article (⚑ in its row)", "Marks"),
    "flagged": BindingSpec("F", "Flagged", "list only the flagged articles; again to list them all", "Marks"),
    "sort": BindingSpec("s", "Sort", "cycle the order: newest, oldest, file order (officials: articles, name, country)",
                        "Views"),
    "timeline": BindingSpec("t", "Timeline", "every dated mention of the listed articles (or an official's), by month",
                            "Views"),
    "palette": BindingSpec("ctrl+p", "Palette", "jump to an article or an official, or run any action, by name",
                           "Views"),
    "officials": BindingSpec("o", "Officials", "every official in the corpus; type to narrow, Enter to filter by one",
                             "Views"),
    "entities": BindingSpec("e", "Entities", "show or hide the article's officials and dates", "Views"),
    "help": BindingSpec("question_mark", "Help", "this screen", "Views"),
    "problems": BindingSpec("p", "Problems", "files that were skipped or read with a warning (from help)", "Views"),
    "quit": BindingSpec("q", "Quit", "quit reader", "Views"),
    "interrupt": BindingSpec("ctrl+c", "Quit", "quit reader, from anywhere (the search box too)", "Views"),
}

_MODIFIERS = frozenset({"ctrl", "shift", "alt", "meta", "super", "hyper"})
_NAMED_KEYS = frozenset(key.value.rsplit("+", 1)[-1] for key in Keys)


def bind(binding_id: str, action: str, *, show: bool = True, priority: bool = False,
         description: str | None = None) -> Binding:
    """The Binding for one id of SPECS, with its default keys; `description` says what it does there."""
    spec = SPECS[binding_id]
    return Binding(spec.keys, action, description or spec.description, show=show, priority=priority, id=binding_id)


def navigation(*, down: str, up: str, top: str, bottom: str) -> list[BindingType]:
    """The four moves every list and pane binds to its own actions, rebindable by the same ids."""
    moves = {"down": down, "up": up, "top": top, "bottom": bottom}
    return [bind(binding_id, action, show=False) for binding_id, action in moves.items()]


def keys_in_force(binding_id: str, keymap: Mapping[str, str]) -> tuple[str, ...]:
    """The keys that trigger a binding once the user's keymap is applied."""
    keys = keymap.get(binding_id) or SPECS[binding_id].keys
    return tuple(_normalize_key_list(keys).split(","))


def check_keys(config: Config) -> dict[str, str]:
    """The user's `keys:` section as a Textual keymap; ConfigError naming the key if it is wrong."""
    where = str(config.path) if config.path is not None else CONFIG_NAME
    keymap: dict[str, str] = {}
    for binding_id, keys in config.keys.items():
        if binding_id not in SPECS:
            raise ConfigError(f"{where}: keys: unknown binding id {binding_id!r} (known: {', '.join(SPECS)})")
        names = [key.strip() for key in keys.split(",")]
        for name in names:
            if not is_key_name(name):
                raise ConfigError(
                    f"{where}: keys.{binding_id}: {name!r} is not a key name (e.g. 'j', 'ctrl+f', 'pagedown', 'slash')")
        keymap[binding_id] = _normalize_key_list(",".join(names))
    return keymap


def is_key_name(name: str) -> bool:
    """True for what Textual can bind: a character, a named key, optionally with modifiers."""
    if len(name) == 1:
        return name.isprintable() and name != ","
    *modifiers, base = name.split("+")
    if not base or any(modifier not in _MODIFIERS for modifier in modifiers):
        return False
    if len(base) == 1 or base in _NAMED_KEYS:
        return True
    return key_to_character(REPLACED_KEYS.get(base, base)) is not None
