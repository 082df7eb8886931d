"""Build the lexicons under patterns/generated/: lexicon/{names,places,agents,casing}.json and
claims/cameo.jsonl, after the actor files (the states they read are written first)."""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from pipeline.patterns import CameoMap, SpellingTable, load_json_file

from . import cameo, casing, names, places
from .agents import build_agents
from .cues import CueBuilder, Prose
from .jsonfile import Keyer, dump_lexicon, dump_line
from .lexicon import common_words, frequent_nouns, lemma_lookup, lexeme_probs, package_versions
from .petrarch import Block
from .policy import NameStats
from .records import Record
from .sources import ofac_person_names, un_name_fields
from .text import NAME_PARTICLES

LEXICON_SOURCES = {
    "petrarch_verbs": "petrarch2/CAMEO.2.0.verbs.txt",
    "petrarch_agents": "petrarch2/Phoenix.agents.txt",
}
HAND_LEXICONS = ("spelling.json", "cameo_claims.json")
OUTPUTS = ("lexicon/names.json", "lexicon/places.json", "lexicon/agents.json", "lexicon/casing.json",
           "claims/cameo.jsonl")


@dataclass
class Inputs:
    """What the lexicon build reads besides the list files the actor build already read."""

    lexicon_dir: Path  # patterns/lexicon (spelling.json, cameo_claims.json)
    prose_dir: Path  # tests/data/prose
    people: list[Record]  # PETRARCH people, as the actor build read them
    name_df: Counter  # name token -> how many people of the lists bear it (policy.NameStats)
    country_blocks: list[Block]  # Phoenix.Countries blocks


def _states(paths: list[Path], keyer: Keyer) -> tuple[dict[str, str], frozenset[str]]:
    """From the generated and the hand-written states.jsonl: ISO alpha-3 (or the code a
    state without one is known by, 'XKX' for Kosovo) -> state id, and the one-word keys of its
    names and demonyms ('jordan', 'german'); a hand-written state gets its capital too."""
    ids, words = {}, set()
    for path in paths:
        if not path.exists():
            continue
        for raw in path.read_text(encoding="utf-8").splitlines():
            if not raw.strip():
                continue
            line = json.loads(raw)
            if line.get("label", "STATE") != "STATE" or not line["id"].startswith("state:"):
                continue
            ids[line["id"].split(":")[1].upper()] = line["id"]
            if isinstance(line.get("pattern"), str) and len(k := keyer.words(line["pattern"])) == 1:
                words.add(k[0])
    return ids, frozenset(words)


def build_lexicons(inputs: Inputs, out_dir: Path, source_paths: dict[str, Path]) -> dict:
    """Write the four lexicon files into ``out_dir`` and return their report."""
    root = inputs.lexicon_dir.parent
    spelling = load_json_file(inputs.lexicon_dir / "spelling.json", SpellingTable, root).table()
    cmap: CameoMap = load_json_file(inputs.lexicon_dir / "cameo_claims.json", CameoMap, root)
    keyer = Keyer(spelling)
    lemmas = lemma_lookup()

    words = names.NameWords(keyer)
    names.add_un(words, un_name_fields(source_paths["un"]))
    names.add_ofac(words, ofac_person_names(source_paths["ofac_sdn"], source_paths["ofac_alt"]))
    names.add_petrarch(words, inputs.people)
    faker_desc, faker_names = names.faker_names()
    names.add_faker(words, faker_names)

    state_ids, state_words = _states([out_dir / "states.jsonl", root / "entities" / "states.jsonl"], keyer)
    versions = package_versions()
    places_doc, places_report, prominent = places.build_places(
        keyer, state_ids, inputs.country_blocks, set(words.roles), common_words(), versions
    )
    list_names = {keyer.word(t) for t, n in inputs.name_df.items() if n >= NameStats.threshold}
    guards = {
        "calendar": names.CALENDAR,
        "title": names.title_words(keyer),
        "particle": frozenset(keyer.word(p) for p in NAME_PARTICLES),
        "state": state_words,
        "place": prominent - list_names,
        "common_word": common_words(),
    }
    names_doc, names_report = names.build_names(words, guards, faker_desc, names.faker_genders(keyer, faker_names))
    agents_doc, agents_report = build_agents(source_paths["petrarch_agents"], keyer, lemmas)

    dictionary = cameo.parse(source_paths["petrarch_verbs"].read_text(encoding="utf-8", errors="replace"), lemmas)
    prose = Prose([p.read_text(encoding="utf-8") for p in sorted(inputs.prose_dir.glob("*.txt"))], keyer,
                  cmap.window)
    cues = CueBuilder(cmap, keyer, lemmas, prose, frequent_nouns(cmap.noun_min_log_prob))
    cues.read(dictionary)
    lines = cues.lines()

    casing_doc = casing.casing(lexeme_probs())
    for rel, doc in (("lexicon/names.json", names_doc), ("lexicon/places.json", places_doc),
                     ("lexicon/agents.json", agents_doc), ("lexicon/casing.json", casing_doc)):
        (out_dir / rel).parent.mkdir(parents=True, exist_ok=True)
        (out_dir / rel).write_text(dump_lexicon(doc), encoding="utf-8")
    (out_dir / "claims").mkdir(parents=True, exist_ok=True)
    (out_dir / "claims" / "cameo.jsonl").write_text("".join(dump_line(x) + "\n" for x in lines), encoding="utf-8")
    return {
        "names": names_report,
        "places": places_report,
        "agents": agents_report,
        "casing": casing.report(casing_doc),
        "cameo": cues.report(dictionary, lines),
    }
