"""The full pipeline over ordinary prose: no group or person from the generated gazetteer.

tests/data/prose holds over 3,000 words of sport, business and science writing of our own,
full of capitalised names, companies and teams. The gazetteer's thousands of aliases from
sanctions lists must leave it alone (issue: safety against false matches).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.patterns import load_bundle
from pipeline.records import NAME_VIAS

PROSE = sorted((Path(__file__).parent / "data" / "prose").glob("*.txt"))


@pytest.fixture(scope="module")
def generated_ids() -> set[str]:
    bundle = load_bundle()
    hand = {loc.item.id for loc in bundle.entities if loc.origin == "hand"}
    return {loc.item.id for loc in bundle.generated} - hand


def test_false_matches_prose_is_long_enough():
    assert sum(len(p.read_text(encoding="utf-8").split()) for p in PROSE) >= 3000


@pytest.mark.parametrize("path", PROSE, ids=[p.stem for p in PROSE])
def test_false_matches_no_generated_group_or_person(extract, generated_ids, path):
    records = extract(path.read_text(encoding="utf-8"), source=path.name)
    hits = [
        (e["id"], m["text"])
        for e in records if e["kind"] == "entity" and e["label"] in {"GROUP", "PERSON"}
        for m in e["mentions"] if e["id"] in generated_ids and m["via"] in NAME_VIAS
    ]
    assert hits == []


def test_false_matches_false_friend_is_no_name_by_its_shape_either(extract):
    """'Line Up Front' has a group name's shape (capitalised words headed by 'Front'); the
    false-friends list keeps shapes out as it keeps gazetteer names out."""
    records = extract("Bottom Line Up Front: The army holds Dilling. The front is quiet.")
    assert [e["name"] for e in records if e["kind"] == "entity"] == []
