"""The offset contract for converted briefs: the text the reader produced is the text every
offset indexes; `briefs text` prints it, the document record identifies it, --keep-text
writes it, and evaluate and review use it."""

from __future__ import annotations

import hashlib
import json
import shutil

import jsonlines
from typer.testing import CliRunner

from pipeline.cli import app
from tests.conftest import CORPUS
from tests.formats import parts_of, to_html, to_pdf

runner = CliRunner()
BRIEF = CORPUS / "003_levant_hezbollah.txt"


def _records(path):
    with jsonlines.open(path) as reader:
        return list(reader)


def test_read_offsets_briefs_text_prints_the_converted_text(tmp_path):
    pdf = tmp_path / "brief.pdf"
    pdf.write_bytes(to_pdf(parts_of(BRIEF)))
    result = runner.invoke(app, ["text", str(pdf)])
    assert result.exit_code == 0
    assert result.stdout.startswith("WATCHFLOOR NOTE\n2023-11-20\nLebanon: Hezbollah Calibrates Its Northern Front\n")
    assert "FOR OFFICIAL USE" not in result.stdout


def test_read_offsets_briefs_text_unsupported_file_is_one_line(tmp_path):
    (tmp_path / "x.odt").write_bytes(b"PK\x03\x04")
    result = runner.invoke(app, ["text", str(tmp_path / "x.odt")])
    assert result.exit_code == 1
    assert result.output.strip().splitlines() == [
        f"error: {tmp_path / 'x.odt'}: unsupported format '.odt'; briefs are .txt, .md, .markdown, .html, .htm, "
        ".pdf, .docx"]


def test_read_offsets_keep_text_writes_the_indexed_text(tmp_path):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "brief.html").write_bytes(to_html(parts_of(BRIEF)))
    result = runner.invoke(app, ["extract", str(tmp_path / "in"), "--out", str(tmp_path / "out"),
                                 "--keep-text", str(tmp_path / "out"), "-q"])
    assert result.exit_code == 0, result.output
    kept = (tmp_path / "out" / "brief.txt").read_bytes()
    records = _records(tmp_path / "out" / "brief.jsonl")
    document = records[0]
    assert document["reader"].startswith("html (selectolax ")
    assert document["text_sha256"] == hashlib.sha256(kept).hexdigest() != document["sha256"]
    text = kept.decode("utf-8")
    assert len(text) == document["n_chars"]
    for record in records[1:]:
        spans = record["mentions"] if record["kind"] == "entity" else [record["evidence"], record["cue"]]
        assert all(text[s["start"]:s["end"]] == s["text"] for s in spans)


def test_read_offsets_keep_text_missing_means_not_up_to_date(tmp_path):
    (tmp_path / "in").mkdir()
    shutil.copy(BRIEF, tmp_path / "in" / "b.txt")
    assert runner.invoke(app, ["extract", str(tmp_path / "in"), "--out", str(tmp_path / "out"), "-q"]).exit_code == 0
    result = runner.invoke(app, ["extract", str(tmp_path / "in"), "--out", str(tmp_path / "out"),
                                 "--keep-text", str(tmp_path / "text")])
    assert "1 extracted, 0 up to date" in result.output
    assert (tmp_path / "text" / "b.txt").read_bytes() == BRIEF.read_bytes()


def test_read_offsets_keep_text_never_overwrites_the_brief(tmp_path):
    (tmp_path / "in").mkdir()
    shutil.copy(BRIEF, tmp_path / "in" / "b.txt")
    result = runner.invoke(app, ["extract", str(tmp_path / "in"), "--out", str(tmp_path / "out"),
                                 "--keep-text", str(tmp_path / "in"), "-q"])
    assert result.exit_code == 1 and "would overwrite the brief itself" in result.output
    assert (tmp_path / "in" / "b.txt").read_bytes() == BRIEF.read_bytes()


def test_read_offsets_evaluate_scores_a_converted_brief_on_its_text(tmp_path):
    """A brief in any format beside its gold is found and scored on the text the reader produced."""
    reports = {}
    for name, data in (("txt", BRIEF.read_bytes()), ("html", to_html(parts_of(BRIEF))),
                       ("pdf", to_pdf(parts_of(BRIEF)))):
        folder = tmp_path / name
        folder.mkdir()
        (folder / f"{BRIEF.stem}.{name}").write_bytes(data)
        shutil.copy(CORPUS / f"{BRIEF.stem}.gold.json", folder)
        assert runner.invoke(app, ["extract", str(folder), "--out", str(folder / "out"), "-q"]).exit_code == 0
        result = runner.invoke(app, ["evaluate", str(folder), str(folder / "out"), "--json"])
        assert result.exit_code == 0, result.output
        report = json.loads(result.stdout)
        report.pop("briefs")
        reports[name] = report
    assert reports["html"] == reports["txt"] and reports["pdf"] == reports["txt"]
    assert reports["txt"]["entities"]["strict"]["all"]["tp"] > 0


def test_read_offsets_review_page_of_a_converted_brief_shows_its_text(tmp_path):
    pdf = tmp_path / "brief.pdf"
    pdf.write_bytes(to_pdf(parts_of(BRIEF)))
    result = runner.invoke(app, ["review", str(pdf), "--html", str(tmp_path / "page.html")])
    assert result.exit_code == 0, result.output
    page = (tmp_path / "page.html").read_text(encoding="utf-8")
    assert "Calibrates Its Northern Front" in page and "FOR OFFICIAL USE" not in page
