"""The gazetteer build: output format, determinism, coverage targets, and silence on
ordinary prose."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import spacy
from spacy.matcher import PhraseMatcher

from pipeline.gazetteer import build
from pipeline.gazetteer.build import _assign_ids
from pipeline.gazetteer.lexicon import package_versions
from pipeline.gazetteer.records import Actor
from pipeline.gazetteer.states import UN_MEMBERS
from pipeline.gazetteer.text import key

ROOT = Path(__file__).resolve().parents[1]
SOURCES = Path(__file__).resolve().parents[2] / "shared" / "gazetteers"
GENERATED = ROOT / "patterns" / "generated"
HAND = ROOT / "patterns" / "entities"
FALSE_FRIENDS = ROOT / "patterns" / "false_friends.jsonl"
LEXICON = ROOT / "patterns" / "lexicon"
PROSE = ROOT / "tests" / "data" / "prose"
PARTY_FACTS = ROOT / "patterns" / "sources" / "parties.csv"
FILES = (
    "states.jsonl", "groups.jsonl", "people.jsonl", "parties.jsonl", "MANIFEST.json",
    "lexicon/names.json", "lexicon/places.json", "lexicon/agents.json", "claims/cameo.jsonl",
)

needs_sources = pytest.mark.skipif(
    not SOURCES.is_dir(),
    reason=f"public name lists not found at {SOURCES} (../shared/gazetteers): "
    "fresh-build comparison skipped",
)

ALLOWED_KEYS = {
    "id",
    "label",
    "pattern",
    "name",
    "via",
    "case",
    "context",
    "source",
    "refs",
    "roles",
}


def read_lines(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


# ------------------------------------------------------------- tiny end-to-end build

MINI = {
    "un-sc-consolidated/consolidated_2018.xml": """<?xml version="1.0" encoding="UTF-8"?>
<CONSOLIDATED_LIST><INDIVIDUALS>
<INDIVIDUAL><FIRST_NAME>AYMAN</FIRST_NAME><SECOND_NAME>AL-ZAWAHIRI</SECOND_NAME>
<REFERENCE_NUMBER>QDi.006</REFERENCE_NUMBER>
<INDIVIDUAL_ALIAS><QUALITY>Low</QUALITY><ALIAS_NAME>Abu Mohammed</ALIAS_NAME></INDIVIDUAL_ALIAS>
<INDIVIDUAL_DATE_OF_BIRTH><DATE>1951-06-19</DATE></INDIVIDUAL_DATE_OF_BIRTH></INDIVIDUAL>
</INDIVIDUALS><ENTITIES>
<ENTITY><FIRST_NAME>ISLAMIC MOVEMENT OF UZBEKISTAN (IMU)</FIRST_NAME>
<REFERENCE_NUMBER>QDe.010</REFERENCE_NUMBER>
<ENTITY_ALIAS><QUALITY>a.k.a.</QUALITY><ALIAS_NAME>The Base</ALIAS_NAME></ENTITY_ALIAS></ENTITY>
</ENTITIES></CONSOLIDATED_LIST>
""",
    "ofac-sdn/sdn.csv": (
        '6725,"ISLAMIC MOVEMENT OF UZBEKISTAN",-0- ,"SDGT] [FTO",'
        + "-0- ," * 7
        + "-0- \n"
        + '2676,"AL-ZAWAHIRI, Ayman",individual,SDGT,'
        + "-0- ," * 7
        + '"DOB 19 Jun 1951."\n'
    ),
    "ofac-sdn/alt.csv": '6725,1,aka,"AFGHANISTAN",-0- \n',
    "petrarch2/Phoenix.Countries.actors.txt": (
        "AFGHANISTAN_  [AFG]\n+AFGHAN_\n+KABUL_\n\n"
        "HAMID_KARZAI_  # CountryInfo.txt\n+PRESIDENT_KARZAI_\n"
        "\t[AFGELI 750101-000101]\n\t[AFGGOV >011222]\n"
    ),
    "petrarch2/Phoenix.MilNonState.actors.txt": (
        "ISLAMIC_MOVEMENT_OF_UZBEKISTAN_ [KKLREB] # kkl\n\nTALIBAN_ [AFGREB]\n+TALEBAN_\n+BASE\n"
    ),
    "petrarch2/Phoenix.agents.txt": "!PERSON! = MAN, MEN\nCOMMANDER [~MIL]\nPOLICE {} [~COP]\nGUN!PERSON! [~UAF]\n",
    "petrarch2/CAMEO.2.0.verbs.txt": (
        "&WEAPON\n+ROCKET\n+MACHINE_GUN\n\n####### VERB PATTERNS #######\n\n"
        "---  ATTACK   [190]  ---\nATTACK\nAMBUSH\n- * (WITH &WEAPON)  [194]  # ATTACK\n\n"
        "---  PLEDGE   [030]  ---\nPLEDGE\nVOW\n- * SUPPORT  [051]  # PLEDGE\n"
    ),
}


@pytest.fixture(scope="module")
def mini_sources(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("mini")
    for rel, text in MINI.items():
        path = root / "src" / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(text.encode("latin-1" if rel.endswith(".csv") else "utf-8"))
    (root / "ff.jsonl").write_text('{"text": "Kabul", "reason": "city"}\n', encoding="utf-8")
    return root / "src"


MINI_MISP = {
    "misp_threat_actor": [{"uuid": "u1", "value": "Sandworm", "meta": {"synonyms": ["Dark Sea", "APT44"]}},
                          # a crew named like a place: its other names go with its name
                          {"uuid": "u3", "value": "Kandahar", "meta": {"synonyms": ["Zarbstorm"]}}],
    "misp_ransomware": [{"uuid": "u2", "value": "WannaCry"}],  # no leak site: malware, no crew
}


# parties kept from Party Facts (see pipeline/gazetteer/parties.py): made-up rows, one per case
MINI_PARTIES = """country,partyfacts_id,name_short,name,name_english,year_first,year_last
AFG,1,NDFA,Jabha-e Nawin,National Democratic Front of Afghanistan,2004,
AFG,2,NF,National Front,National Front,1990,
AFG,3,ISA,Ittihad Sabz,Green Union,2001,
AFG,4,ISA,Insaf Sabz Alliance,Green Justice Alliance,2003,
PAK,5,NDFA,Naya Daur Front,New Era Front,2010,
"""


def run_mini(sources: Path, out: Path) -> dict:
    misp = {}
    for name, values in MINI_MISP.items():
        misp[name] = sources / f"{name}.json"
        misp[name].write_text(json.dumps({"values": values}), encoding="utf-8")
    parties = sources.parent / "parties.csv"
    parties.write_text(MINI_PARTIES, encoding="utf-8")
    return build(sources, out, hand_dir=sources.parent / "no-hand", false_friends=sources.parent / "ff.jsonl",
                 lexicon_dir=LEXICON, prose_dir=PROSE, party_facts=parties, misp_paths=misp)


@pytest.fixture(scope="module")
def mini_build(mini_sources) -> tuple[dict, Path]:
    """One build of the fixture lists (a build takes about ten seconds: Faker's and GeoNames'
    data are read whatever the lists hold)."""
    out = mini_sources.parent / "out"
    return run_mini(mini_sources, out), out


def test_gazetteer_build_merges_and_filters_on_fixture_lists(mini_build):
    report, out = mini_build
    groups = read_lines(out / "groups.jsonl")
    imu = [g for g in groups if g["id"] == "group:islamic-movement-of-uzbekistan"]
    assert imu[0]["name"] == "Islamic Movement of Uzbekistan"
    assert imu[0]["refs"] == {"cameo": ["KKLREB"], "ofac": ["6725"], "un": ["QDe.010"]}
    assert imu[0]["source"] == ["cameo:KKLREB", "ofac:6725", "un:QDe.010"]
    surfaces = {g["pattern"] for g in groups}
    assert {"Islamic Movement of Uzbekistan", "IMU", "Taliban", "Taleban"} <= surfaces
    assert not {"The Base", "Base", "Afghanistan"} & surfaces  # generic, English word, state name
    people = read_lines(out / "people.jsonl")
    zawahiri = [p for p in people if "name" in p and p["refs"].get("un")]
    assert zawahiri[0]["refs"] == {"ofac": ["2676"], "un": ["QDi.006"]}
    assert "Abu Mohammed" not in {p["pattern"] for p in people}
    karzai = next(p for p in people if p.get("name") == "Hamid Karzai")
    assert karzai["roles"][1] == {
        "role": "government",
        "of": "AFG",
        "start": "2001-12-22",
        "end": None,
    }
    assert {p["pattern"] for p in people if p["id"] == karzai["id"]} == {"Hamid Karzai"}
    assert report["dropped"] == {"cyber_name_dropped": 1, "english_synonym": 1, "english_word": 1,
                                 "generic_kunya": 1, "generic_phrase": 1, "place_name": 1,
                                 "single_token_person": 1, "state_name": 1}
    assert "Zarbstorm" not in surfaces
    sandworm = {g["pattern"]: g.get("context") for g in groups if g["id"] == "group:sandworm"}
    assert sandworm == {"Sandworm": "cyber", "APT44": None}  # a tracking code stands alone
    assert not any(g["id"] == "group:wannacry" for g in groups)
    assert report["state_members"] == 193


def test_gazetteer_build_parties_need_their_country_and_a_name_of_their_own(mini_build):
    report, out = mini_build
    lines = read_lines(out / "parties.jsonl")
    surfaces = {line["pattern"]: line for line in lines}
    # a name and an acronym of its own, matched in exact case in a brief about Afghanistan
    assert {"NDFA", "Jabha-e Nawin", "National Democratic Front of Afghanistan", "Ittihad Sabz"} <= set(surfaces)
    ndfa = next(line for line in lines if line["pattern"] == "NDFA" and "afghanistan" in line["context"])
    assert ndfa["case"] == "exact" and ndfa["brief_sentences"] == 2
    # English words only ('National Front', 'Green Union'), two letters ('NF'), an acronym two
    # parties of one country share ('ISA') name no one
    assert not {"National Front", "NF", "Green Union", "ISA"} & set(surfaces)
    assert report["parties"]["dropped"]["shared_by_parties"] == 2
    # parties of two countries may share one: their contexts tell them apart
    assert sorted(line["context"][0] for line in lines if line["pattern"] == "NDFA") == ["afghan", "pakistan"]


def test_gazetteer_build_lexicons_on_fixture_lists(mini_build):
    report, out = mini_build
    cues = read_lines(out / "claims" / "cameo.jsonl")
    assert [c["id"] for c in cues] == [
        "cameo.030.pledge", "cameo.030.vow", "cameo.190.ambush", "cameo.190.attack", "cameo.194.attack.with_weapon",
    ]
    assert report["lexicons"]["cameo"]["dropped_no_claim_by_family"] == {"praise": 1}  # '- * SUPPORT [051]'
    agents = json.loads((out / "lexicon" / "agents.json").read_text(encoding="utf-8"))["agents"]
    assert sorted(agents) == ["commander", "commanders", "gunman", "gunmen", "police"]
    assert agents["gunmen"]["number"] == "plural" and agents["gunmen"]["singular"] == "gunman"
    names = json.loads((out / "lexicon" / "names.json").read_text(encoding="utf-8"))
    assert names["given"]["ayman"] == "faker ofac un" and names["family"]["zawahiri"] == "ofac un"
    assert names["given"]["hamid"] == "faker petrarch" and names["family"]["karzai"] == "petrarch"


def test_gazetteer_build_line_format(mini_build):
    _, out = mini_build
    for name in ("states.jsonl", "groups.jsonl", "people.jsonl"):
        text = (out / name).read_text(encoding="utf-8")
        lines = text.splitlines()
        seen_names: dict[str, int] = {}
        for raw in lines:
            obj = json.loads(raw)
            assert raw == json.dumps(obj, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
            assert set(obj) <= ALLOWED_KEYS and {"id", "label", "pattern"} <= set(obj)
            if "name" in obj:
                seen_names[obj["id"]] = seen_names.get(obj["id"], 0) + 1
                assert obj["refs"]
        ids = [json.loads(r)["id"] for r in lines]
        assert ids == sorted(ids)
        assert set(seen_names.values()) == {1} and set(seen_names) == set(ids)
        # The name line opens its actor.
        first_of = {}
        for raw in lines:
            first_of.setdefault(json.loads(raw)["id"], json.loads(raw))
        assert all("name" in obj for obj in first_of.values())


def test_gazetteer_build_rerun_is_byte_identical_on_fixture_lists(mini_sources, mini_build, tmp_path):
    _, first = mini_build
    run_mini(mini_sources, tmp_path / "again")
    for name in FILES:
        assert (first / name).read_bytes() == (tmp_path / "again" / name).read_bytes(), name


# ------------------------------------------------------------- the real lists


@pytest.fixture(scope="module")
def fresh(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("generated")
    build(SOURCES, out, hand_dir=HAND, false_friends=FALSE_FRIENDS, lexicon_dir=LEXICON, prose_dir=PROSE,
          party_facts=PARTY_FACTS)
    return out


@needs_sources
def test_gazetteer_build_committed_files_equal_fresh_build(fresh):
    recorded = json.loads((GENERATED / "MANIFEST.json").read_text(encoding="utf-8"))["packages"]
    if recorded != package_versions():
        pytest.skip(
            f"installed package data {package_versions()} differs from the build's {recorded}: "
            "rebuild with `python -m pipeline.gazetteer` to compare"
        )
    for name in FILES:
        assert (fresh / name).read_bytes() == (GENERATED / name).read_bytes(), (
            f"patterns/generated/{name} is stale: "
            "run `python -m pipeline.gazetteer --sources ../shared/gazetteers`"
        )


@needs_sources
def test_gazetteer_build_rerun_is_byte_identical(fresh, tmp_path):
    build(SOURCES, tmp_path, hand_dir=HAND, false_friends=FALSE_FRIENDS, lexicon_dir=LEXICON, prose_dir=PROSE,
          party_facts=PARTY_FACTS)
    for name in FILES:
        assert (tmp_path / name).read_bytes() == (fresh / name).read_bytes(), name


def test_gazetteer_build_meets_coverage_targets():
    actors: dict[str, dict] = {}
    for name in ("states.jsonl", "groups.jsonl", "people.jsonl"):
        for obj in read_lines(GENERATED / name):
            if "name" in obj:
                actors[obj["id"]] = obj
    by_label: dict[str, list[dict]] = {}
    for obj in actors.values():
        by_label.setdefault(obj["label"], []).append(obj)
    # near the committed build (2,747 groups, 1,136 of them from the MISP clusters; 19,239
    # people): a source dropped by mistake shows
    assert len(by_label["GROUP"]) >= 2700
    assert sum(1 for obj in by_label["GROUP"] if "misp" in obj["refs"]) >= 1100
    assert len(by_label["PERSON"]) >= 18000
    states = {obj["id"] for obj in by_label["STATE"]}
    assert {f"state:{c.lower()}" for c in UN_MEMBERS} <= states and len(UN_MEMBERS) == 193
    assert all(obj["refs"] and all(obj["refs"].values()) for obj in actors.values())
    # Every actor carries the ids of the lists it came from.
    assert all(
        set(obj["refs"]) & {"un", "ofac", "cameo", "misp"} for obj in by_label["GROUP"] + by_label["PERSON"]
    )


# ------------------------------------------------------------- ordinary prose


def _is_exact(line: dict) -> bool:
    # Same rule as the loader: 'auto' is exact for short or all-capital patterns.
    case = line.get("case", "auto")
    if case != "auto":
        return case == "exact"
    return len(line["pattern"]) <= 4 or not any(ch.islower() for ch in line["pattern"])


def test_gazetteer_patterns_find_nothing_in_ordinary_prose():
    files = sorted(PROSE.glob("*.txt"))
    assert len(files) >= 3
    words = sum(len(f.read_text(encoding="utf-8").split()) for f in files)
    assert words >= 3000

    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    exact = PhraseMatcher(nlp.vocab, attr="ORTH")
    loose = PhraseMatcher(nlp.vocab, attr="LOWER")
    lines = read_lines(GENERATED / "groups.jsonl") + read_lines(GENERATED / "people.jsonl")
    for i, line in enumerate(lines):
        (exact if _is_exact(line) else loose).add(str(i), [nlp.make_doc(line["pattern"])])

    found = []
    for path in files:
        doc = nlp(path.read_text(encoding="utf-8"))
        for matcher in (exact, loose):
            for match_id, start, end in matcher(doc):
                line = lines[int(nlp.vocab.strings[match_id])]
                span = doc[start:end]
                if matcher is loose and not any(ch.isupper() for ch in span.text):
                    continue  # the loader requires a capital letter for case-insensitive hits
                if "context" in line and not {t.lower_ for t in span.sent} & set(line["context"]):
                    continue
                found.append(f"{path.name}: {span.text!r} -> {line['id']} ({line['pattern']!r})")
    assert found == []


def test_gazetteer_build_alias_that_says_little_aligns_no_hand_id():
    """PETRARCH2 gives the INLA 'PLA' and "People's Liberation Army", which are China's army's
    hand-written surfaces; an acronym of the actor's own name still aligns ('ETIM')."""

    hand = {("GROUP", key("PLA")): {"group:pla"}, ("GROUP", key("People's Liberation Army")): {"group:pla"},
            ("GROUP", key("ETIM")): {"group:etim"}}
    slot = {"sources": {"cameo:X"}, "quality": "good"}
    inla = Actor("GROUP", "Irish National Liberation Army", {"PLA": slot, "People's Liberation Army": slot}, rank=(1,))
    etim = Actor("GROUP", "Eastern Turkistan Islamic Movement", {"ETIM": slot}, rank=(2,))
    _assign_ids([inla, etim], hand)
    assert (inla.id, etim.id) == ("group:irish-national-liberation-army", "group:etim")
