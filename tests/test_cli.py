"""The briefs command line through typer's CliRunner: exit codes and messages."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import jsonlines
import pytest
from typer.testing import CliRunner

from pipeline.cli import app
from pipeline.patterns import DEFAULT_PATTERNS_DIR
from tests.conftest import CORPUS, OUTPUTS

runner = CliRunner()
BRIEF = "NOTE\n2024-02-01\nA title\nBottom Line Up Front\n- Hamas will likely reject the offer.\nIran has armed Hamas.\n"


def _run(*args, **kw):
    return runner.invoke(app, [str(a) for a in args], **kw)


def test_cli_extract_writes_one_file_per_brief(tmp_path):
    (tmp_path / "a.txt").write_text(BRIEF, encoding="utf-8")
    (tmp_path / "b.md").write_text(BRIEF, encoding="utf-8")
    result = _run("extract", tmp_path, "--out", tmp_path / "out", "-q")
    assert result.exit_code == 0, result.output
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == ["a.jsonl", "b.jsonl"]
    with jsonlines.open(tmp_path / "out" / "a.jsonl") as reader:
        kinds = [r["kind"] for r in reader]
    assert kinds[0] == "document" and "entity" in kinds and "claim" in kinds


def test_cli_extract_failure_among_good_briefs_exits_1(tmp_path):
    (tmp_path / "good.txt").write_text(BRIEF, encoding="utf-8")
    (tmp_path / "bad.txt").write_bytes(b"\xff\xfe\x00\x00binary")
    result = _run("extract", tmp_path, "--out", tmp_path / "out", "-q")
    assert result.exit_code == 1
    assert "bad.txt: binary file" in result.output
    assert (tmp_path / "out" / "good.jsonl").exists() and not (tmp_path / "out" / "bad.jsonl").exists()
    errors = [json.loads(line) for line in (tmp_path / "out" / "errors.jsonl").read_text().splitlines()]
    assert [e["source"].endswith("bad.txt") for e in errors] == [True]


def test_cli_usage_error_exits_2(tmp_path):
    assert _run("extract", tmp_path).exit_code == 2  # --out missing
    assert _run("extract", "--out", tmp_path).exit_code == 2  # no paths
    assert _run("frobnicate").exit_code == 2


def test_cli_extract_twice_is_byte_identical(tmp_path):
    assert _run("extract", CORPUS, "--out", tmp_path / "one", "-q").exit_code == 0
    assert _run("extract", CORPUS, "--out", tmp_path / "two", "-q", "--force").exit_code == 0
    names = sorted(p.name for p in (tmp_path / "one").iterdir())
    assert names and names == sorted(p.name for p in (tmp_path / "two").iterdir())
    for name in names:
        assert (tmp_path / "one" / name).read_bytes() == (tmp_path / "two" / name).read_bytes()


def test_cli_schema_is_json_schema():
    result = _run("schema")
    schema = json.loads(result.output)
    assert result.exit_code == 0
    assert schema["discriminator"]["propertyName"] == "kind"
    assert {"DocumentRecord", "EntityRecord", "ClaimRecord"} <= set(schema["$defs"])
    claim = schema["$defs"]["ClaimRecord"]
    assert {"actor", "target", "relation", "polarity", "modality", "likelihood", "evidence", "rule"} <= set(
        claim["required"])


def test_cli_outputs_validate_against_the_contract():
    from pydantic import TypeAdapter

    from pipeline.records import AnyRecord

    adapter = TypeAdapter(AnyRecord)
    paths = sorted((CORPUS.parent / "outputs").glob("*.jsonl"))
    assert paths
    for path in paths:
        with jsonlines.open(path) as reader:
            for record in reader:
                assert adapter.validate_python(record).model_dump(mode="json") == record


def test_cli_patterns_check_ok_and_counts_the_lexicons():
    result = _run("patterns", "check")
    assert result.exit_code == 0 and "ok:" in result.output
    generated = CORPUS.parent / "patterns" / "generated" / "lexicon"
    names = json.loads((generated / "names.json").read_text(encoding="utf-8"))
    capitals = json.loads((generated / "places.json").read_text(encoding="utf-8"))["capitals"]
    counted = f"lexicons: {len(names['names'])} name words, {len(capitals)} capital spellings"
    assert counted in result.output.replace("\n", " ")


def test_cli_patterns_check_names_bad_line(tmp_path):
    root = tmp_path / "patterns"
    shutil.copytree(DEFAULT_PATTERNS_DIR, root, ignore=shutil.ignore_patterns("generated"))
    with (root / "entities" / "people.jsonl").open("a") as handle:
        handle.write('{"id": "person:x", "label": "PERSON"}\n')
    result = _run("patterns", "check", "--patterns", root)
    assert result.exit_code == 1
    assert "patterns/entities/people.jsonl:" in result.output and "[person:x]: pattern: Field required" in result.output


def test_cli_patterns_build_without_lists_exits_1(tmp_path):
    patterns = tmp_path / "patterns"
    shutil.copytree(DEFAULT_PATTERNS_DIR, patterns, ignore=shutil.ignore_patterns("generated"))
    result = _run("patterns", "build", "--sources", tmp_path, "--patterns", patterns)
    assert result.exit_code == 1
    assert "gazetteer sources missing" in result.output and "CAMEO.2.0.verbs.txt" in result.output
    assert not (patterns / "generated").exists()


def test_cli_extract_with_bad_patterns_exits_1(tmp_path):
    root = tmp_path / "patterns"
    shutil.copytree(DEFAULT_PATTERNS_DIR, root, ignore=shutil.ignore_patterns("generated"))
    with (root / "entities" / "groups.jsonl").open("a") as handle:
        handle.write('{"id": "group:x", "label": "TOWN", "pattern": "X"}\n')
    (tmp_path / "a.txt").write_text(BRIEF, encoding="utf-8")
    result = _run("extract", tmp_path / "a.txt", "--out", tmp_path / "out", "--patterns", root)
    assert result.exit_code == 1 and "unknown label 'TOWN'" in result.output


def test_cli_evaluate_json_on_corpus():
    result = _run("evaluate", CORPUS, CORPUS.parent / "outputs", "--json")
    report = json.loads(result.output)
    assert result.exit_code == 0
    assert set(report["entities"]["strict"]) == {"GROUP", "STATE", "PERSON", "all"}
    assert set(report["claims"]) == {"pledge", "assessment", "relationship", "relationship_labelled"}


def test_cli_evaluate_missing_output_is_named(tmp_path):
    shutil.copy(CORPUS / "001_sahel_jnim.txt", tmp_path)
    shutil.copy(CORPUS / "001_sahel_jnim.gold.json", tmp_path)
    (tmp_path / "out").mkdir()
    result = _run("evaluate", tmp_path, tmp_path / "out")
    assert result.exit_code == 1 and "001_sahel_jnim.jsonl: no extraction" in result.output


def test_cli_explain_marks_cue_and_rule(tmp_path):
    (tmp_path / "a.txt").write_text(BRIEF, encoding="utf-8")
    _run("extract", tmp_path / "a.txt", "--out", tmp_path, "-q")
    with jsonlines.open(tmp_path / "a.jsonl") as reader:
        claim = next(r for r in reader if r["kind"] == "claim" and r["type"] == "relationship")
    result = _run("explain", tmp_path / "a.jsonl", claim["id"])
    assert result.exit_code == 0
    assert "rule relationship.supports" in result.output and "cue" in result.output and "actor" in result.output
    assert _run("explain", tmp_path / "a.jsonl", "c-nope").exit_code == 1


def test_cli_stdin_to_stdout():
    result = _run("extract", "-", input=BRIEF)
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert result.exit_code == 0 and lines[0]["kind"] == "document" and lines[0]["source"] == "stdin.txt"


def test_cli_incremental_skips_up_to_date(tmp_path):
    (tmp_path / "a.txt").write_text(BRIEF, encoding="utf-8")
    out = tmp_path / "out"
    assert _run("extract", tmp_path / "a.txt", "--out", out).exit_code == 0
    stamp = (out / "a.jsonl").stat().st_mtime_ns
    result = _run("extract", tmp_path / "a.txt", "--out", out)
    assert "nothing to extract" in result.output and "up to date for the brief" in result.output
    assert (out / "a.jsonl").stat().st_mtime_ns == stamp
    (tmp_path / "a.txt").write_text(BRIEF + "Iran has funded Hezbollah.\n", encoding="utf-8")
    assert "1 extracted, 0 up to date" in _run("extract", tmp_path / "a.txt", "--out", out).output


def test_cli_up_to_date_run_says_how_to_force(tmp_path):
    out = tmp_path / "out"
    assert _run("extract", CORPUS, "--out", out, "-q").exit_code == 0
    result = _run("extract", CORPUS, "--out", out)
    n = len(list(out.glob("*.jsonl")))
    assert result.exit_code == 0
    assert result.output.splitlines()[-1] == (
        f"nothing to extract: {out} is up to date for all {n} briefs (outputs made from the same input by this "
        f"pipeline and these patterns); --force extracts again")


def _patterns_with(tmp_path, line: str | None = None, drop: str | None = None):
    root = tmp_path / "patterns"
    shutil.copytree(DEFAULT_PATTERNS_DIR, root, ignore=shutil.ignore_patterns("generated"))
    if line is not None:
        with (root / "entities" / "groups.jsonl").open("a") as handle:
            handle.write(line + "\n")
    if drop is not None:
        shutil.rmtree(root / drop)
    return root


PATTERN_PROBLEMS = [
    ("invalid-regex", '{"id": "group:x", "label": "GROUP", "pattern": [{"TEXT": {"REGEX": "(unclosed"}}]}', None,
     "[group:x]: invalid regular expression '(unclosed': missing ), unterminated subpattern at position 0"),
    ("catastrophic-regex", '{"id": "group:x", "label": "GROUP", "pattern": [{"TEXT": {"REGEX": "(a+)+$"}}]}', None,
     "[group:x]: regular expression '(a+)+$' can backtrack catastrophically"),
    ("claims-deleted", None, "claims", "patterns/claims: no pledge, assessment, relationship, attribution rules"),
]


@pytest.mark.parametrize("line,drop,message", [p[1:] for p in PATTERN_PROBLEMS], ids=[p[0] for p in PATTERN_PROBLEMS])
def test_cli_patterns_check_refuses_in_one_line(tmp_path, line, drop, message):
    result = _run("patterns", "check", "--patterns", _patterns_with(tmp_path, line, drop))
    assert result.exit_code == 1
    assert len(result.output.splitlines()) == 1 and message in result.output


@pytest.mark.parametrize("line,drop,message", [p[1:] for p in PATTERN_PROBLEMS], ids=[p[0] for p in PATTERN_PROBLEMS])
def test_cli_extract_refuses_bad_patterns_in_one_line(tmp_path, line, drop, message):
    (tmp_path / "a.txt").write_text("NOTE\n2024-02-01\nTitle\n" + "a" * 40 + "b is here.\n", encoding="utf-8")
    result = _run("extract", tmp_path / "a.txt", "--out", tmp_path / "out", "--patterns",
                  _patterns_with(tmp_path, line, drop))
    assert result.exit_code == 1
    assert len(result.output.splitlines()) == 1 and message in result.output
    assert not (tmp_path / "out" / "a.jsonl").exists()


@pytest.mark.parametrize("args", [["-h"], ["extract", "-h"], ["patterns", "check", "-h"], ["schema", "-h"]],
                         ids=["app", "extract", "patterns-check", "schema"])
def test_cli_short_help_option(args):
    result = _run(*args, prog_name="briefs")
    assert result.exit_code == 0 and result.output.startswith("Usage: briefs")
    assert "-h, --help" in result.output


def test_cli_version():
    from pipeline import __version__

    result = _run("--version")
    assert result.exit_code == 0 and result.output == f"briefs {__version__}\n"


def test_cli_extract_help_reads_plainly():
    text = _run("extract", "--help", prog_name="briefs").output
    assert text.startswith("Usage: briefs extract [OPTIONS] PATH...\n")
    assert "<bool>" not in text and "<list" not in text and "{" not in text
    assert "-o, --out DIR" in text and "[required unless PATH is -]" in " ".join(text.split())
    assert "-j, --jobs N" in text and "--timeout SECONDS" in text
    assert "Examples:\n\n    briefs extract corpus/ --out outputs/" in text


def test_cli_command_list_keeps_whole_summaries():
    text = _run("--help").output
    assert "Start with:     briefs extract corpus/ --out outputs/" in text
    assert "..." not in text.split("Commands:")[1]


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="needs /dev/full (Linux)")
@pytest.mark.parametrize("args,stdin", [(["schema"], None), (["extract", "-"], BRIEF)], ids=["schema", "extract-stdin"])
def test_cli_full_device_is_one_line(args, stdin):
    with open("/dev/full", "w") as full:
        proc = subprocess.run([sys.executable, "-m", "pipeline.cli", *args], input=stdin, stdout=full,
                              stderr=subprocess.PIPE, text=True, timeout=120)
    assert proc.returncode == 1
    assert proc.stderr == "error: cannot write to standard output (No space left on device)\n"

def _corpus_of_one(tmp_path, stem="001_sahel_jnim"):
    shutil.copy(CORPUS / f"{stem}.txt", tmp_path)
    shutil.copy(CORPUS / f"{stem}.gold.json", tmp_path)
    (tmp_path / "out").mkdir()
    shutil.copy(OUTPUTS / f"{stem}.jsonl", tmp_path / "out")
    return tmp_path / "out" / f"{stem}.jsonl"


def test_cli_evaluate_names_a_corrupt_output(tmp_path):
    output = _corpus_of_one(tmp_path)
    output.write_bytes(output.read_bytes()[:800])
    result = _run("evaluate", tmp_path, tmp_path / "out")
    assert result.exit_code == 1
    assert f"{output}:" in result.output and "the file ends inside this line" in result.output


def test_cli_evaluate_refuses_an_output_of_other_bytes(tmp_path):
    _corpus_of_one(tmp_path)
    brief = tmp_path / "001_sahel_jnim.txt"
    brief.write_text(brief.read_text(encoding="utf-8") + "One more line.\n", encoding="utf-8")
    result = _run("evaluate", tmp_path, tmp_path / "out")
    assert result.exit_code == 1
    assert f"{brief}: not the brief '001_sahel_jnim' was made from" in result.output


def test_cli_evaluate_errors_are_listed_under_a_heading(tmp_path):
    from pipeline.review.evaluate import evaluate
    from pipeline.review.report import error_line

    _corpus_of_one(tmp_path)
    errors = evaluate(tmp_path, tmp_path / "out").as_dict()["errors"]
    assert errors, "the corpus brief has misses to list"
    result = _run("evaluate", tmp_path, tmp_path / "out", "--errors")
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    start = next(i for i, line in enumerate(lines) if line.startswith("errors by brief"))
    assert lines[start] == (f"errors by brief ({len(errors)}): missed = in the gold, not extracted; "
                            "false = extracted, not in the gold; wrong actor = both, at one place")
    assert lines[start + 1:] == ["001_sahel_jnim.txt", *(f"  {error_line(e)}" for e in errors)]
    assert "; 1 brief" in result.output and "1 briefs" not in result.output


ERRORS = {
    "entity_missed": ({"kind": "entity_fn", "label": "PERSON", "text": "Abu  Harith", "start": 12},
                      'missed PERSON "Abu Harith" at 12'),
    "entity_false": ({"kind": "entity_fp", "label": "GROUP", "text": "Wagner", "start": 3}, 'false GROUP "Wagner" at 3'),
    "pledge_missed": ({"kind": "pledge_fn", "snippet": "vowed to\nfight", "who": "JNIM"},
                      'missed pledge (JNIM): "vowed to fight"'),
    "relationship_false": ({"kind": "relationship_fp", "evidence": "Iran arms Hamas.", "rule": "relationship.supports",
                            "claim": "c-1", "who": "Iran SUPPORTS Hamas"},
                           'false relationship (Iran SUPPORTS Hamas) c-1, rule relationship.supports: "Iran arms Hamas."'),
    "assessment_missed_no_actor": ({"kind": "assessment_fn", "snippet": "We judge", "who": None},
                                   'missed assessment: "We judge"'),
    "pledge_wrong_actor": ({"kind": "pledge_wrong_actor", "snippet": "agreed to the ceasefire", "gold": "Colombia",
                            "who": "Mexico", "claim": "c-2", "rule": "pledge.agree_to"},
                           'wrong actor on pledge: gold Colombia, extracted Mexico c-2, rule pledge.agree_to: '
                           '"agreed to the ceasefire"'),
    "assessment_lost_by_reader": ({"kind": "assessment_lost", "snippet": "is  likely to", "who": "Chad"},
                                  'lost assessment (Chad), the reader dropped its words: "is likely to"'),
    "band": ({"kind": "band", "snippet": "is likely to", "gold": "likely", "predicted": "unspecified"},
             'band: gold likely, extracted unspecified: "is likely to"'),
}


@pytest.mark.parametrize("case", ERRORS, ids=list(ERRORS))
def test_cli_evaluate_error_line_reads_as_text(case):
    from pipeline.review.report import error_line

    error, line = ERRORS[case]
    assert error_line(error) == line
