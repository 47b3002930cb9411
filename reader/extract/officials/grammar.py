"""The extraction lexicon as the phrase sets the officials grammar reads, built once per lexicon."""

from __future__ import annotations

from dataclasses import dataclass

from reader.extract.officials.tokens import Phrases, StyledPhrases, fold_case
from reader.lexicon import Extraction, Lexicon
from reader.text import per_lexicon


@dataclass(frozen=True, slots=True)
class OfficialGrammar:
    """The lexicons of one config, as phrase sets, built once per Lexicon."""

    titles: Phrases
    aides: Phrases  # "Trợ lý": an office in the service of the office named after it
    prefixes: Phrases
    prefix_look_alikes: Phrases
    suffixes: Phrases
    portfolios: Phrases
    ministerial: Phrases  # titles after which a ministry may be read from its shape
    portfolio_breakers: Phrases
    country_groups: Phrases
    title_links: Phrases
    former_links: Phrases  # "từng là": an office once held, read in a relative clause after the name
    relative_pronouns: Phrases  # "người": opens a relative clause after the name ("X, người từng là ...")
    topic_links: Phrases
    organisations: Phrases
    countries: Phrases  # a StyledPhrases: 'Cộng hòa Kenya' is a country as 'Kenya' is
    places: Phrases
    organisation_heads: Phrases
    board_heads: Phrases  # "Ban": a body's head only before a Vietnamese word ("Ban Thường vụ", not "Ban Ki-moon")
    honorifics: Phrases
    familiar_addresses: Phrases  # "anh", "chị": before a known full name only (see resolution.bare_full_names)
    removal_verbs: Phrases  # "phế truất": the "ông X" after one held a political office
    companies: Phrases  # "một tập đoàn": an office right before one is a company's, no public office
    name_styles: Phrases  # "Datuk Seri": before a name, no part of it
    ranks: Phrases  # "Thượng tướng": before a name, but no office
    abbreviations: Phrases  # "TT": an office's initials before a name, read as a courtesy word ("TT Trump")
    place_heads: Phrases  # "bang", "tỉnh", "thành phố": open a place between a title and a name
    local_heads: Phrases  # "Huyện ủy", "huyện": the two Vietnamese words after them are an unlisted place
    regions: Phrases  # provinces, read only after a place head or inside a body
    postings: Phrases  # "tại", "bên cạnh": where an office is posted
    country_heads: Phrases  # "nước" before a country: "Thủ tướng nước Cộng hòa ... Lào"
    counterparts: Phrases
    counterpart_links: Phrases
    plural: Phrases
    particles: frozenset[str]
    name_suffixes: Phrases
    middle_names: Phrases  # "Thị", "Văn": second in a Vietnamese name, so the word before is its first
    second_surnames: Phrases  # "Nguyễn": second in a name of four words, a double surname ("Lương Nguyễn Minh Triết")
    name_stops: Phrases
    anchor_starts: frozenset[str]  # first words of titles, prefixes, counterparts, honorifics, ranks
    title_starts: frozenset[str]  # first words of titles and prefixes
    courtesies: frozenset[str]  # one-word honorifics, split from a name glued to them ("NgàiMit-suo")


@per_lexicon
def official_grammar(lexicon: Lexicon) -> OfficialGrammar:
    """Phrase sets from the lexicon's lists, once per lexicon."""
    countries = lexicon[Extraction.COUNTRIES]
    titles = Phrases.of(lexicon[Extraction.TITLES])
    aides = Phrases.of(lexicon[Extraction.AIDE_TITLES])
    prefixes = Phrases.of(lexicon[Extraction.TITLE_PREFIXES])
    honorifics = Phrases.of(lexicon[Extraction.HONORIFICS])
    ranks = Phrases.of(lexicon[Extraction.RANKS])
    counterparts = Phrases.of(lexicon[Extraction.COUNTERPARTS])
    abbreviations = Phrases.of(lexicon[Extraction.TITLE_ABBREVIATIONS])
    return OfficialGrammar(
        titles=titles,
        aides=aides,
        prefixes=prefixes,
        prefix_look_alikes=Phrases.of(lexicon[Extraction.TITLE_PREFIX_LOOK_ALIKES]),
        suffixes=Phrases.of(lexicon[Extraction.TITLE_SUFFIXES]),
        portfolios=Phrases.of(lexicon[Extraction.PORTFOLIOS]),
        ministerial=Phrases.of(lexicon[Extraction.MINISTERIAL_TITLES]),
        portfolio_breakers=Phrases.of(lexicon[Extraction.PORTFOLIO_BREAKERS]),
        country_groups=Phrases.of(lexicon[Extraction.COUNTRY_GROUPS]),
        title_links=Phrases.of(lexicon[Extraction.TITLE_LINKS]),
        former_links=Phrases.of(lexicon[Extraction.FORMER_LINKS]),
        relative_pronouns=Phrases.of(lexicon[Extraction.RELATIVE_PRONOUNS]),
        topic_links=Phrases.of(lexicon[Extraction.TOPIC_LINKS]),
        organisations=Phrases.of(lexicon[Extraction.ORGANISATIONS]),
        countries=StyledPhrases.with_styles(countries, lexicon[Extraction.STATE_STYLES]),
        places=Phrases.of(lexicon[Extraction.PLACES]),
        organisation_heads=Phrases.of(lexicon[Extraction.ORGANISATION_HEADS]),
        board_heads=Phrases.of(lexicon[Extraction.BOARD_HEADS]),
        honorifics=honorifics,
        familiar_addresses=Phrases.of(lexicon[Extraction.FAMILIAR_ADDRESSES]),
        removal_verbs=Phrases.of(lexicon[Extraction.REMOVAL_VERBS]),
        companies=Phrases.of(lexicon[Extraction.COMPANY_WORDS]),
        name_styles=Phrases.of(lexicon[Extraction.NAME_STYLES]),
        ranks=ranks,
        abbreviations=abbreviations,
        place_heads=Phrases.of(lexicon[Extraction.PLACE_HEADS]),
        local_heads=Phrases.of(lexicon[Extraction.LOCAL_HEADS]),
        regions=Phrases.of(lexicon[Extraction.REGIONS]),
        postings=Phrases.of(lexicon[Extraction.POSTING_LINKS]),
        country_heads=Phrases.of(lexicon[Extraction.COUNTRY_HEADS]),
        counterparts=counterparts,
        counterpart_links=Phrases.of(lexicon[Extraction.COUNTERPART_LINKS]),
        plural=Phrases.of(lexicon[Extraction.PLURAL_MARKERS]),
        particles=frozenset(fold_case(w) for w in lexicon[Extraction.NAME_PARTICLES]),
        name_suffixes=Phrases.of(lexicon[Extraction.NAME_SUFFIXES]),
        middle_names=Phrases.of(lexicon[Extraction.MIDDLE_NAMES]),
        second_surnames=Phrases.of(lexicon[Extraction.SECOND_SURNAMES]),
        # A name ends where one of these begins. One-word countries do not end it: "Đức",
        # "Anh", "Nga" are also Vietnamese given names.
        name_stops=Phrases.of((
            *lexicon[Extraction.TITLES], *lexicon[Extraction.HONORIFICS], *lexicon[Extraction.ORGANISATIONS],
            *lexicon[Extraction.ORGANISATION_HEADS], *lexicon[Extraction.AGENCIES], *lexicon[Extraction.PLACES],
            *lexicon[Extraction.NOT_NAMES], *lexicon[Extraction.COUNTERPARTS], *lexicon[Extraction.NAME_STYLES],
            *(c for c in countries if len(c.split()) > 1),
        )),
        anchor_starts=frozenset().union(*(p.starts for p in (titles, aides, prefixes, honorifics, ranks,
                                                               counterparts, abbreviations))),
        title_starts=frozenset().union(titles.starts, aides.starts, prefixes.starts),
        courtesies=frozenset(fold_case(w) for w in lexicon[Extraction.HONORIFICS] if " " not in w.strip()),
    )
