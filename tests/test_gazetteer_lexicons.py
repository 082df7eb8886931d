"""The committed lexicons under patterns/generated/ (places, agents, CAMEO cues) and the
build report that MANIFEST.json keeps for them."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from pipeline.patterns import DEFAULT_PATTERNS_DIR, load_bundle

GENERATED = DEFAULT_PATTERNS_DIR / "generated"


@pytest.fixture(scope="module")
def bundle():
    return load_bundle()


@pytest.fixture(scope="module")
def report() -> dict:
    return json.loads((GENERATED / "MANIFEST.json").read_text(encoding="utf-8"))["report"]["lexicons"]


CAPITALS = [
    ("moscow", "state:rus", "safe"),
    ("kyiv", "state:ukr", "safe"),
    ("kiev", "state:ukr", "safe"),  # the PETRARCH2 spelling beside GeoNames' own
    ("tehran", "state:irn", "safe"),
    ("teheran", "state:irn", "safe"),
    ("beijing", "state:chn", "safe"),
    ("nay pyi taw", "state:mmr", "safe"),
    ("naypyitaw", "state:mmr", "safe"),  # the same name once spaces are dropped
    ("taipei", "state:twn", "safe"),  # a state beyond the UN members
    ("east jerusalem", "state:pse", "safe"),
    ("male", "state:mdv", "common_word"),
    ("washington", "state:usa", "person_name"),
]


@pytest.mark.parametrize("key,state,klass", CAPITALS, ids=[c[0] for c in CAPITALS])
def test_lexicons_capitals_act_for_their_state(bundle, key, state, klass):
    capital = bundle.places.capitals[key]
    assert (capital.state, capital.klass) == (state, klass)


NOT_CAPITALS = [("exonym-of-other-language", "mosca"), ("unrelated-alternate-name", "ariel"), ("a-city", "kandahar")]


@pytest.mark.parametrize("key", [c[1] for c in NOT_CAPITALS], ids=[c[0] for c in NOT_CAPITALS])
def test_lexicons_capitals_leave_out_other_names(bundle, key):
    assert key not in bundle.places.capitals


def test_lexicons_places_hold_cities_and_regions_with_sources(bundle):
    places = bundle.places.places
    assert places["kabul"] == "city AFG geonames:1138958 | region AFG iso3166-2:AF-KAB"
    assert "region USA iso3166-2:US-TX" in places["texas"]
    assert places["port - au - prince"].startswith("city HTI ")  # keyed as the tokenizer splits it
    assert "lake chad" not in places  # a lake is no city or region


AGENTS = [
    ("commander", ["MIL"], "singular", "commander"),
    ("commanders", ["MIL"], "plural", "commander"),
    ("spokesman", ["MED"], "singular", "spokesman"),
    ("spokesmen", ["MED"], "plural", "spokesman"),  # from the !PERSON! substitution
    ("police", ["COP"], "singular", "police"),  # '{}': no plural
    ("militants", ["UAF"], "plural", "militant"),
    ("insurgents", ["REB"], "plural", "insurgent"),
    ("opposition leader", ["OPP"], "singular", "opposition leader"),
    ("minister for defence", ["GOV", "MIL"], "singular", "minister for defence"),
]


@pytest.mark.parametrize("key,sectors,number,singular", AGENTS, ids=[a[0] for a in AGENTS])
def test_lexicons_agents_carry_sector_codes_and_number(bundle, key, sectors, number, singular):
    agent = bundle.agents.agents[key]
    assert (agent.sectors, agent.number, agent.singular) == (sectors, number, singular)


def test_lexicons_agents_name_every_sector(bundle):
    used = {s for a in bundle.agents.agents.values() for s in a.sectors}
    assert used == set(bundle.agents.sectors)


CUES = [
    ("cameo.190.attack", "ATTACKS", "needs_context"),
    ("cameo.030.pledge", None, "ok"),
    ("cameo.112.accuse", "CONDEMNS", "ok"),
    ("cameo.075.grant.asylum", "HOSTS", "ok"),
    ("cameo.054.grant.recognition", "RECOGNIZES", "ok"),
]


@pytest.mark.parametrize("ident,relation,safety", CUES, ids=[c[0] for c in CUES])
def test_lexicons_cameo_cues(bundle, ident, relation, safety):
    cue = {c.item.id: c.item for c in bundle.cues}[ident]
    assert (cue.relation, cue.safety) == (relation, safety)
    assert cue.source[0].startswith("petrarch2/CAMEO.2.0.verbs.txt:")


def test_lexicons_cameo_cues_never_from_dropped_families(bundle):
    dropped = {f.id for f in bundle.cameo_map.families if f.claim is None}
    assert {bundle.cameo_map.family(c.item.code).id for c in bundle.cues}.isdisjoint(dropped)


def test_lexicons_cameo_policy_counts_add_up(bundle, report):
    cues = [c.item for c in bundle.cues]
    cameo = report["cameo"]
    assert cameo["cues"] == len(cues) == sum(cameo["by_safety"].values())
    assert cameo["by_safety"]["needs_context"] == sum(1 for c in cues if c.safety == "needs_context")
    assert cameo["dropped"]["no_claim"] == sum(cameo["dropped_no_claim_by_family"].values())
    # near the committed build (4,262 cues, 183 needing context): a lost source or a loose
    # threshold shows
    assert 4000 <= len(cues) <= 4500 and 150 <= cameo["by_safety"]["needs_context"] <= 300


def test_lexicons_counts_near_committed_build(report):
    assert report["names"]["words"] >= 55000
    assert all(report["names"]["by_source"][s]["given"] > 500 for s in ("faker", "ofac", "petrarch", "un"))
    assert report["places"]["states_with_capital"] >= 195
    assert report["agents"]["keys"] >= 5000


def test_lexicons_load_only_when_built(tmp_path):
    import shutil

    root = tmp_path / "patterns"
    shutil.copytree(DEFAULT_PATTERNS_DIR, root, ignore=shutil.ignore_patterns("generated"))
    bundle = load_bundle(root)
    assert (bundle.names, bundle.places, bundle.agents, bundle.cues) == (None, None, None, [])
    assert bundle.spelling["qaeda"] == "qaida"


def test_lexicons_files_are_small_enough_to_load_at_every_build():
    sizes = {p.name: p.stat().st_size for p in Path(GENERATED).glob("*/*.json*")}
    assert set(sizes) == {"names.json", "places.json", "agents.json", "casing.json", "cameo.jsonl"}
    assert sum(sizes.values()) < 8_000_000
