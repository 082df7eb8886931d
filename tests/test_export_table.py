"""``briefs export table``: three tables read back with the csv module (and pyarrow) against the JSONL."""

from __future__ import annotations

import csv
import sys

import pytest
from typer.testing import CliRunner

from pipeline.cli import app
from pipeline.export.table import CLAIM_COLUMNS, ENTITY_COLUMNS, MENTION_COLUMNS, claim_rows, tables, to_csv
from pipeline.review.outputs import read_outputs
from tests.conftest import OUTPUTS
from tests.factories import claim, document, entity, output

runner = CliRunner()


def split(cell: str) -> list[str]:
    return cell.split("; ") if cell else []


def blank(value) -> str:
    return "" if value is None else str(value)


@pytest.fixture(scope="module")
def corpus_outputs():
    return list(read_outputs(OUTPUTS))


@pytest.fixture(scope="module")
def csv_dir(tmp_path_factory):
    folder = tmp_path_factory.mktemp("tables")
    result = runner.invoke(app, ["export", "table", str(OUTPUTS), "--to", str(folder)])
    assert result.exit_code == 0, result.output
    return folder


def read_csv(path) -> tuple[list[dict[str, str]], list[str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle)
        rows = list(reader)
    return rows, reader.fieldnames


def test_export_table_writes_three_csvs_with_headers(csv_dir):
    assert sorted(p.name for p in csv_dir.iterdir()) == ["claims.csv", "entities.csv", "mentions.csv"]
    for name, columns in (("entities", ENTITY_COLUMNS), ("mentions", MENTION_COLUMNS), ("claims", CLAIM_COLUMNS)):
        _, header = read_csv(csv_dir / f"{name}.csv")
        assert header == [c for c, _ in columns]


def test_export_table_entities_match_the_jsonl(csv_dir, corpus_outputs):
    rows, _ = read_csv(csv_dir / "entities.csv")
    records = [(o, e) for o in corpus_outputs for e in o.entities.values()]
    assert len(rows) == len(records)
    for row, (out, record) in zip(rows, records, strict=True):
        refs = record["refs"] or {}
        assert (row["doc_id"], row["id"], row["label"], row["name"]) == (
            out.doc_id, record["id"], record["label"], record["name"])
        assert row["date"] == blank(out.document["date"])
        assert split(row["aliases"]) == record["aliases"]
        assert int(row["n_mentions"]) == len(record["mentions"])
        assert int(row["first_start"]) == min(m["start"] for m in record["mentions"])
        for key in ("iso3166", "un", "ofac", "cameo"):
            assert split(row[key]) == refs.get(key, [])


def test_export_table_mentions_match_the_jsonl(csv_dir, corpus_outputs):
    rows, _ = read_csv(csv_dir / "mentions.csv")
    records = [(o.doc_id, e, m) for o in corpus_outputs for e in o.entities.values() for m in e["mentions"]]
    assert len(rows) == len(records)
    for row, (doc_id, record, mention) in zip(rows, records, strict=True):
        assert row == {"doc_id": doc_id, "entity_id": record["id"], "label": record["label"], "name": record["name"],
                       "text": mention["text"], "start": str(mention["start"]), "end": str(mention["end"]),
                       "via": mention["via"]}


def test_export_table_claims_match_the_jsonl(csv_dir, corpus_outputs):
    rows, _ = read_csv(csv_dir / "claims.csv")
    records = [(o, c) for o in corpus_outputs for c in o.claims.values()]
    assert len(rows) == len(records)
    for row, (out, record) in zip(rows, records, strict=True):
        assert (row["doc_id"], row["date"], row["id"], row["type"]) == (
            out.doc_id, blank(out.document["date"]), record["id"], record["type"])
        for role in ("actor", "target"):
            ref = record[role]
            assert row[f"{role}_id"] == blank(ref and ref["id"])
            assert row[f"{role}_text"] == blank(ref and ref["text"])
            assert row[f"{role}_name"] == blank(ref and out.entities[ref["id"]]["name"])
        for key in ("relation", "cameo", "polarity", "modality", "assessment_kind", "rule", "patterns_version"):
            assert row[key] == blank(record[key]), key
        likelihood = record["likelihood"] or {}
        assert row["band"] == blank(likelihood.get("band"))
        low, high = likelihood.get("probability") or (None, None)
        assert (row["probability_low"], row["probability_high"]) == (blank(low), blank(high))
        assert row["evidence"] == record["evidence"]["text"] and row["cue"] == record["cue"]["text"]
        assert (int(row["evidence_start"]), int(row["evidence_end"])) == (
            record["evidence"]["start"], record["evidence"]["end"])
        assert row["content"] == blank(record["content"] and record["content"]["text"])
        assert row["attribution"] == blank(record["attribution"] and record["attribution"]["holder"])
        assert row["confidence"] == blank(record.get("confidence"))


def test_export_table_second_export_is_byte_identical(csv_dir, tmp_path):
    assert runner.invoke(app, ["export", "table", str(OUTPUTS), "--to", str(tmp_path)]).exit_code == 0
    for path in sorted(csv_dir.iterdir()):
        assert (tmp_path / path.name).read_bytes() == path.read_bytes()


def test_export_table_keeps_line_breaks_and_separators_inside_cells(tmp_path):
    out = output(document(), entity("group:g", "G"), claim("pledge", "group:g"))
    out.claims["c-1"]["evidence"] = {**out.claims["c-1"]["evidence"], "text": "line one,\r\n\"two\"; three"}
    [claims] = [t for t in tables([out]) if t.name == "claims"]
    path = tmp_path / "claims.csv"
    path.write_text(to_csv(claims), encoding="utf-8", newline="")
    rows, _ = read_csv(path)
    assert rows[0]["evidence"] == "line one,\r\n\"two\"; three"


def test_export_table_carries_analytic_confidence_and_roles_when_present():
    out = output(document(), entity("group:g", "G"), claim("assessment", "group:g"))
    out.claims["c-1"]["confidence"] = "moderate"  # fields newer outputs will have
    out.entities["group:g"]["roles"] = ["armed group", "party to talks"]
    [row] = claim_rows(out)
    assert row["confidence"] == "moderate"
    [entities] = [t for t in tables([out]) if t.name == "entities"]
    assert entities.rows[0]["roles"] == ["armed group", "party to talks"]


def test_export_table_parquet_matches_the_csv(csv_dir, tmp_path):
    import pyarrow.parquet as pq

    result = runner.invoke(app, ["export", "table", str(OUTPUTS), "--to", str(tmp_path), "--format", "parquet"])
    assert result.exit_code == 0, result.output
    for name, columns in (("entities", ENTITY_COLUMNS), ("mentions", MENTION_COLUMNS), ("claims", CLAIM_COLUMNS)):
        table = pq.read_table(tmp_path / f"{name}.parquet").to_pylist()
        rows, _ = read_csv(csv_dir / f"{name}.csv")
        assert len(table) == len(rows)
        for typed, text in zip(table, rows, strict=True):
            for column, kind in columns:
                value = typed[column]
                as_text = "; ".join(value) if kind == "list" else blank(value)
                assert as_text == text[column], (name, column)


def test_export_table_parquet_without_pyarrow_is_one_line(tmp_path, monkeypatch):
    monkeypatch.setitem(sys.modules, "pyarrow", None)  # import pyarrow now raises ImportError
    result = runner.invoke(app, ["export", "table", str(OUTPUTS), "--to", str(tmp_path / "t"), "--format", "parquet"])
    assert result.exit_code == 1
    assert result.output.strip().splitlines() == ["error: --format parquet needs pyarrow: pip install 'briefs[parquet]'"]
    assert not (tmp_path / "t").exists()
