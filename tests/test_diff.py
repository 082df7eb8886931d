"""``briefs diff``: a semantic diff of two sets of outputs, keyed by stable ids."""

from __future__ import annotations

import copy
import json
import shutil
import subprocess
from pathlib import Path

import pytest
from rich.console import Console
from typer.testing import CliRunner

from pipeline.cli import app
from pipeline.review.diff import diff_git, diff_paths, print_diff

BASE = ("JNIM has cooperated with Ansar Dine in central Mali. "
        "The Taliban hosts the IMU in Afghanistan.")
# One more sentence: a new JNIM mention and a new assessment claim.
LONGER = BASE + " JNIM will very likely expand."
OTHER = "The Taliban hosts the IMU in Afghanistan."


def write(path: Path, records: list[dict]) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    lines = [json.dumps(r, sort_keys=True) + "\n" for r in records]
    path.write_text("".join(lines), encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def base(extract):
    return extract(BASE, source="brief.txt")


def claim(records: list[dict], relation: str) -> dict:
    return next(r for r in records if r["kind"] == "claim" and r["relation"] == relation)


def entity(records: list[dict], ident: str) -> dict:
    return next(r for r in records if r["kind"] == "entity" and r["id"] == ident)


def brief_of(result: dict, name: str = "brief") -> dict:
    return next(b for b in result["briefs"] if b["brief"] == name)


def render(result: dict) -> str:
    console = Console(record=True, width=400, color_system=None)
    print_diff(console, result)
    return console.export_text()


def test_diff_identical_folders_unchanged(tmp_path, base, extract):
    for side in ("old", "new"):
        write(tmp_path / side / "brief.jsonl", base)
        write(tmp_path / side / "other.jsonl", extract(OTHER, source="other.txt"))
    result = diff_paths(tmp_path / "old", tmp_path / "new")
    assert result["changed"] is False
    assert result["briefs"] == []
    assert result["summary"]["briefs"]["unchanged"] == 2
    assert render(result).strip() == "no differences"


def test_diff_identical_files_unchanged(tmp_path, base):
    result = diff_paths(write(tmp_path / "a.jsonl", base), write(tmp_path / "b.jsonl", base))
    assert result["changed"] is False


def test_diff_added_and_removed_claims(tmp_path, base, extract):
    longer = extract(LONGER, source="brief.txt")
    result = diff_paths(write(tmp_path / "old" / "brief.jsonl", base),
                        write(tmp_path / "new" / "brief.jsonl", longer))
    added = brief_of(result)["claims"]["added"]
    assert [(c["type"], c["rule"]) for c in added] == [("assessment", "assessment.very_likely")]
    assert brief_of(result)["claims"]["removed"] == []

    reverse = diff_paths(tmp_path / "new" / "brief.jsonl", tmp_path / "old" / "brief.jsonl")
    assert [c["id"] for c in brief_of(reverse)["claims"]["removed"]] == [added[0]["id"]]
    assert result["summary"]["claims"] == {"added": 1, "removed": 0, "changed": 0, "moved": 0}


def test_diff_document_fields_changed(tmp_path, base, extract):
    longer = extract(LONGER, source="brief.txt")
    result = diff_paths(write(tmp_path / "a" / "brief.jsonl", base),
                        write(tmp_path / "b" / "brief.jsonl", longer))
    document = brief_of(result)["document"]
    assert document["n_chars"] == [len(BASE), len(LONGER)]
    assert {"sha256", "n_sentences"} <= document.keys()
    assert "title" not in document  # unchanged fields are not reported


def test_diff_changed_claim_paired_across_ids(tmp_path, base):
    new = copy.deepcopy(base)
    hosts = claim(new, "HOSTS")
    hosts.update(relation="COOPERATES_WITH", rule="relationship.cooperates",
                 id="c-0000000000000000")
    result = diff_paths(write(tmp_path / "old" / "brief.jsonl", base),
                        write(tmp_path / "new" / "brief.jsonl", new))
    claims = brief_of(result)["claims"]
    assert claims["added"] == [] and claims["removed"] == []
    [changed] = claims["changed"]
    assert changed["id"] == "c-0000000000000000"
    assert changed["old_id"] == claim(base, "HOSTS")["id"]
    assert changed["fields"] == {"relation": ["HOSTS", "COOPERATES_WITH"],
                                 "rule": ["relationship.hosts", "relationship.cooperates"]}
    assert "relation: HOSTS -> COOPERATES_WITH" in render(result)


def test_diff_claim_paired_by_cue_when_sentence_moves(tmp_path, base):
    new = copy.deepcopy(base)
    hosts = claim(new, "HOSTS")
    # As when a sentence boundary is lost: the evidence grows backwards, the cue stays put.
    glued = BASE
    hosts["evidence"] = {"start": 0, "end": len(glued), "text": glued}
    hosts["id"] = "c-2222222222222222"
    result = diff_paths(write(tmp_path / "a" / "brief.jsonl", base),
                        write(tmp_path / "b" / "brief.jsonl", new))
    [changed] = brief_of(result)["claims"]["changed"]
    assert changed["old_id"] == claim(base, "HOSTS")["id"]
    assert set(changed["fields"]) == {"evidence.text"}
    assert set(changed["offsets"]) == {"evidence.start"}


def test_diff_claim_with_other_actor_not_paired(tmp_path, base):
    new = copy.deepcopy(base)
    hosts = claim(new, "HOSTS")
    hosts["target"]["id"] = "state:afg"
    hosts["id"] = "c-1111111111111111"
    result = diff_paths(write(tmp_path / "old.jsonl", base), write(tmp_path / "new.jsonl", new))
    claims = brief_of(result, "old -> new")["claims"]
    assert [c["id"] for c in claims["added"]] == ["c-1111111111111111"]
    assert [c["id"] for c in claims["removed"]] == [claim(base, "HOSTS")["id"]]
    assert claims["changed"] == []


def test_diff_claim_field_change_same_id(tmp_path, base):
    new = copy.deepcopy(base)
    claim(new, "HOSTS")["modality"] = "reported"
    result = diff_paths(write(tmp_path / "a" / "brief.jsonl", base),
                        write(tmp_path / "b" / "brief.jsonl", new))
    [changed] = brief_of(result)["claims"]["changed"]
    assert "old_id" not in changed
    assert changed["fields"] == {"modality": [claim(base, "HOSTS")["modality"], "reported"]}


def test_diff_entity_mentions_compact(tmp_path, base, extract):
    longer = extract(LONGER, source="brief.txt")
    result = diff_paths(write(tmp_path / "a" / "brief.jsonl", base),
                        write(tmp_path / "b" / "brief.jsonl", longer))
    [jnim] = brief_of(result)["entities"]["changed"]
    at = LONGER.rindex("JNIM")
    assert jnim["id"] == "group:jnim"
    assert jnim["fields"] == {"mentions": {"added": [f"JNIM@{at} pattern"], "removed": []}}
    assert f"mentions: +JNIM@{at} pattern" in render(result)


def test_diff_entity_added_and_removed(tmp_path, base):
    new = [r for r in base if r.get("id") != "state:afg"]
    result = diff_paths(write(tmp_path / "a" / "brief.jsonl", base),
                        write(tmp_path / "b" / "brief.jsonl", new))
    assert [e["id"] for e in brief_of(result)["entities"]["removed"]] == ["state:afg"]
    assert "- entity state:afg STATE Afghanistan" in render(result)


def bump_patterns_version(records: list[dict]) -> list[dict]:
    """The records as a rules-only change leaves them: the same, under a new patterns version."""
    return [{**r, "patterns_version": "ffffffffffff"} if "patterns_version" in r else r for r in records]


def test_diff_patterns_version_bump_reported_once(tmp_path, base, extract):
    other = extract(OTHER, source="other.txt")
    for name, records in (("brief", base), ("other", other)):
        write(tmp_path / "a" / f"{name}.jsonl", records)
        write(tmp_path / "b" / f"{name}.jsonl", bump_patterns_version(records))
    result = diff_paths(tmp_path / "a", tmp_path / "b")
    assert result["versions"] == [{"field": "patterns_version", "old": base[0]["patterns_version"],
                                   "new": "ffffffffffff", "briefs": 2}]
    assert result["briefs"] == [] and result["changed"] is True
    assert result["summary"]["briefs"]["unchanged"] == 2
    lines = render(result).splitlines()
    assert [line for line in lines if "patterns_version" in line] == [
        f"~ patterns_version: {base[0]['patterns_version']} -> ffffffffffff (2 briefs)"]


def test_diff_patterns_version_not_repeated_beside_real_changes(tmp_path, base):
    new = bump_patterns_version(base)
    claim(new, "HOSTS")["modality"] = "reported"
    result = diff_paths(write(tmp_path / "a" / "brief.jsonl", base),
                        write(tmp_path / "b" / "brief.jsonl", new))
    entry = brief_of(result)
    assert entry["document"] == {}
    [changed] = entry["claims"]["changed"]
    assert changed["fields"] == {"modality": [claim(base, "HOSTS")["modality"], "reported"]}


def test_diff_brief_added_and_removed(tmp_path, base, extract):
    write(tmp_path / "old" / "brief.jsonl", base)
    write(tmp_path / "old" / "gone.jsonl", extract(OTHER, source="gone.txt"))
    write(tmp_path / "new" / "brief.jsonl", base)
    write(tmp_path / "new" / "fresh.jsonl", extract(OTHER, source="fresh.txt"))
    write(tmp_path / "new" / "errors.jsonl", [{"source": "x.txt", "reason": "unreadable"}])
    result = diff_paths(tmp_path / "old", tmp_path / "new")
    assert [(b["brief"], b["status"]) for b in result["briefs"]] == [("fresh", "added"),
                                                                     ("gone", "removed")]
    assert result["summary"]["briefs"] == {"added": 1, "removed": 1, "changed": 0, "unchanged": 1}
    text = render(result)
    assert "## fresh (added)" in text and "## gone (removed)" in text


def test_diff_malformed_line_names_file_and_line(tmp_path, base):
    good = write(tmp_path / "a" / "brief.jsonl", base)
    bad = tmp_path / "b" / "brief.jsonl"
    bad.parent.mkdir()
    lines = good.read_text(encoding="utf-8").splitlines(keepends=True)
    lines[2] = '{"kind": "entity", "id": \n'
    bad.write_text("".join(lines), encoding="utf-8")
    with pytest.raises(ValueError, match=r"b/brief\.jsonl:3: not JSON"):
        diff_paths(tmp_path / "a", tmp_path / "b")


def test_diff_folder_against_file_rejected(tmp_path, base):
    write(tmp_path / "a" / "brief.jsonl", base)
    with pytest.raises(ValueError, match="two folders or two files"):
        diff_paths(tmp_path / "a", tmp_path / "a" / "brief.jsonl")


def git(repo: Path, *args: str) -> None:
    subprocess.run(["git", "-c", "user.name=t", "-c", "user.email=t@example.org",
                    "-c", "commit.gpgsign=false", *args], cwd=repo, check=True, capture_output=True)


@pytest.fixture
def repo(tmp_path, base):
    if shutil.which("git") is None:
        pytest.skip("git not installed")
    root = tmp_path / "repo"
    write(root / "outputs" / "brief.jsonl", base)
    git(root, "init", "-q")
    git(root, "add", "outputs")
    git(root, "commit", "-q", "-m", "outputs")
    return root


def test_diff_git_committed_against_working_tree(repo, base):
    assert diff_git("HEAD", repo / "outputs")["changed"] is False
    new = copy.deepcopy(base)
    claim(new, "HOSTS")["polarity"] = "negative"
    write(repo / "outputs" / "brief.jsonl", new)
    result = diff_git("HEAD", repo / "outputs")
    [changed] = brief_of(result)["claims"]["changed"]
    assert changed["fields"] == {"polarity": ["positive", "negative"]}


def test_diff_git_unknown_revision(repo):
    with pytest.raises(ValueError, match="no-such-rev"):
        diff_git("no-such-rev", repo / "outputs")


@pytest.fixture
def folders(tmp_path, base):
    """Three output folders: a, a copy of a, and a without one entity."""
    write(tmp_path / "a" / "brief.jsonl", base)
    write(tmp_path / "same" / "brief.jsonl", base)
    write(tmp_path / "other" / "brief.jsonl", [r for r in base if r.get("id") != "state:afg"])
    return {name: str(tmp_path / name) for name in ("a", "same", "other")}


def test_diff_cli_identical_exit_0(folders):
    result = CliRunner().invoke(app, ["diff", folders["a"], folders["same"]])
    assert result.exit_code == 0, result.output
    assert "no differences" in result.output


def test_diff_cli_different_exit_1(folders):
    result = CliRunner().invoke(app, ["diff", folders["a"], folders["other"]])
    assert result.exit_code == 1, result.output
    assert "- entity state:afg STATE Afghanistan" in result.output
    assert "entities 0 added, 1 removed, 0 changed" in result.output


def test_diff_cli_json_parses(folders):
    result = CliRunner().invoke(app, ["diff", "--json", folders["a"], folders["other"]])
    assert result.exit_code == 1, result.output
    parsed = json.loads(result.output)
    assert parsed["changed"] is True
    assert parsed["summary"]["entities"]["removed"] == 1


def test_diff_print_added_claim_line(tmp_path, base, extract):
    longer = extract(LONGER, source="brief.txt")
    result = diff_paths(write(tmp_path / "a" / "brief.jsonl", base),
                        write(tmp_path / "b" / "brief.jsonl", longer))
    [added] = brief_of(result)["claims"]["added"]
    line = next(x for x in render(result).splitlines() if x.startswith("+ claim"))
    assert line == (f"+ claim {added['id']} assessment very_likely "
                    "Jama’at Nusrat al-Islam wal-Muslimin (rule assessment.very_likely) "
                    '"JNIM will very likely expand."')


PREFIX = "Nothing else happened that week. "


def test_diff_offset_only_moves_kept_apart(tmp_path, base, extract):
    shifted = extract(PREFIX + BASE, source="brief.txt")
    result = diff_paths(write(tmp_path / "a" / "brief.jsonl", base),
                        write(tmp_path / "b" / "brief.jsonl", shifted))
    entry = brief_of(result)
    n_entities = sum(r["kind"] == "entity" for r in base)
    n_claims = sum(r["kind"] == "claim" for r in base)
    assert (entry["entities"]["changed"], entry["claims"]["changed"]) == ([], [])
    assert len(entry["entities"]["moved"]) == n_entities and len(entry["claims"]["moved"]) == n_claims
    hosts = next(c for c in entry["claims"]["moved"] if c["id"] == claim(base, "HOSTS")["id"])
    start = claim(base, "HOSTS")["evidence"]["start"]
    assert hosts["offsets"]["evidence.start"] == [start, start + len(PREFIX)]
    assert result["summary"]["claims"]["moved"] == n_claims


def test_diff_offset_only_moves_print_one_line_unless_listed(tmp_path, base, extract):
    shifted = extract(PREFIX + BASE, source="brief.txt")
    result = diff_paths(write(tmp_path / "a" / "brief.jsonl", base),
                        write(tmp_path / "b" / "brief.jsonl", shifted))
    n_entities = sum(r["kind"] == "entity" for r in base)
    n_claims = sum(r["kind"] == "claim" for r in base)
    text = render(result)
    assert (f"~ {n_entities} entities, {n_claims} claims and the brief's structure only moved (offsets shifted); "
            "--offsets lists them") in text
    assert "~ entity" not in text and "~ claim" not in text
    console = Console(record=True, width=400, color_system=None)
    print_diff(console, result, offsets=True)
    listed = console.export_text()
    assert sum(line.startswith("~ entity") for line in listed.splitlines()) == n_entities
    assert sum(line.startswith("~ claim") for line in listed.splitlines()) == n_claims


def test_diff_mention_gained_among_shifted_ones(tmp_path, base, extract):
    # a sentence naming JNIM between the two: one mention gained, every later record shifted
    first, second = BASE.split(". ", 1)
    inserted = "JNIM grew. "
    shifted = extract(f"{first}. {inserted}{second}", source="brief.txt")
    result = diff_paths(write(tmp_path / "a" / "brief.jsonl", base),
                        write(tmp_path / "b" / "brief.jsonl", shifted))
    entry = brief_of(result)
    [jnim] = entry["entities"]["changed"]
    assert jnim["id"] == "group:jnim" and jnim["shifted"] == 0
    assert jnim["fields"] == {"mentions": {"added": [f"JNIM@{len(first) + 2} pattern"], "removed": []}}
    later = {e["id"] for e in entities_of(base) if e["mentions"][0]["start"] > len(first)}
    assert {e["id"] for e in entry["entities"]["moved"]} == later
    assert [c["id"] for c in entry["claims"]["moved"]] == [claim(base, "HOSTS")["id"]]


def entities_of(records: list[dict]) -> list[dict]:
    return [r for r in records if r["kind"] == "entity"]


def test_diff_cli_offsets_lists_moves(tmp_path, base, extract):
    write(tmp_path / "a" / "brief.jsonl", base)
    write(tmp_path / "b" / "brief.jsonl", extract(PREFIX + BASE, source="brief.txt"))
    short = CliRunner().invoke(app, ["diff", str(tmp_path / "a"), str(tmp_path / "b")])
    listed = CliRunner().invoke(app, ["diff", "--offsets", str(tmp_path / "a"), str(tmp_path / "b")])
    assert short.exit_code == listed.exit_code == 1
    assert "only moved" in short.output and "~ claim" not in short.output
    assert "only moved" not in listed.output and "~ claim" in listed.output
