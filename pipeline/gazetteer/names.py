"""names.json: given and family name words, for recognising people no list names.

A capitalised word that is a known given name, followed by another capitalised word, is
how rule-based recognisers such as GATE's ANNIE find people they have never seen. The
words come from the people of the sanctions and event-coder lists (split per list format)
and, for names of other origins, from the person providers of the Faker package (MIT;
first and last names for many locales, Latin-script ones kept).

Each word gets one evidence class: "safe" when the name alone is evidence enough, or the
reason it needs more (see CLASSES); the runtime decides what "more" is.
"""

from __future__ import annotations

import importlib
import pkgutil
import re
from collections import Counter, defaultdict
from collections.abc import Iterable

from .jsonfile import Keyer
from .lexicon import common_words
from .petrarch import GROUP_WORDS, INSTITUTION_WORDS
from .policy import HONORIFICS, POLITICAL_TITLES, strip_title
from .records import Record
from .text import is_latin, tokens

CLASSES = {
    "safe": "a known name and nothing else: a name is enough evidence",
    "short": "one or two letters ('Al', 'Li', 'Jo'): needs a longer name beside it",
    "calendar": "a month or a weekday ('May', 'June', 'Sunday')",
    "title": "a title or honorific that introduces a name ('King', 'Sheikh', 'General')",
    "particle": "a name particle ('al', 'bin', 'Abu', 'van'): part of a name, never one alone",
    "state": "a state's name or demonym in patterns/generated/states.jsonl ('Jordan', 'Chad', 'German')",
    "place": "a capital, a first-level region or a city of 100,000 people or more ('Florence', "
    "'Paris'), unless four or more people of the sanctions and event lists bear the name ('Hassan', "
    "'Aden')",
    "common_word": "an English word more often written in lower case ('Will', 'Grant', 'Brown')",
}
# The first class that applies wins, so the most specific reason is kept.
PRECEDENCE = ("short", "calendar", "title", "particle", "state", "place", "common_word")
CALENDAR = frozenset(
    """january february march april may june july august september october november december
    monday tuesday wednesday thursday friday saturday sunday""".split()
)
# Nationalities whose UN entries put the family name in FIRST_NAME ('KIM', 'KYONG IL').
FAMILY_FIRST = frozenset({"PRK", "KOR", "CHN"})
WORD = re.compile(r"[a-z]+(?:'[a-z]+)*")
SOURCES = {
    "un": "UN Security Council consolidated list, individuals: FIRST_NAME is the given name, the "
    "last of SECOND/THIRD/FOURTH_NAME the family name, the ones between given (patronymic) names; "
    "Korean and Chinese nationals the other way round",
    "ofac": "OFAC SDN list, every individual (all programmes): 'LAST, First' names and aliases",
    "petrarch": "PETRARCH2 Phoenix.Countries and MilNonState people: first word given, last word "
    "family, names of two to four words without titles",
}


class NameWords:
    """word key -> {'given': sources, 'family': sources}, filled source by source."""

    def __init__(self, keyer: Keyer):
        self.keyer = keyer
        self.roles: dict[str, dict[str, set[str]]] = defaultdict(lambda: {"given": set(), "family": set()})

    def add(self, text: str, role: str, source: str) -> None:
        for word in self.keyer.words(text):
            if WORD.fullmatch(word):
                self.roles[word][role].add(source)

    def count(self, source: str) -> dict[str, int]:
        return {
            role: sum(1 for r in self.roles.values() if source in r[role]) for role in ("given", "family")
        }


def add_un(words: NameWords, fields: list[tuple[list[str], set[str]]]) -> None:
    for parts, nations in fields:
        if len(parts) == 1:
            words.add(parts[0], "given", "un")
            continue
        if nations & FAMILY_FIRST:
            words.add(parts[0], "family", "un")
            for part in parts[1:]:
                words.add(part, "given", "un")
            continue
        for part in parts[:-1]:
            words.add(part, "given", "un")
        words.add(parts[-1], "family", "un")


def add_ofac(words: NameWords, pairs: list[tuple[str, str]]) -> None:
    for family, given in pairs:
        words.add(given, "given", "ofac")
        words.add(family, "family", "ofac")


def petrarch_split(text: str) -> tuple[str, str] | None:
    """'HAMID KARZAI' -> ('HAMID', 'KARZAI'); None for titles alone, descriptions
    ('MOSCOW PARTY CHIEF BORIS N. YELTSIN') and single words."""
    text = strip_title(text)
    if text is None:
        return None
    toks = [t for t in tokens(text) if len(t.rstrip(".")) > 1]
    lows = {t.lower() for t in toks}
    if not 2 <= len(toks) <= 4 or lows & (GROUP_WORDS | INSTITUTION_WORDS | common_words()):
        return None
    return toks[0], toks[-1]


def add_petrarch(words: NameWords, people: Iterable[Record]) -> None:
    for rec in people:
        for alias in rec.aliases:
            if alias.quality in ("name", "good") and (split := petrarch_split(alias.text)):
                words.add(split[0], "given", "petrarch")
                words.add(split[1], "family", "petrarch")


def faker_names() -> tuple[str, list[tuple[str, str, str, str]]]:
    """(description, [(name, role, locale, gender)]) from every Faker person provider; gender
    is 'f' or 'm' where the provider's list says (``first_names_female``), else ''."""
    import faker
    import faker.providers.person as person

    out = []
    locales = sorted(m.name for m in pkgutil.iter_modules(person.__path__))
    used = []
    for locale in locales:
        provider = importlib.import_module(f"{person.__name__}.{locale}").Provider
        found = 0
        for attr in sorted(vars(provider)):
            m = re.fullmatch(r"(first|last)_(?:romanized_)?names(?:_\w+)?", attr)
            values = getattr(provider, attr)
            if not m or not isinstance(values, (list, tuple, dict)):
                continue
            role = "given" if m.group(1) == "first" else "family"
            gender = "f" if attr.endswith("_female") else "m" if attr.endswith("_male") else ""
            for name in values:
                if isinstance(name, str) and is_latin(name):
                    out.append((name, role, locale, gender))
                    found += 1
        if found:
            used.append(locale)
    desc = (
        f"Faker {faker.VERSION} (MIT) person providers, first and last names of the {len(used)} "
        f"locales with Latin-script names: {', '.join(used)}"
    )
    return desc, out


def add_faker(words: NameWords, names: list[tuple[str, str, str, str]]) -> None:
    for name, role, _, _ in names:
        words.add(name, role, "faker")


def faker_genders(keyer: Keyer, names: list[tuple[str, str, str, str]]) -> dict[str, str]:
    """Given-name word -> 'f' or 'm' where two Faker locales or more list the word as a given
    name and all for one gender ('Sara' f, 'Marco' m; 'Andrea' is both, so neither; 'Nikol',
    female in one locale only, is an Armenian man's name too): what a 'she' or 'he' may stand for."""
    seen: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    for name, role, locale, gender in names:
        if role == "given" and gender:  # ('first_names' is most often the two lists joined)
            for word in keyer.words(name):
                if WORD.fullmatch(word):
                    seen[word][gender].add(locale)
    return {word: next(iter(by)) for word, by in sorted(seen.items())
            if len(by) == 1 and len(next(iter(by.values()))) >= 2}


def title_words(keyer: Keyer) -> frozenset[str]:
    return frozenset(keyer.word(t) for t in POLITICAL_TITLES + HONORIFICS if " " not in t)


def classify(word: str, guards: dict[str, frozenset[str]]) -> str:
    if len(word) <= 2:
        return "short"
    for klass in PRECEDENCE[1:]:
        if word in guards[klass]:
            return klass
    return "safe"


def build_names(words: NameWords, guards: dict[str, frozenset[str]], faker_desc: str,
                genders: dict[str, str]) -> tuple[dict, dict]:
    """The names.json document and its report (words per source and role, per class)."""
    names = {word: classify(word, guards) for word in sorted(words.roles)}
    classes = Counter(names.values())
    roles = {
        role: {w: " ".join(sorted(r[role])) for w, r in sorted(words.roles.items()) if r[role]}
        for role in ("given", "family")
    }
    doc = {
        "description": "Given and family name words for recognising people by name shape. 'names': "
        "word -> its evidence class (see 'classes'); 'given' and 'family': word -> the sources that "
        "list it in that role, space-separated (see 'sources'). Keys: one word folded with "
        "pipeline.fold.fold_word and patterns/lexicon/spelling.json. Built by `briefs patterns "
        "build`; do not edit. 'gender': given-name word -> 'f' or 'm' where Faker's lists give it one "
        "gender only.",
        "classes": CLASSES,
        "sources": {**SOURCES, "faker": faker_desc},
        "names": names,
        **roles,
        "gender": {word: g for word, g in genders.items() if word in names},
    }
    report = {
        "words": len(names),
        "by_class": dict(sorted(classes.items())),
        "by_source": {src: words.count(src) for src in ("faker", "ofac", "petrarch", "un")},
    }
    return doc, report
