"""The MISP galaxy reader (pipeline/gazetteer/cyber.py), on hand-made cluster files."""

from __future__ import annotations

import json

from pipeline.gazetteer.cyber import read_misp


def _cluster(path, values):
    path.write_text(json.dumps({"values": values}), encoding="utf-8")
    return path


def test_gazetteer_cyber_ransomware_brand_needs_a_leak_site(tmp_path):
    ransomware = _cluster(tmp_path / "ransomware.json", [
        {"uuid": "b", "value": "WannaCry", "meta": {"synonyms": ["WCRY"]}},
        {"uuid": "a", "value": "ransomhub", "meta": {"links": ["http://x.onion"], "synonyms": ["RansomHub 2"]}},
    ])
    actors = _cluster(tmp_path / "threat-actor.json", [])
    records = read_misp({"misp_ransomware": ransomware, "misp_threat_actor": actors})
    assert [(r.name, r.origin, [a.text for a in r.aliases]) for r in records] == [
        ("Ransomhub", "misp-ransomware", ["Ransomhub", "RansomHub 2"])]


def test_gazetteer_cyber_threat_actor_keeps_its_synonyms_with_their_source(tmp_path):
    ransomware = _cluster(tmp_path / "ransomware.json", [])
    actors = _cluster(tmp_path / "threat-actor.json", [
        {"uuid": "u1", "value": "Sandworm", "meta": {"synonyms": ["Voodoo Bear", "APT44"]}}])
    [record] = read_misp({"misp_ransomware": ransomware, "misp_threat_actor": actors})
    assert [(a.text, a.source, a.quality) for a in record.aliases] == [
        ("Sandworm", "misp:u1", "name"), ("Voodoo Bear", "misp:u1", "good"), ("APT44", "misp:u1", "good")]
    assert record.refs == {"misp": {"u1"}}
