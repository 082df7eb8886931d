"""Pattern files are validated at load: every error names file, line and id."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from pipeline.components.actors import read_mentions
from pipeline.patterns import DEFAULT_PATTERNS_DIR, PatternError, load_bundle


@pytest.fixture()
def patterns_copy(tmp_path) -> Path:
    root = tmp_path / "patterns"
    shutil.copytree(DEFAULT_PATTERNS_DIR, root, ignore=shutil.ignore_patterns("generated"))
    return root


def _append(path: Path, line: str) -> int:
    existing = path.read_text(encoding="utf-8").splitlines()
    path.write_text("\n".join(existing + [line]) + "\n", encoding="utf-8")
    return len(existing) + 1


BAD_ENTITY_LINES = [
    ("not-json", '{"id": "group:x", "label": "GROUP", "pattern": "X"', "not valid JSON"),
    ("unknown-key", '{"id": "group:x", "label": "GROUP", "pattern": "X", "colour": "red"}', "Extra inputs are not permitted"),
    ("unknown-label", '{"id": "group:x", "label": "CITY", "pattern": "X"}', "unknown label 'CITY'"),
    ("bad-id", '{"id": "Not An Id", "label": "GROUP", "pattern": "X"}', "String should match pattern"),
    ("empty-pattern", '{"id": "group:x", "label": "GROUP", "pattern": " "}', "pattern is empty"),
    ("duplicate-pattern", '{"id": "group:taliban", "label": "GROUP", "pattern": "Taliban"}', "duplicate pattern 'Taliban'"),
    ("label-contradiction", '{"id": "group:taliban", "label": "STATE", "pattern": "Talibania"}', "contradicts GROUP"),
    ("duplicate-actor-id", '{"id": "group:taliban", "label": "GROUP", "pattern": "Taleban movement", "name": "Taliban"}', "duplicate actor id"),
]


@pytest.mark.parametrize("line,message", [b[1:] for b in BAD_ENTITY_LINES], ids=[b[0] for b in BAD_ENTITY_LINES])
def test_patterns_bad_entity_line_is_named(patterns_copy, line, message):
    number = _append(patterns_copy / "entities" / "groups.jsonl", line)
    with pytest.raises(PatternError) as info:
        load_bundle(patterns_copy)
    text = str(info.value)
    assert text.startswith(f"patterns/entities/groups.jsonl:{number}")
    assert message in text


def test_patterns_error_names_the_pattern_id(patterns_copy):
    _append(patterns_copy / "entities" / "groups.jsonl", '{"id": "group:x", "label": "GROUP", "pattern": "X", "via": "nick"}')
    with pytest.raises(PatternError, match=r"\[group:x\]"):
        load_bundle(patterns_copy)


def test_patterns_duplicate_rule_id_is_rejected(patterns_copy):
    path = patterns_copy / "claims" / "pledges.jsonl"
    first = json.loads(path.read_text(encoding="utf-8").splitlines()[0])
    number = _append(path, json.dumps(first))
    with pytest.raises(PatternError) as info:
        load_bundle(patterns_copy)
    assert f"pledges.jsonl:{number} [{first['id']}]: duplicate rule id" in str(info.value)


def test_patterns_rule_without_examples_is_rejected(patterns_copy):
    rule = {"id": "pledge.bare", "type": "pledge", "description": "no examples", "pattern": [{"LOWER": "x"}], "examples": []}
    _append(patterns_copy / "claims" / "pledges.jsonl", json.dumps(rule))
    with pytest.raises(PatternError, match=r"\[pledge.bare\]: examples"):
        load_bundle(patterns_copy)


def test_patterns_missing_directory_is_an_error(tmp_path):
    with pytest.raises(PatternError, match="patterns directory not found"):
        load_bundle(tmp_path / "nowhere")


def test_patterns_version_changes_with_content(patterns_copy):
    before = load_bundle(patterns_copy).version
    _append(patterns_copy / "entities" / "groups.jsonl", '{"id": "group:new-front", "label": "GROUP", "pattern": "New Front"}')
    assert load_bundle(patterns_copy).version != before


def test_patterns_every_claim_family_has_negative_cases():
    bundle = load_bundle(DEFAULT_PATTERNS_DIR)
    families = {loc.item.type for loc in bundle.claims}
    with_negatives = {loc.item.type for loc in bundle.claims if loc.item.negatives}
    assert {"pledge", "assessment", "relationship"} <= families
    assert {"pledge", "assessment", "relationship"} <= with_negatives


def test_patterns_bad_relation_in_a_rule_is_rejected(patterns_copy):
    path = patterns_copy / "claims" / "relationships.jsonl"
    first = json.loads(path.read_text(encoding="utf-8").splitlines()[0])
    first.update(id="relationship.typo", relation="HOSTTS")
    number = _append(path, json.dumps(first))
    with pytest.raises(PatternError) as info:
        load_bundle(patterns_copy)
    assert f"relationships.jsonl:{number} [relationship.typo]: relation" in str(info.value)


def test_patterns_hand_written_win_over_generated(nlp):
    # 'Hezbollah' is a generated alias too; the hand-written actor keeps its id and name.
    doc = nlp("Hezbollah fired rockets.")
    assert [(m.actor_id, doc._.actors[m.actor_id]["name"]) for m in read_mentions(doc)] == [
        ("group:hezbollah", "Hezbollah")]


@pytest.mark.parametrize("char", ["\x85", "\u2028", "\u2029"], ids=["next-line", "line-separator", "paragraph-separator"])
def test_patterns_line_holding_a_unicode_line_break_loads(patterns_copy, char):
    line = json.dumps({"id": "group:new-front", "label": "GROUP", "pattern": f"New{char}Front"}, ensure_ascii=False)
    number = _append(patterns_copy / "entities" / "groups.jsonl", line)
    bundle = load_bundle(patterns_copy)
    found = [loc for loc in bundle.entities if loc.item.id == "group:new-front"]
    assert [(loc.line, loc.item.pattern) for loc in found] == [(number, f"New{char}Front")]


UNSAFE_LINES = [
    ("entity-catastrophic", "entities/groups.jsonl",
     {"id": "group:aaa", "label": "GROUP", "pattern": [{"TEXT": {"REGEX": "(a+)+$"}}]}, "can backtrack catastrophically"),
    ("entity-invalid", "entities/groups.jsonl",
     {"id": "group:aaa", "label": "GROUP", "pattern": [{"LOWER": {"REGEX": "(unclosed"}}]}, "invalid regular expression"),
    ("claim-catastrophic", "claims/pledges.jsonl",
     {"id": "pledge.aaa", "type": "pledge", "description": "a bad rule", "pattern": [{"LOWER": {"REGEX": "(a|aa)+$"}}],
      "examples": [{"text": "aaa"}]}, "can backtrack catastrophically"),
]


@pytest.mark.parametrize("file,obj,reason", [u[1:] for u in UNSAFE_LINES], ids=[u[0] for u in UNSAFE_LINES])
def test_patterns_unsafe_regex_is_named(patterns_copy, file, obj, reason):
    number = _append(patterns_copy / file, json.dumps(obj))
    with pytest.raises(PatternError) as info:
        load_bundle(patterns_copy)
    assert str(info.value).startswith(f"patterns/{file}:{number} [{obj['id']}]: ")
    assert reason in str(info.value)


def test_patterns_missing_claim_rules_are_an_error(patterns_copy):
    shutil.rmtree(patterns_copy / "claims")
    with pytest.raises(PatternError) as info:
        load_bundle(patterns_copy)
    assert str(info.value) == (
        "patterns/claims: no pledge, assessment, relationship, attribution rules (a claims/*.jsonl file missing?); "
        'to leave a family out on purpose, say so in patterns/omitted.json, e.g. {"pledge": "why this set has none"}')


def test_patterns_one_missing_family_is_named(patterns_copy):
    (patterns_copy / "claims" / "pledges.jsonl").unlink()
    with pytest.raises(PatternError, match=r"^patterns/claims: no pledge rules"):
        load_bundle(patterns_copy)


def test_patterns_families_omitted_on_purpose_load(patterns_copy):
    (patterns_copy / "claims" / "pledges.jsonl").unlink()
    (patterns_copy / "omitted.json").write_text('{"pledge": "this set tracks relationships only"}', encoding="utf-8")
    bundle = load_bundle(patterns_copy)
    assert bundle.omitted == {"pledge": "this set tracks relationships only"}
    assert "pledge" not in {loc.item.type for loc in bundle.claims}


def test_patterns_omitted_family_that_has_rules_is_an_error(patterns_copy):
    (patterns_copy / "omitted.json").write_text('{"pledge": "none"}', encoding="utf-8")
    with pytest.raises(PatternError, match=r"omitted.json \[pledge\]: declared omitted, but claims/ has rules"):
        load_bundle(patterns_copy)
