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
    ("empty-context", '{"id": "group:x", "label": "GROUP", "pattern": "Xanadu Crew", "context": []}', "context is empty"),
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


# ------------------------------------------------------------- lexicons

NAMES_OK = {
    "description": "d", "classes": {"safe": "s"}, "sources": {"un": "u"},
    "names": {"ayman": "safe", "zawahiri": "safe"}, "given": {"ayman": "un"}, "family": {"zawahiri": "un"},
    "gender": {},
}
CUE_OK = {
    "id": "cameo.190.attack", "type": "relationship", "relation": "ATTACKS", "cameo": "19", "code": "190",
    "direction": "forward", "lemma": "attack", "forms": ["attack"], "block": "attack", "verb": "ATTACK",
    "source": ["petrarch2/CAMEO.2.0.verbs.txt:1"], "safety": "ok", "prose": 0,
}


def _lexicon_file(data: dict) -> str:
    """One entry per line, as the build writes them, so errors have distinct lines."""
    from pipeline.gazetteer.jsonfile import dump_lexicon

    return dump_lexicon(data)


BAD_LEXICONS = [
    ("names-unknown-class", "names", {**NAMES_OK, "names": {"ayman": "safe", "zawahiri": "famous"}},
     "patterns/generated/lexicon/names.json:15 [zawahiri]: names.zawahiri: Input should be"),
    ("names-unknown-field", "names", {**NAMES_OK, "colour": "red"}, "names.json:5: colour: Extra inputs"),
    ("names-key-not-folded", "names", {**NAMES_OK, "names": {"Ayman": "safe", "zawahiri": "safe"},
                                        "given": {"Ayman": "un"}},
     "names.json:14 [Ayman]: names: key 'Ayman' is not a folded lower-case word"),
    ("names-key-is-a-variant", "names", {**NAMES_OK, "names": {"qaeda": "safe", "zawahiri": "safe"}, "given": {}},
     "[qaeda]: names: key 'qaeda' is a spelling variant of 'qaida'"),
    ("names-role-without-name", "names", {**NAMES_OK, "family": {"zawahiri": "un", "omar": "un"}},
     "names.json:7 [omar]: family: 'omar' is not in names"),
    ("names-gender-without-name", "names", {**NAMES_OK, "gender": {"omar": "m"}},
     "[omar]: gender: 'omar' is not in names"),
    ("names-bad-gender", "names", {**NAMES_OK, "gender": {"ayman": "x"}}, "[ayman]: gender.ayman: Input should be"),
    ("names-bad-source", "names", {**NAMES_OK, "given": {"ayman": "wikipedia"}}, "[ayman]: given.ayman: String should match"),
    ("places-bad-record", "places", {"description": "d", "sources": {}, "capitals": {},
                                     "places": {"kabul": "town AFG geonames:1"}},
     "places.json:5 [kabul]: places.kabul: String should match"),
    ("agents-unnamed-sector", "agents", {"description": "d", "source": "s", "sectors": {"MIL": "military"},
                                         "agents": {"police": {"codes": ["~COP"], "sectors": ["COP"], "number": "singular",
                                                               "singular": "police", "lines": [1]}}},
     "agents.json:3 [police]: sector 'COP' is not in sectors"),
]


@pytest.mark.parametrize("name,data,message", [b[1:] for b in BAD_LEXICONS], ids=[b[0] for b in BAD_LEXICONS])
def test_patterns_bad_generated_lexicon_is_named(patterns_copy, name, data, message):
    path = patterns_copy / "generated" / "lexicon" / f"{name}.json"
    path.parent.mkdir(parents=True)
    path.write_text(_lexicon_file(data), encoding="utf-8")
    with pytest.raises(PatternError) as info:
        load_bundle(patterns_copy)
    assert message in str(info.value)
    assert str(info.value).startswith(f"patterns/generated/lexicon/{name}.json:")


BAD_CUES = [
    ("unknown-key", {**CUE_OK, "colour": "red"}, "Extra inputs are not permitted"),
    ("relation-on-pledge", {**CUE_OK, "type": "pledge"}, "a relationship cue needs a relation, and only it"),
    ("root-not-of-code", {**CUE_OK, "cameo": "18"}, "cameo 18 is not the root of code 190"),
    ("reasons-without-flag", {**CUE_OK, "reasons": ["light_verb"]}, "reasons are given exactly when"),
    ("duplicate-id", CUE_OK, "duplicate rule id (first at patterns/generated/claims/cameo.jsonl:1)"),
]


@pytest.mark.parametrize("line,message", [b[1:] for b in BAD_CUES], ids=[b[0] for b in BAD_CUES])
def test_patterns_bad_cue_line_is_named(patterns_copy, line, message):
    path = patterns_copy / "generated" / "claims" / "cameo.jsonl"
    path.parent.mkdir(parents=True)
    path.write_text(json.dumps(CUE_OK) + "\n" + json.dumps(line) + "\n", encoding="utf-8")
    with pytest.raises(PatternError) as info:
        load_bundle(patterns_copy)
    assert str(info.value).startswith("patterns/generated/claims/cameo.jsonl:2 [cameo.190.attack]: ")
    assert message in str(info.value)


def test_patterns_spelling_in_two_groups_is_named(patterns_copy):
    path = patterns_copy / "lexicon" / "spelling.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    data["variants"][1]["spellings"].append("qaeda")
    path.write_text(json.dumps(data, indent=1), encoding="utf-8")
    with pytest.raises(PatternError) as info:
        load_bundle(patterns_copy)
    assert str(info.value).startswith("patterns/lexicon/spelling.json:")
    assert "spelling 'qaeda' is also in group 'qaida'" in str(info.value)


def test_patterns_missing_spelling_table_is_an_error(patterns_copy):
    (patterns_copy / "lexicon" / "spelling.json").unlink()
    with pytest.raises(PatternError, match="spelling.json: missing"):
        load_bundle(patterns_copy)


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


def test_patterns_unknown_word_list_is_named(patterns_copy):
    rule = {"id": "relationship.bad_list", "type": "relationship", "description": "names a list that is not there",
            "relation": "LEADS", "pattern": [{"LOWER": "chief"}, {"ORTH": {"IN": "$no_such_list"}}],
            "examples": [{"text": "The chief spoke."}]}
    number = _append(patterns_copy / "claims" / "relationships.jsonl", json.dumps(rule))
    with pytest.raises(PatternError) as info:
        load_bundle(patterns_copy)
    assert str(info.value).startswith(f"patterns/claims/relationships.jsonl:{number} [relationship.bad_list]: ")
    assert "unknown word list '$no_such_list'" in str(info.value)


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


def test_patterns_unknown_named_context_is_named(patterns_copy):
    number = _append(patterns_copy / "entities" / "groups.jsonl",
                     '{"id": "group:x", "label": "GROUP", "pattern": "Xanadu Crew", "context": "nosuch"}')
    with pytest.raises(PatternError) as info:
        load_bundle(patterns_copy)
    assert str(info.value).startswith(f"patterns/entities/groups.jsonl:{number} [group:x]")
    assert "context 'nosuch' is not named in lexicon/contexts.json" in str(info.value)


def test_patterns_bad_named_context_is_named(patterns_copy):
    path = patterns_copy / "lexicon" / "contexts.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    data["cyber"]["brief_sentences"] = -1
    path.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(PatternError, match=r"^patterns/lexicon/contexts.json \[cyber\]: brief_sentences"):
        load_bundle(patterns_copy)
