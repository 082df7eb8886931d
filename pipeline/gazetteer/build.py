"""Build patterns/generated/{states,groups,people}.jsonl, the lexicons (lexicons.py) and
MANIFEST.json.

The raw lists are read here and only here (never at extraction time), and the
output is a pure function of their bytes and the installed package data, so a
rerun writes byte-identical files.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections import Counter, defaultdict
from pathlib import Path

from . import cyber, parties, petrarch
from .jsonfile import dump_line
from .lexicon import english_words, package_versions, rare_english_words
from .lexicons import HAND_LEXICONS, LEXICON_SOURCES, Inputs, build_lexicons
from .lexicons import OUTPUTS as LEXICON_OUTPUTS
from .merge import merge
from .policy import (
    HONORIFICS,
    ROLE_CONTEXT,
    SECURITY_CONTEXT,
    NameStats,
    Policy,
    Verdict,
    strip_title,
)
from .records import Actor, Record
from .settle import collapse_case_variants, settle_shared_surfaces
from .sources import read_ofac, read_un
from .states import UN_MEMBERS, _stems, build_states
from .text import NAME_PARTICLES, display, key, slug

SOURCE_FILES = {
    "un": "un-sc-consolidated/consolidated_2018.xml",
    "ofac_sdn": "ofac-sdn/sdn.csv",
    "ofac_alt": "ofac-sdn/alt.csv",
    "petrarch_countries": "petrarch2/Phoenix.Countries.actors.txt",
    "petrarch_groups": "petrarch2/Phoenix.MilNonState.actors.txt",
    **LEXICON_SOURCES,
}
OUTPUTS = {"STATE": "states.jsonl", "GROUP": "groups.jsonl", "PERSON": "people.jsonl"}
PARTIES_OUTPUT = "parties.jsonl"
ORIGIN_RANK = {"un": 0, "ofac": 1, "cameo": 2, "misp-ransomware": 3, "misp-actor": 4}


# ---------------------------------------------------------------- reading


def _read_false_friends(path: Path) -> set[str]:
    if not path.exists():
        return set()
    out = set()
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            out.add(json.loads(line)["text"])
    return out


def _read_hand(hand_dir: Path) -> dict[tuple[str, str], set[str]]:
    """(label, key of surface or name) -> hand-written actor ids."""
    found: dict[tuple[str, str], set[str]] = defaultdict(set)
    if not hand_dir.is_dir():
        return found
    for path in sorted(hand_dir.glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            obj = json.loads(line)
            for text in (obj.get("pattern"), obj.get("name")):
                if isinstance(text, str) and obj.get("id") and obj.get("label"):
                    found[(obj["label"], key(text))].add(obj["id"])
    return found


def _acronyms(records: list[Record]) -> frozenset[str]:
    """Upper-case tokens the lists use on their own as names ('IRGC', 'PKK'),
    kept upper case when the rest of a name is proper-cased."""
    out = set()
    for rec in records:
        for alias in rec.aliases:
            bare = alias.text.replace(".", "")
            if bare.isalpha() and bare.isupper() and 2 <= len(bare) <= 6 and " " not in alias.text:
                if bare.lower() not in english_words():  # 'YOUTH' is a weak alias, not an acronym
                    out.add(bare)
    return frozenset(out)


def _person_surface(text: str, acronyms: frozenset[str]) -> str | None:
    # A title before a lone name ('President Karzai') is kept here so that the policy
    # drops it and counts it.
    text = strip_title(text) or text
    # People's names are never acronyms, but OFAC writes surnames in upper case.
    words = []
    for i, word in enumerate(text.split(" ")):
        if word.isupper() and len(word.replace(".", "")) > 1:
            word = display(word)
            if i > 0:  # 'AL-ZAWAHIRI' inside a name -> 'al-Zawahiri'
                word = re.sub(r"^(Al|El|Bin|Ibn|Bint)(?=-|$)", lambda m: m.group(1).lower(), word)
        words.append(word)
    return " ".join(words)


# ---------------------------------------------------------------- actors


def _actor_from(component: list[Record], acronyms: frozenset[str]) -> Actor:
    component = sorted(component, key=lambda r: (ORIGIN_RANK[r.origin], r.ident))
    label = component[0].label

    def surface(text: str) -> str | None:
        return _person_surface(text, acronyms) if label == "PERSON" else display(text, acronyms)

    actor = Actor(label, "")
    for rec in component:
        for alias in rec.aliases:
            for part in _split_slash(alias.text):
                if text := surface(part):
                    actor.add(text, alias.source, alias.quality)
        for kind, values in rec.refs.items():
            actor.refs.setdefault(kind, set()).update(values)
        actor.roles.extend(rec.roles)
        actor.countries |= rec.countries
    head = component[0]
    actor.name = surface(_split_slash(head.name)[0]) or display(head.name)
    actor.rank = (ORIGIN_RANK[head.origin], head.ident)
    return actor


def _names_a_person(
    text: str,
    slot: dict,
    actor: Actor,
    people_keys: set[str],
    names: NameStats,
    given: frozenset[str],
) -> bool:
    """PETRARCH codes a group's leaders as the group ('Hassan Nasrallah' under
    Hezbollah): such an alias would label a person GROUP."""
    if key(text) == key(actor.name):
        return False
    stripped = strip_title(text) or text
    if key(stripped) in people_keys:
        return True
    only_cameo = all(src.startswith("cameo:") for src in slot["sources"])
    if not only_cameo or set(key(stripped).split()) & petrarch.GROUP_WORDS:
        return False
    words = key(stripped).split()
    # A lone surname ('Nasrallah'), an honorific and a name ('Sheikh Nasrallah'), or a
    # given name and a surname ('Imad Mughniyah') from the event coder is a person.
    if len(words) == 1:
        return names.df[words[0]] >= 1
    if key(stripped) != key(text) or words[0] in HONORIFICS:
        return True
    return words[0] in given and len(words) <= 4


def _cyber_only(slot: dict) -> bool:
    """Whether an alias comes from the MISP clusters alone (judged by Policy.judge_cyber)."""
    return all(src.startswith("misp:") for src in slot["sources"])


def _split_slash(text: str) -> list[str]:
    """'Al Qa'ida/Islamic Army' names two aliases; 'Harakat ul-Jihad/Bangladesh' a name
    and its country (dropped later as a state name)."""
    parts = [p.strip() for p in text.split("/")]
    return parts if len(parts) > 1 and all(len(p) >= 3 for p in parts) else [text]


def _state_actors(blocks: list[petrarch.Block]) -> list[Actor]:
    actors = []
    for st in build_states(blocks):
        actor = Actor("STATE", st["name"])
        actor.id = f"state:{st['iso3'].lower()}"
        actor.refs = {"iso3166": {st["iso3"], st["alpha2"]}, "cameo": {st["iso3"]}}
        for text, srcs in st["names"].items():
            for src in srcs:
                actor.add(text, src, "name" if text == st["name"] else "good")
        for text, srcs in st["demonyms"].items():
            for src in srcs:
                actor.add(text, src, "good")
            actor.via[text] = "demonym"
        actor.rank = (0, st["iso3"])
        actors.append(actor)
    return actors


def _country_words(states: list[Actor]) -> dict[str, tuple[str, ...]]:
    """ISO3 -> distinctive lower-case words naming the country, for context lists."""
    out = {}
    for st in states:
        iso3 = st.id.split(":")[1].upper()
        words = set(_stems(st.name))
        words |= {key(d) for d in st.via if " " not in d}
        out[iso3] = tuple(sorted(w for w in words if w))
    return out


def _assign_ids(actors: list[Actor], hand: dict) -> int:
    """'group:<slug>' / 'person:<slug>', reusing a hand-written id when the actor's name or
    an alias is a hand-written surface of exactly one hand actor. An alias that says little
    (English words and other acronyms: PETRARCH2 gives the INLA 'PLA' and "People's Liberation
    Army", MISP a cyber group 'PLA Navy') aligns nothing; an acronym of the actor's own name
    does ('ETIM', 'FDLR')."""
    aligned = 0
    taken: set[str] = {a.id for a in actors if a.id}
    english = english_words()
    for actor in sorted((a for a in actors if not a.id), key=lambda a: (a.label, a.rank)):
        prefix = actor.label.lower()
        hits: set[str] = set()
        for text in [actor.name, *(a for a in actor.aliases if not _says_little(a, actor.name, english))]:
            hits |= {i for i in hand.get((actor.label, key(text)), ()) if i not in taken}
        if len(hits) == 1:
            actor.id = hits.pop()
            aligned += 1
        else:
            base = f"{prefix}:{slug(actor.name) or 'unnamed'}"
            actor.id, n = base, 2
            while actor.id in taken:
                actor.id, n = f"{base}-{n}", n + 1
        taken.add(actor.id)
    return aligned


def _says_little(alias: str, name: str, english: frozenset[str]) -> bool:
    """Whether an alias is made of English words and acronyms only, other than an acronym of
    ``name`` itself (its letters in order among the initials of the name's words)."""
    words = [w for w in re.split(r"[^\w]+", alias.replace("'s", "").replace("\u2019s", "")) if w]
    if not words or not all(w.lower() in english or w.isupper() for w in words):
        return False
    if len(words) == 1 and words[0].isupper():
        initials = iter(w[0].upper() for w in re.split(r"[\s-]+", name) if w)
        return not (words[0][0] == name[:1].upper() and all(ch in initials for ch in words[0]))
    return True


# ---------------------------------------------------------------- lines


def _line(actor: Actor, text: str, verdict: Verdict) -> dict:
    slot = actor.aliases[text]
    line = {
        "id": actor.id,
        "label": actor.label,
        "pattern": text,
        "source": sorted(slot["sources"]),
    }
    if verdict.case:
        line["case"] = verdict.case
    if verdict.context:
        ctx = verdict.context
        line["context"] = ctx if isinstance(ctx, str) else list(ctx)
    if actor.via.get(text) == "demonym":
        line["via"] = "demonym"
    return line


def _name_fields(actor: Actor) -> dict:
    fields = {
        "name": actor.name,
        "refs": {k: sorted(v) for k, v in sorted(actor.refs.items()) if v},
    }
    if actor.label == "PERSON" and actor.roles:
        uniq = {json.dumps(r, sort_keys=True) for r in actor.roles}
        roles = [json.loads(r) for r in uniq]
        fields["roles"] = sorted(
            roles, key=lambda r: (r["start"] or "", r["end"] or "", r["of"], r["role"])
        )
    return fields


def _sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


# ---------------------------------------------------------------- build


def build(
    sources: Path, out_dir: Path, *, hand_dir: Path, false_friends: Path, lexicon_dir: Path, prose_dir: Path,
    party_facts: Path, misp_paths: dict[str, Path] | None = None,
) -> dict:
    """Read the lists under `sources`, write the generated pattern files and lexicons to
    `out_dir`, and return a report: actors and patterns per label, drops per reason, and the
    lexicons' counts. `lexicon_dir` holds the hand-written spelling table and CAMEO mapping,
    `prose_dir` the ordinary prose the claim-cue policy is measured on; `party_facts` the
    parties' facts kept from Party Facts (parties.py); `misp_paths` the MISP galaxy cluster
    files (by default those of the installed pymispgalaxies)."""
    paths = {name: sources / rel for name, rel in SOURCE_FILES.items()}
    misp_paths = cyber.cluster_paths() if misp_paths is None else misp_paths
    missing = [str(p) for p in [*paths.values(), *misp_paths.values(), party_facts] if not p.exists()]
    if missing:
        raise FileNotFoundError(f"gazetteer sources missing: {', '.join(missing)}")

    un = read_un(paths["un"])
    ofac = read_ofac(paths["ofac_sdn"], paths["ofac_alt"])
    country_people = petrarch.read_country_people(paths["petrarch_countries"])
    people_first = [r for r in un + ofac + country_people if r.label == "PERSON"]
    person_keys = frozenset(
        key(a.text) for r in people_first for a in r.aliases if a.quality != "low"
    )
    firsts = Counter(key(r.name).split()[0] for r in people_first if key(r.name))
    for particle in NAME_PARTICLES:
        firsts.pop(particle, None)  # 'Al ...' starts people's and groups' names alike
    given = frozenset(t for t, n in firsts.items() if n >= 3)
    militant = petrarch.read_groups(paths["petrarch_groups"], person_keys, given)
    records = un + ofac + country_people + militant
    acronyms = _acronyms([r for r in records if r.label == "GROUP"])
    records += cyber.read_misp(misp_paths)  # after the acronyms: 'APT' is no group's acronym

    names = NameStats()
    for rec in records:
        if rec.label == "PERSON":
            names.add([a.text for a in rec.aliases if a.quality in ("name", "good")])
    people_keys = {
        key(_person_surface(a.text, acronyms) or "")
        for r in records
        if r.label == "PERSON"
        for a in r.aliases
        if a.quality in ("name", "good")
    } - {""}
    policy = Policy(_read_false_friends(false_friends), names)

    def distinctive(label: str):
        def check(text: str, quality: str) -> str | None:
            if label == "PERSON":
                text = _person_surface(text, acronyms) or ""
            verdict = policy.judge(text, label, quality)
            if verdict.keep and verdict.reason in ("ok", "english_word_exact"):
                return "strong"
            if verdict.keep and "acronym" not in verdict.reason:
                return "weak"  # plain-English names join only name to name
            return None

        return check

    actors: list[Actor] = []
    for label in ("GROUP", "PERSON"):
        recs = [r for r in records if r.label == label]
        actors += [_actor_from(c, acronyms) for c in merge(recs, distinctive(label))]
    country_blocks = petrarch.read_country_blocks(paths["petrarch_countries"])
    states = _state_actors(country_blocks)
    aligned = _assign_ids(states + actors, _read_hand(hand_dir))
    actors = states + actors
    country_words = _country_words(states)

    # Per-alias verdicts.
    dropped: Counter = Counter()
    restricted: Counter = Counter()
    kept: dict[str, dict[str, Verdict]] = {}
    for actor in actors:
        ctx: tuple[str, ...] = ()
        if actor.label == "PERSON":
            # Leaders are named near their office and country; designated people near
            # the vocabulary of violence and sanctions.
            cw = tuple(w for c in sorted(actor.countries) for w in country_words.get(c, ()))
            designated = bool(actor.refs.get("un") or actor.refs.get("ofac"))
            ctx = tuple(sorted(set(ROLE_CONTEXT + cw + (SECURITY_CONTEXT if designated else ()))))
        verdicts = {}
        for text, slot in actor.aliases.items():
            curated = actor.label == "STATE" and "curated" in slot["sources"]
            if _cyber_only(slot):
                verdict = policy.judge_cyber(text, slot["quality"], cyber.place_keys())
            else:
                verdict = policy.judge(text, actor.label, slot["quality"], ctx)
            if (
                verdict.keep
                and actor.label == "GROUP"
                and _names_a_person(text, slot, actor, people_keys, names, given)
            ):
                verdict = Verdict(False, "person_name")
            if curated and not verdict.keep and verdict.reason == "too_short":
                verdict = Verdict(True, "curated_abbreviation", "exact")  # 'US', 'UK'
            if verdict.keep:
                verdicts[text] = verdict
                if verdict.reason != "ok":
                    restricted[verdict.reason] += 1
            else:
                dropped[verdict.reason] += 1
        if all(_cyber_only(slot) for slot in actor.aliases.values()) and actor.name not in verdicts:
            for verdict in verdicts.values():  # (counted once: as dropped, no longer as restricted)
                if verdict.reason != "ok":
                    restricted[verdict.reason] -= 1
            dropped["cyber_name_dropped"] += len(verdicts)
            verdicts = {}  # 'Cuba' the ransomware is Cuba the state: its other names ('Fidel') go too
        kept[actor.id] = verdicts

    settle_shared_surfaces(actors, kept, dropped)
    collapse_case_variants(actors, kept)

    # Write.
    out_dir.mkdir(parents=True, exist_ok=True)
    report: dict = {
        "actors": {},
        "patterns": {},
        "dropped": {},
        "restricted": {},
        "actors_without_patterns": {},
    }
    for label, filename in OUTPUTS.items():
        lines = []
        empty = 0
        for actor in sorted((a for a in actors if a.label == label), key=lambda a: a.id):
            verdicts = kept[actor.id]
            if not verdicts:
                empty += 1
                continue
            rows = sorted(
                (_line(actor, t, v) for t, v in verdicts.items()), key=lambda r: r["pattern"]
            )
            first = next((r for r in rows if r["pattern"] == actor.name), rows[0])
            first.update(_name_fields(actor))
            rows.remove(first)
            lines += [dump_line(first)] + [dump_line(r) for r in rows]
            report["actors"][label] = report["actors"].get(label, 0) + 1
        report["patterns"][label] = len(lines)
        report["actors_without_patterns"][label] = empty
        (out_dir / filename).write_text("".join(line + "\n" for line in lines), encoding="utf-8")
    # Parties: a brief about their country may name them (parties.py); the lists' and the
    # hand-written names stay theirs.
    taken = {key(text) for verdicts in kept.values() for text in verdicts} | {k for _, k in _read_hand(hand_dir)}
    places = cyber.place_keys()
    party_lines, party_drops = parties.party_lines(
        parties.read_parties(party_facts), country_words=country_words, taken=taken, english=english_words(),
        is_place=places.__contains__, is_name=lambda k: " " not in k and names.df[k] >= 1,
        ids_taken={a.id for a in actors}, rare=rare_english_words())
    (out_dir / PARTIES_OUTPUT).write_text("".join(dump_line(line) + "\n" for line in party_lines), encoding="utf-8")
    report["parties"] = {"actors": sum(1 for line in party_lines if "name" in line), "patterns": len(party_lines),
                         "dropped": dict(sorted(party_drops.items()))}
    people = [r for r in records if r.label == "PERSON" and r.origin == "cameo"]
    report["lexicons"] = build_lexicons(
        Inputs(lexicon_dir, prose_dir, people, names.df, country_blocks), out_dir, paths
    )
    report["dropped"] = dict(sorted(dropped.items()))
    report["restricted"] = dict(sorted((+restricted).items()))
    report["aligned_to_hand_ids"] = aligned
    report["state_members"] = sum(
        1 for a in states if kept[a.id] and a.id.split(":")[1].upper() in set(UN_MEMBERS)
    )
    manifest = {
        "generator": "pipeline.gazetteer.build",
        "sources": [
            {
                "name": name,
                "path": rel,
                "sha256": _sha256(paths[name]),
                "bytes": paths[name].stat().st_size,
            }
            for name, rel in SOURCE_FILES.items()
        ]
        + [
            {
                "name": name,
                "path": f"pymispgalaxies:clusters/{path.name}",
                "sha256": _sha256(path),
                "bytes": path.stat().st_size,
            }
            for name, path in sorted(misp_paths.items())
        ]
        + [
            {
                "name": "party_facts",
                "path": "patterns/sources/parties.csv (partyfactsdata: import/elecglob/partyfacts-core-parties.csv)",
                "sha256": _sha256(party_facts),
                "bytes": party_facts.stat().st_size,
            }
        ],
        "packages": package_versions(),
        # Hand-written ids are reused (see _assign_ids), so those files are inputs too.
        "hand_patterns": {p.name: _sha256(p) for p in sorted(hand_dir.glob("*.jsonl"))}
        if hand_dir.is_dir()
        else {},
        "false_friends_sha256": _sha256(false_friends) if false_friends.exists() else None,
        "hand_lexicons": {name: _sha256(lexicon_dir / name) for name in HAND_LEXICONS},
        "prose": {p.name: _sha256(p) for p in sorted(prose_dir.glob("*.txt"))},
        "files": {f: _sha256(out_dir / f) for f in sorted([*OUTPUTS.values(), PARTIES_OUTPUT, *LEXICON_OUTPUTS])},
        "report": report,
    }
    (out_dir / "MANIFEST.json").write_text(
        json.dumps(manifest, indent=2, sort_keys=True) + "\n", encoding="utf-8"
    )
    return report
