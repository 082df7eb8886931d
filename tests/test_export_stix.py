"""``briefs export stix``: every bundle the tests make is held to the OASIS validator."""

from __future__ import annotations

import json
import re
import shutil
import sys
import uuid
from collections import Counter

import pytest
import stix2
from stix2validator import ValidationOptions, validate_string
from typer.testing import CliRunner

import pipeline.export
from pipeline.cli import app
from pipeline.export.stix import DNI_TERMS, NAMESPACE, build, serialize
from pipeline.records import Relation
from pipeline.review.outputs import read_output, read_outputs
from tests.conftest import OUTPUTS, ROOT
from tests.factories import claim, document, entity, likelihood, output

runner = CliRunner()
# The validator's warnings the README explains: 103, ids are UUIDv5 (derived, so a re-import
# deduplicates) where STIX suggests v4; 401, custom properties rather than extensions (what
# OpenCTI and MISP read). Any other warning is a change to explain there first.
EXPLAINED_WARNINGS = {"103", "401"}


def validate(text: str) -> Counter:
    """Warning codes of a bundle that must pass the validator with no errors."""
    result = validate_string(text, ValidationOptions(version="2.1"))
    assert result.is_valid and not result.errors, [str(e) for e in result.errors or []]
    return Counter(re.search(r"\{(\d+)\}", str(w)).group(1) for w in result.warnings or [])


def objects_of(text: str) -> list[dict]:
    return json.loads(text)["objects"]


def by_type(objects: list[dict], kind: str) -> list[dict]:
    return [o for o in objects if o["type"] == kind]


def export_text(*outputs) -> str:
    return serialize(build(list(outputs)).bundle())


@pytest.fixture(scope="module")
def corpus_bundle(tmp_path_factory) -> str:
    path = tmp_path_factory.mktemp("stix") / "bundle.json"
    result = runner.invoke(app, ["export", "stix", str(OUTPUTS), "--out", str(path)])
    assert result.exit_code == 0, result.output
    return path.read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def corpus_outputs():
    return list(read_outputs(OUTPUTS))


# --------------------------------------------------------------------------- the corpus bundle


def test_export_stix_corpus_bundle_passes_the_validator(corpus_bundle):
    assert set(validate(corpus_bundle)) <= EXPLAINED_WARNINGS


def test_export_stix_round_trips_through_stix2_parse(corpus_bundle):
    parsed = stix2.parse(corpus_bundle, allow_custom=True)
    assert isinstance(parsed, stix2.Bundle)
    assert serialize(parsed) == corpus_bundle


def test_export_stix_second_export_is_byte_identical(corpus_bundle, tmp_path):
    again = tmp_path / "again.json"
    assert runner.invoke(app, ["export", "stix", str(OUTPUTS), "--out", str(again)]).exit_code == 0
    assert again.read_text(encoding="utf-8") == corpus_bundle


def test_export_stix_counts_per_type_match_the_outputs(corpus_bundle, corpus_outputs):
    objects = objects_of(corpus_bundle)
    claims = [c for o in corpus_outputs for c in o.claims.values()]
    actors = {e["id"]: e for o in corpus_outputs for e in o.entities.values()}
    states_with_code = {i for i, e in actors.items()
                        if e["label"] == "STATE" and any(len(c) == 2 for c in (e["refs"] or {}).get("iso3166", []))}
    counts = Counter(o["type"] for o in objects)
    assert counts["report"] == len(corpus_outputs)
    assert counts["relationship"] == sum(c["type"] == "relationship" for c in claims)
    assert counts["note"] == sum(c["type"] != "relationship" for c in claims)
    assert counts["location"] == len(states_with_code)
    assert counts["threat-actor"] + counts["identity"] + counts["location"] == len(actors)
    assert set(counts) == {"report", "relationship", "note", "location", "threat-actor", "identity"}
    assert {o["x_briefs_id"] for o in objects if "x_briefs_id" in o} == set(actors)


def test_export_stix_each_report_holds_its_brief(corpus_bundle, corpus_outputs):
    objects = {o["id"]: o for o in objects_of(corpus_bundle)}
    reports = {o["x_briefs_doc_id"]: o for o in objects.values() if o["type"] == "report"}
    for out in corpus_outputs:
        report = reports[out.doc_id]
        refs = [objects[i] for i in report["object_refs"]]
        assert sorted(r["x_briefs_id"] for r in refs if "x_briefs_id" in r) == sorted(out.entities)
        assert [r["x_briefs_claim_id"] for r in refs if "x_briefs_claim_id" in r] == list(out.claims)
        assert report["name"] == (out.document["title"] or out.document["source"])
        [source] = report["external_references"]
        assert source["hashes"] == {"SHA-256": out.document["sha256"]}
        assert source["external_id"] == out.document["source"]


def test_export_stix_ids_are_uuid5_of_project_ids(corpus_bundle):
    for obj in objects_of(corpus_bundle):
        if "x_briefs_id" in obj:
            assert obj["id"] == f"{obj['type']}--{uuid.uuid5(NAMESPACE, 'actor:' + obj['x_briefs_id'])}"
        elif "x_briefs_claim_id" in obj:
            key = f"claim:{obj['x_briefs_evidence']['doc_id']}:{obj['x_briefs_claim_id']}"
            assert obj["id"] == f"{obj['type']}--{uuid.uuid5(NAMESPACE, key)}"


def test_export_stix_claims_carry_provenance(corpus_bundle, corpus_outputs):
    claims = {(o.doc_id, c["id"]): c for o in corpus_outputs for c in o.claims.values()}
    exported = [o for o in objects_of(corpus_bundle) if "x_briefs_claim_id" in o]
    assert len(exported) == len(claims)
    for obj in exported:
        evidence = obj["x_briefs_evidence"]
        record = claims[evidence["doc_id"], obj["x_briefs_claim_id"]]
        assert (evidence["start"], evidence["end"]) == (record["evidence"]["start"], record["evidence"]["end"])
        assert obj["x_briefs_rule"] == record["rule"]
        assert obj["x_briefs_patterns_version"] == record["patterns_version"]
        text = obj["description"] if obj["type"] == "relationship" else obj["content"]
        assert text == record["evidence"]["text"]


def test_export_stix_undated_brief_is_the_epoch_and_marked(corpus_bundle, corpus_outputs):
    undated = [o.doc_id for o in corpus_outputs if o.document["date"] is None]
    assert undated, "the corpus has a brief without a date"
    for report in by_type(objects_of(corpus_bundle), "report"):
        if report["x_briefs_doc_id"] in undated:
            assert report["published"].startswith("1970-01-01T00:00:00") and report["x_briefs_undated"] is True
        else:
            assert "x_briefs_undated" not in report and not report["published"].startswith("1970")


def test_export_stix_per_brief_bundles(tmp_path, corpus_bundle, corpus_outputs):
    folder = tmp_path / "per"
    result = runner.invoke(app, ["export", "stix", str(OUTPUTS), "--per-brief", str(folder)])
    assert result.exit_code == 0, result.output
    assert sorted(p.stem for p in folder.iterdir()) == [o.doc_id for o in corpus_outputs]
    combined = {o["id"]: o for o in objects_of(corpus_bundle)}
    for path in sorted(folder.iterdir()):
        text = path.read_text(encoding="utf-8")
        assert set(validate(text)) <= EXPLAINED_WARNINGS
        objects = objects_of(text)
        [report] = by_type(objects, "report")
        assert report["x_briefs_doc_id"] == path.stem
        assert sorted(report["object_refs"]) == sorted(o["id"] for o in objects if o["type"] != "report")
        # an actor is the same object in every bundle that holds it
        assert all(o == combined[o["id"]] for o in objects)


# --------------------------------------------------------------------------- mapping rules

GROUP, STATE, PERSON = ("group:g", "Group G"), ("state:s", "Statia"), ("person:p", "Pat Person")
STATE_REFS = {"iso3166": ["SS", "SSS"], "un": [], "cameo": ["SSS"]}


def small(*claims, refs=STATE_REFS, date="2024-05-01"):
    return output(document(date=date), entity(*GROUP, refs={"un": ["QDe.1"], "ofac": ["77"]}),
                  entity(*STATE, refs=refs), entity(*PERSON), *claims)


def exported(*claims, **kw) -> dict[str, list[dict]]:
    text = export_text(small(*claims, **kw))
    assert set(validate(text)) <= EXPLAINED_WARNINGS
    objects = objects_of(text)
    return {kind: by_type(objects, kind) for kind in ("threat-actor", "identity", "location", "relationship", "note")}


def named(objects: list[dict], name: str) -> dict:
    return next(o for o in objects if o.get("name") == name)


def test_export_stix_actor_types_and_references():
    got = exported()
    group = named(got["threat-actor"], "Group G")
    assert {(r["source_name"], r["external_id"]) for r in group["external_references"]} == {
        ("un-security-council-consolidated-list", "QDe.1"), ("ofac-sdn-list", "77")}
    state = named(got["location"], "Statia")
    assert state["country"] == "SS"
    person = named(got["identity"], "Pat Person")
    assert person["identity_class"] == "individual"


def test_export_stix_state_without_iso_code_is_a_government_identity():
    got = exported(refs={"cameo": ["SSS"]})
    assert got["location"] == []
    state = named(got["identity"], "Statia")
    assert (state["identity_class"], state["sectors"]) == ("organization", ["government-national"])


PEOPLE = {
    "leads_a_group": (dict(relation="LEADS", actor=PERSON[0], target=GROUP[0]), True),
    "belongs_to_a_group": (dict(relation="AFFILIATED_WITH", actor=PERSON[0], target=GROUP[0]), True),
    "attacks_a_state": (dict(relation="ATTACKS", actor=PERSON[0], target=STATE[0]), True),
    "leads_a_state": (dict(relation="LEADS", actor=PERSON[0], target=STATE[0]), False),
    "denied_leading": (dict(relation="LEADS", actor=PERSON[0], target=GROUP[0], polarity="negative"), False),
    "questioned_leading": (dict(relation="LEADS", actor=PERSON[0], target=GROUP[0], modality="questioned"), False),
    "attacked_by_a_group": (dict(relation="ATTACKS", actor=GROUP[0], target=PERSON[0]), False),
}


@pytest.mark.parametrize("case", PEOPLE, ids=list(PEOPLE))
def test_export_stix_person_is_a_threat_actor_where_the_text_makes_them_one(case):
    fields, threat = PEOPLE[case]
    got = exported(claim("relationship", fields.pop("actor"), fields.pop("target"), **fields))
    if threat:
        assert named(got["threat-actor"], "Pat Person")["resource_level"] == "individual"
        assert all(o["name"] != "Pat Person" for o in got["identity"])
    else:
        assert named(got["identity"], "Pat Person")["identity_class"] == "individual"


RELATIONSHIPS = {
    "group_attacks_state": (("ATTACKS", GROUP[0], STATE[0], "positive", "stated"), ("targets", "Group G", "Statia")),
    "group_attacks_person": (("ATTACKS", GROUP[0], PERSON[0], "positive", "reported"),
                             ("targets", "Group G", "Pat Person")),
    "state_hosts_group": (("HOSTS", STATE[0], GROUP[0], "positive", "stated"), ("located-at", "Group G", "Statia")),
    "denied_attack": (("ATTACKS", GROUP[0], STATE[0], "negative", "stated"), ("related-to", "Group G", "Statia")),
    "conditional_attack": (("ATTACKS", GROUP[0], STATE[0], "positive", "conditional"),
                           ("related-to", "Group G", "Statia")),
    "state_attacks_group": (("ATTACKS", STATE[0], GROUP[0], "positive", "stated"),
                            ("related-to", "Statia", "Group G")),
    "group_hosts_group": (("HOSTS", GROUP[0], GROUP[0], "positive", "stated"), ("related-to", "Group G", "Group G")),
    "supports": (("SUPPORTS", STATE[0], GROUP[0], "positive", "stated"), ("related-to", "Statia", "Group G")),
}


@pytest.mark.parametrize("case", RELATIONSHIPS, ids=list(RELATIONSHIPS))
def test_export_stix_relationship_types(case):
    (relation, actor, target, polarity, modality), (kind, source_name, target_name) = RELATIONSHIPS[case]
    got = exported(claim("relationship", actor, target, relation=relation, polarity=polarity, modality=modality))
    [sro] = got["relationship"]
    names = {o["id"]: o["name"] for kind_ in ("threat-actor", "identity", "location") for o in got[kind_]}
    assert (sro["relationship_type"], names[sro["source_ref"]], names[sro["target_ref"]]) == (
        kind, source_name, target_name)
    assert sro["x_briefs_relation"] == relation
    assert (sro["x_briefs_polarity"], sro["x_briefs_modality"]) == (polarity, modality)
    assert sro.get("x_briefs_reversed", False) is (kind == "located-at")


@pytest.mark.parametrize("band", sorted(DNI_TERMS) + ["unspecified", "none"])
def test_export_stix_assessment_band_maps_to_the_dni_scale(band):
    expected = {"almost_no_chance": 5, "very_unlikely": 15, "unlikely": 30, "even_chance": 50, "likely": 70,
                "very_likely": 85, "almost_certain": 95}.get(band)
    got = exported(claim("assessment", GROUP[0], likelihood=likelihood(band)))
    [note] = got["note"]
    assert note.get("confidence") == expected and note.get("likelihood") == expected
    assert (note["note_types"], note["labels"]) == (["assessment"], ["assessment"])
    assert note["x_briefs_likelihood"]["band"] == band
    assert note["authors"] == ["TEST NOTE"]


def test_export_stix_pledge_is_an_external_note_on_its_actor():
    got = exported(claim("pledge", GROUP[0], polarity="negative"))
    [note] = got["note"]
    assert (note["note_types"], note["labels"]) == (["external"], ["pledge"])
    assert note["abstract"].startswith("Pledge by Group G: ")
    assert note["object_refs"][0] == named(got["threat-actor"], "Group G")["id"]
    assert note["x_briefs_polarity"] == "negative" and note["x_briefs_content"]


def test_export_stix_relationship_without_actor_is_a_note():
    got = exported(claim("relationship", None, GROUP[0], relation="SUPPORTS"))
    assert got["relationship"] == []
    [note] = got["note"]
    assert note["x_briefs_relation"] == "SUPPORTS" and note["labels"] == ["relationship"]


def test_export_stix_carries_analytic_confidence_when_present():
    out = small(claim("assessment", GROUP[0]))
    out.claims["c-1"]["confidence"] = "high"  # a field newer outputs will have
    [note] = by_type(objects_of(export_text(out)), "note")
    assert note["x_briefs_confidence"] == "high"
    older = by_type(objects_of(export_text(small(claim("assessment", GROUP[0])))), "note")
    assert "x_briefs_confidence" not in older[0]


def test_export_stix_actor_merged_across_briefs():
    first = output(document("a", date="2023-01-02"), {**entity(*GROUP, doc_id="a"), "aliases": ["GG"]})
    second = output(document("b", date="2024-03-04"), {**entity(*GROUP, doc_id="b"), "aliases": ["Gee"]})
    undated = output(document("c", date=None), entity(*GROUP, doc_id="c"))
    objects = objects_of(export_text(first, second, undated))
    [group] = by_type(objects, "threat-actor")
    assert group["aliases"] == ["GG", "Gee"]
    assert (group["created"][:10], group["modified"][:10]) == ("2023-01-02", "2024-03-04")
    assert len(by_type(objects, "report")) == 3


def test_export_stix_brief_with_nothing_has_no_report():
    empty = output(document("empty"))
    result = build([empty, small()])
    assert result.empty == ["empty"] and [b.doc_id for b in result.briefs] == ["t"]


def test_export_stix_bad_date_is_named_and_left_out():
    bad = output(document("bad", date="March 2023"), entity(*GROUP, doc_id="bad"), label="bad.jsonl")
    result = build([bad, small()])
    assert result.errors == ["bad.jsonl:1: date 'March 2023' is not an ISO 8601 date"]
    assert [b.doc_id for b in result.briefs] == ["t"]


# --------------------------------------------------------------------------- command line


def test_export_stix_cli_names_a_bad_output_and_exports_the_rest(tmp_path):
    folder = tmp_path / "out"
    folder.mkdir()
    shutil.copy(OUTPUTS / "001_sahel_jnim.jsonl", folder)
    (folder / "002_cut.jsonl").write_bytes((OUTPUTS / "002_horn_shabaab.jsonl").read_bytes()[:700])
    bundle = tmp_path / "bundle.json"
    result = runner.invoke(app, ["export", "stix", str(folder), "--out", str(bundle)])
    assert result.exit_code == 1
    assert f"{folder / '002_cut.jsonl'}:" in result.output
    [report] = by_type(objects_of(bundle.read_text(encoding="utf-8")), "report")
    assert report["x_briefs_doc_id"] == "001_sahel_jnim"


def test_export_stix_cli_to_standard_output(tmp_path):
    result = runner.invoke(app, ["export", "stix", str(OUTPUTS / "003_levant_hezbollah.jsonl")])
    assert result.exit_code == 0, result.output
    text = result.stdout
    assert text == export_text(read_output(OUTPUTS / "003_levant_hezbollah.jsonl"))


def test_export_stix_cli_out_and_per_brief_exclude_each_other(tmp_path):
    result = runner.invoke(app, ["export", "stix", str(OUTPUTS), "--out", str(tmp_path / "b.json"),
                                 "--per-brief", str(tmp_path / "per")])
    assert result.exit_code == 2
    assert not (tmp_path / "b.json").exists() and not (tmp_path / "per").exists()


def test_export_stix_readme_maps_every_relation():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    table = readme.split("<!-- relation mapping -->", 2)[1]
    rows = {line.split("|")[1].strip().strip("`") for line in table.splitlines() if line.startswith("| `")}
    assert rows == set(Relation.__args__)


def test_export_stix_without_stix2_is_one_line(tmp_path, monkeypatch):
    monkeypatch.setitem(sys.modules, "stix2", None)  # import stix2 now raises ImportError
    monkeypatch.delitem(sys.modules, "pipeline.export.stix")
    monkeypatch.delattr(pipeline.export, "stix")  # so that the command imports it afresh
    result = runner.invoke(app, ["export", "stix", str(OUTPUTS), "--out", str(tmp_path / "b.json")])
    assert result.exit_code == 1
    assert result.output.strip().splitlines() == [
        "error: briefs export stix needs the stix2 library (stix2 is missing): pip install 'briefs[stix]'"]
    assert not (tmp_path / "b.json").exists()
