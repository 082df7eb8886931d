"""The author's first person (components/author.py, --first-person-actor) and the manifesto
pledge scorer (pipeline/review/manifestos.py) on data made here."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from pipeline.cli import app
from pipeline.review.manifestos import Row, read_rows, score
from tests.conftest import claims, entities

runner = CliRunner()


def _pledges(records):
    names = {e["id"]: e["name"] for e in entities(records)}
    return [(names.get(c["actor"]["id"]) if c["actor"] else None, c["commitment"]) for c in claims(records, "pledge")]


@pytest.mark.parametrize(
    "text",
    ["We will abolish the poll tax.", "We assess that we will see more attacks.",
     "More courts will be established in every district.", "Launch a national mission against malaria."],
    ids=["we-will", "we-assess", "future-passive", "imperative"],
)
def test_first_person_analyst_we_commits_no_one(extract, text):
    assert claims(extract(text), "pledge") == []


@pytest.mark.parametrize(
    "text,commitment",
    [("We will abolish the poll tax.", "action"),
     ("We will continue to promote tolerance.", "aim"),
     ("Our government will set up a workers' bank.", "action"),
     ("The Labour Party will raise the minimum wage to 10 pounds.", "action"),
     ("More courts will be established in every district.", "action"),
     ("Broadband will be provided to every village by 2027.", "action"),
     ("Launch a national mission against malaria.", "action"),
     ("- strengthen the pension safety net for labourers.", "aim"),
     ("We are committed to repealing the act.", "action")],
    ids=["we-will", "aim", "our-government", "own-name", "future-passive", "by-a-date-is-no-agent",
         "imperative", "list-item", "committed-to"],
)
def test_first_person_author_commitments_are_its_pledges(extract, text, commitment):
    found = _pledges(extract(text, first_person_actor="Labour Party"))
    assert ("Labour Party", commitment) in found


@pytest.mark.parametrize(
    "text",
    ["Roads will be built by the army.", "We have constructed nine million toilets.",
     "\u201cWe will never disarm,\u201d Hamas said.", "Hamas will probably rearm."],
    ids=["agent-named", "past-tense", "quoted-we-is-the-speaker", "third-person-forecast"],
)
def test_first_person_author_is_not_everyone(extract, text):
    assert all(actor != "Labour Party" for actor, _ in _pledges(extract(text, first_person_actor="Labour Party")))


def test_first_person_reuses_an_actor_the_brief_names(extract):
    records = extract("Hamas will never disarm, we said, and we will free the hostages.", first_person_actor="Hamas")
    hamas = [e for e in entities(records) if e["name"] == "Hamas"]
    assert len(hamas) == 1 and {m["text"] for m in hamas[0]["mentions"]} >= {"Hamas", "we"}


def test_first_person_document_records_the_option(extract):
    assert extract("We will act.", first_person_actor="Labour Party")[0]["first_person_actor"] == "Labour Party"
    assert extract("We will act.")[0]["first_person_actor"] is None


def test_first_person_cli_option_and_freshness(tmp_path):
    brief = tmp_path / "in" / "manifesto.txt"
    brief.parent.mkdir()
    brief.write_text("We will abolish the poll tax.\n", encoding="utf-8")
    out = tmp_path / "out"
    ok = runner.invoke(app, ["extract", str(brief.parent), "--out", str(out), "-q",
                             "--first-person-actor", "Labour Party"])
    assert ok.exit_code == 0, ok.output
    records = [json.loads(line) for line in (out / "manifesto.jsonl").read_text().splitlines()]
    assert [c["actor"]["text"] for c in records if c.get("type") == "pledge"] == ["We"]
    # the same brief read as an analyst's is a different output: it is redone, not skipped
    again = runner.invoke(app, ["extract", str(brief.parent), "--out", str(out), "-q"])
    assert again.exit_code == 0
    records = [json.loads(line) for line in (out / "manifesto.jsonl").read_text().splitlines()]
    assert records[0]["first_person_actor"] is None and not [c for c in records if c.get("type") == "pledge"]


def test_first_person_cli_refuses_an_empty_name(tmp_path):
    brief = tmp_path / "b.txt"
    brief.write_text("We will act.\n", encoding="utf-8")
    result = runner.invoke(app, ["extract", str(brief), "--out", str(tmp_path / "o"), "--first-person-actor", " "])
    assert result.exit_code != 0 and "first-person-actor" in result.output


def test_manifestos_reads_english_rows_of_an_xlsx(tmp_path):
    openpyxl = pytest.importorskip("openpyxl")
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["manifesto_id", "file", "country", "party", "year", "pledge", "binary_pledge", "set", "text"])
    sheet.append([0, "EnglishIndiaX_BJP", "India", "BJP", 2014, 1, 1, "trn", "We will set up a new bank."])
    sheet.append([1, "EnglishIndiaX_INC", "India", "INC", 2014, 0, 0, "dev", "India has grown fast."])
    sheet.append([2, "SwedenX", "Sweden", "S", 2014, 2, 1, "trn", "Vi ska bygga fler bostäder."])
    path = tmp_path / "pledges.xlsx"
    book.save(path)
    assert read_rows(path) == [Row("BJP", "trn", "We will set up a new bank.", True),
                               Row("INC", "dev", "India has grown fast.", False)]


def test_manifestos_scores_per_set():
    rows = [Row("BJP", "trn", "a", True), Row("BJP", "trn", "b", False), Row("INC", "dev", "c", True)]
    predicted = [{"any": True, "author": True, "action": True}, {"any": True, "author": True, "action": False},
                 {"any": False, "author": False, "action": False}]
    result = score(rows, predicted)
    assert result["all"]["action"] == {"precision": 1.0, "recall": 0.5, "f1": 0.6667, "tp": 1, "fp": 0, "fn": 1}
    assert result["trn"]["author"]["precision"] == 0.5 and result["dev"]["any"]["recall"] == 0.0
