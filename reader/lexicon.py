"""The Lexicon type, the names of its word lists (declared once), and the built-in lists.

The grammar is code and the words are data (reader/data/<section>.yaml, extended from
config.yaml). A list is asked for by a declared name, never a bare string, so a misspelt
name fails at once instead of silently switching a rule off; a test checks that the names
declared here, the lists in the data files and the names the code reads are the same.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum
from importlib import resources

import yaml


class Section(StrEnum):
    """A lexicon: one data file, one section of config.yaml."""

    CLEANING = "cleaning"
    EXTRACTION = "extraction"


class Cleaning(StrEnum):
    """The lists of reader/data/cleaning.yaml."""

    FURNITURE_LINES = "furniture_lines"
    FURNITURE_PATTERNS = "furniture_patterns"
    IMAGE_ALT_WORDS = "image_alt_words"
    RELATIVE_TIME_UNITS = "relative_time_units"
    RELATIVE_TIME_WORDS = "relative_time_words"
    RELATED_HEADINGS = "related_headings"
    CAPTION_MARKERS = "caption_markers"
    CAPTION_HINTS = "caption_hints"
    NARRATION_WORDS = "narration_words"
    CREDIT_PREFIXES = "credit_prefixes"
    BYLINE_LABELS = "byline_labels"
    SOURCE_LABELS = "source_labels"
    WEEKDAYS = "weekdays"
    DATELINE_WORDS = "dateline_words"
    LEAD_TIME_WORDS = "lead_time_words"
    SITE_TAG_HEADS = "site_tag_heads"
    STAFF_BYLINES = "staff_bylines"
    NEWS_OUTLETS = "news_outlets"
    PRESS_WORDS = "press_words"
    SECTION_NAMES = "section_names"
    DESK_HEADS = "desk_heads"
    BYLINE_ROLES = "byline_roles"
    DOTTED_KEEP = "dotted_keep"
    DOMAIN_SUFFIXES = "domain_suffixes"
    SERIES_PART_WORDS = "series_part_words"
    MASTHEAD_HEADS = "masthead_heads"
    MENU_HEADS = "menu_heads"
    RELEASE_NOTICES = "release_notices"
    OFFICE_HEADS = "office_heads"
    INSTITUTE_HEADS = "institute_heads"
    NUMBERED_PLACE_HEADS = "numbered_place_heads"
    NOTE_HEADINGS = "note_headings"
    DIGEST_ITEM_WORDS = "digest_item_words"


class Extraction(StrEnum):
    """The lists of reader/data/extraction.yaml."""

    TITLES = "titles"
    TITLE_PREFIXES = "title_prefixes"
    TITLE_PREFIX_LOOK_ALIKES = "title_prefix_look_alikes"
    TITLE_SUFFIXES = "title_suffixes"
    PORTFOLIOS = "portfolios"
    MINISTERIAL_TITLES = "ministerial_titles"
    PORTFOLIO_BREAKERS = "portfolio_breakers"
    ORGANISATIONS = "organisations"
    ORGANISATION_HEADS = "organisation_heads"
    BOARD_HEADS = "board_heads"
    COUNTRIES = "countries"
    HONORIFICS = "honorifics"
    FAMILIAR_ADDRESSES = "familiar_addresses"
    REMOVAL_VERBS = "removal_verbs"
    COMPANY_WORDS = "company_words"
    RANKS = "ranks"
    TITLE_ABBREVIATIONS = "title_abbreviations"
    COUNTERPARTS = "counterparts"
    COUNTERPART_LINKS = "counterpart_links"
    COUNTRY_GROUPS = "country_groups"
    TITLE_LINKS = "title_links"
    FORMER_LINKS = "former_links"
    RELATIVE_PRONOUNS = "relative_pronouns"
    TOPIC_LINKS = "topic_links"
    PLURAL_MARKERS = "plural_markers"
    NAME_PARTICLES = "name_particles"
    NAME_SUFFIXES = "name_suffixes"
    NOT_NAMES = "not_names"
    MIDDLE_NAMES = "middle_names"
    SECOND_SURNAMES = "second_surnames"
    AGENCIES = "agencies"
    PLACES = "places"
    PLACE_HEADS = "place_heads"
    LOCAL_HEADS = "local_heads"
    REGIONS = "regions"
    POSTING_LINKS = "posting_links"
    COUNTRY_HEADS = "country_heads"
    STATE_STYLES = "state_styles"
    AIDE_TITLES = "aide_titles"
    NAME_STYLES = "name_styles"
    DATE_CUES = "date_cues"
    DATE_LINKS = "date_links"
    RELATIVE_DAYS = "relative_days"
    DATE_PLACE_LINKS = "date_place_links"
    LUNAR_MARKERS = "lunar_markers"
    LUNAR_DAYS = "lunar_days"
    LUNAR_WORDS = "lunar_words"
    MONTH_EVENTS = "month_events"
    CLOCK_HOURS = "clock_hours"
    CLOCK_MINUTES = "clock_minutes"
    TIME_ZONE_WORDS = "time_zone_words"
    DATE_RANGE_WORDS = "date_range_words"
    DAY_WORDS = "day_words"
    MONTH_WORDS = "month_words"
    YEAR_WORDS = "year_words"
    DATE_LIST_WORDS = "date_list_words"
    DATE_PAIR_WORDS = "date_pair_words"
    ARCHIVE_MARKERS = "archive_markers"
    PAST_CUES = "past_cues"
    SINCE_CUES = "since_cues"
    CLAUSE_PAST_CUES = "clause_past_cues"
    PAST_MARKS = "past_marks"
    FUTURE_CUES = "future_cues"
    COMING_MARKS = "coming_marks"
    DATE_MODIFIERS = "date_modifiers"
    QUANTITY_UNITS = "quantity_units"
    QUANTITY_WORDS = "quantity_words"


ListName = Cleaning | Extraction
LISTS: Mapping[Section, type[Cleaning] | type[Extraction]] = {
    Section.CLEANING: Cleaning,
    Section.EXTRACTION: Extraction,
}
_DECLARED = frozenset(name.value for names in LISTS.values() for name in names)


class UnknownList(KeyError):
    """A list name that no section declares: a typo in code, a test or a hand-made Lexicon."""


@dataclass(frozen=True)
class Lexicon:
    """Named word lists (built-in plus the user's additions), read-only.

    Equal content hashes equal, so compiled grammars are cached per lexicon content
    (`reader.text.per_lexicon`). A declared list the lexicon lacks reads as empty (a
    hand-made test lexicon need not spell every list); an undeclared name is an error.
    """

    lists: Mapping[str, tuple[str, ...]]

    def __post_init__(self) -> None:
        unknown = sorted(set(self.lists) - _DECLARED)
        if unknown:
            raise UnknownList(f"no such word list: {', '.join(unknown)}")

    def __getitem__(self, name: ListName) -> tuple[str, ...]:
        if name not in _DECLARED:
            raise UnknownList(f"no such word list: {name}")
        return self.lists.get(name, ())

    def __hash__(self) -> int:
        return hash(tuple(sorted((name, tuple(words)) for name, words in self.lists.items())))

    def names(self) -> tuple[str, ...]:
        return tuple(self.lists)


def builtin_lexicon(section: Section | str) -> Lexicon:
    """The lexicon shipped in reader/data/<section>.yaml."""
    text = resources.files("reader.data").joinpath(f"{Section(section)}.yaml").read_text(encoding="utf-8")
    # libyaml's loader where PyYAML has it: the same values in a tenth of the time (0.1 s of every start).
    raw = yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader)) or {}
    return Lexicon({name: tuple(dict.fromkeys(words or ())) for name, words in raw.items()})
