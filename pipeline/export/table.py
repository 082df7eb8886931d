"""``briefs export table``: outputs -> entities, mentions and claims as flat tables.

CSV (UTF-8, a header row, the csv module's standard quoting) for spreadsheets and pandas, or
Parquet with typed columns where pyarrow is installed (``pip install 'briefs[parquet]'``).
One row per entity record (an actor in one brief), per mention, and per claim; rows keep the
order of the outputs. In CSV a list is one cell, its items joined by "; ".
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any, Literal

from pipeline.review.outputs import Output, Record

Kind = Literal["str", "int", "float", "list"]
LIST_SEPARATOR = "; "
KNOWN_REFS = ("iso3166", "un", "ofac", "cameo")


@dataclass(frozen=True)
class Table:
    name: str
    columns: tuple[tuple[str, Kind], ...]
    rows: list[dict[str, Any]]


ENTITY_COLUMNS: tuple[tuple[str, Kind], ...] = (
    ("doc_id", "str"), ("date", "str"), ("id", "str"), ("label", "str"), ("name", "str"), ("aliases", "list"),
    ("n_mentions", "int"), ("first_start", "int"), ("iso3166", "list"), ("un", "list"), ("ofac", "list"),
    ("cameo", "list"), ("other_refs", "list"), ("roles", "list"),
)
MENTION_COLUMNS: tuple[tuple[str, Kind], ...] = (
    ("doc_id", "str"), ("entity_id", "str"), ("label", "str"), ("name", "str"), ("text", "str"),
    ("start", "int"), ("end", "int"), ("via", "str"),
)
CLAIM_COLUMNS: tuple[tuple[str, Kind], ...] = (
    ("doc_id", "str"), ("date", "str"), ("id", "str"), ("type", "str"), ("relation", "str"), ("cameo", "str"),
    ("actor_id", "str"), ("actor_name", "str"), ("actor_text", "str"),
    ("target_id", "str"), ("target_name", "str"), ("target_text", "str"),
    ("polarity", "str"), ("modality", "str"), ("band", "str"), ("probability_low", "float"),
    ("probability_high", "float"), ("confidence", "str"), ("assessment_kind", "str"), ("attribution", "str"),
    ("content", "str"), ("cue", "str"), ("evidence", "str"), ("evidence_start", "int"), ("evidence_end", "int"),
    ("rule", "str"), ("patterns_version", "str"),
)


def _as_strings(values: Any) -> list[str]:
    """A list cell; items that are not strings (a future field's shape) kept as compact JSON."""
    if values is None:
        return []
    return [v if isinstance(v, str) else json.dumps(v, sort_keys=True, ensure_ascii=False)
            for v in (values if isinstance(values, list) else [values])]


def entity_rows(output: Output) -> Iterable[dict[str, Any]]:
    for entity in output.entities.values():
        refs = entity["refs"] or {}
        yield {
            "doc_id": output.doc_id, "date": output.document["date"], "id": entity["id"],
            "label": entity["label"], "name": entity["name"], "aliases": entity["aliases"],
            "n_mentions": len(entity["mentions"]), "first_start": min(m["start"] for m in entity["mentions"]),
            **{key: refs.get(key, []) for key in KNOWN_REFS},
            "other_refs": [f"{key}:{code}" for key in sorted(refs) if key not in KNOWN_REFS for code in refs[key]],
            "roles": _as_strings(entity.get("roles")),  # newer outputs only
        }


def mention_rows(output: Output) -> Iterable[dict[str, Any]]:
    for entity in output.entities.values():
        for mention in entity["mentions"]:
            yield {"doc_id": output.doc_id, "entity_id": entity["id"], "label": entity["label"],
                   "name": entity["name"], "text": mention["text"], "start": mention["start"],
                   "end": mention["end"], "via": mention["via"]}


def _role(output: Output, ref: Record | None) -> tuple[str | None, str | None, str | None]:
    if ref is None:
        return None, None, None
    return ref["id"], output.entities[ref["id"]]["name"], ref["text"]


def claim_rows(output: Output) -> Iterable[dict[str, Any]]:
    for claim in output.claims.values():
        actor_id, actor_name, actor_text = _role(output, claim["actor"])
        target_id, target_name, target_text = _role(output, claim["target"])
        likelihood = claim["likelihood"] or {}
        low, high = likelihood.get("probability") or (None, None)
        yield {
            "doc_id": output.doc_id, "date": output.document["date"], "id": claim["id"], "type": claim["type"],
            "relation": claim["relation"], "cameo": claim["cameo"],
            "actor_id": actor_id, "actor_name": actor_name, "actor_text": actor_text,
            "target_id": target_id, "target_name": target_name, "target_text": target_text,
            "polarity": claim["polarity"], "modality": claim["modality"], "band": likelihood.get("band"),
            "probability_low": low, "probability_high": high,
            "confidence": claim.get("confidence"),  # ICD-203 analytic confidence, newer outputs only
            "assessment_kind": claim["assessment_kind"],
            "attribution": claim["attribution"]["holder"] if claim["attribution"] else None,
            "content": claim["content"]["text"] if claim["content"] else None,
            "cue": claim["cue"]["text"], "evidence": claim["evidence"]["text"],
            "evidence_start": claim["evidence"]["start"], "evidence_end": claim["evidence"]["end"],
            "rule": claim["rule"], "patterns_version": claim["patterns_version"],
        }


def tables(outputs: Iterable[Output]) -> list[Table]:
    entities, mentions, claims = (Table("entities", ENTITY_COLUMNS, []), Table("mentions", MENTION_COLUMNS, []),
                                  Table("claims", CLAIM_COLUMNS, []))
    for output in outputs:
        entities.rows.extend(entity_rows(output))
        mentions.rows.extend(mention_rows(output))
        claims.rows.extend(claim_rows(output))
    return [entities, mentions, claims]


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, list):
        return LIST_SEPARATOR.join(value)
    return str(value)


def to_csv(table: Table) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(name for name, _ in table.columns)
    for row in table.rows:
        writer.writerow(_cell(row[name]) for name, _ in table.columns)
    return buffer.getvalue()


def to_parquet(table: Table) -> bytes:
    """Typed columns (lists as lists); raises ImportError without pyarrow."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    types = {"str": pa.string(), "int": pa.int64(), "float": pa.float64(), "list": pa.list_(pa.string())}
    schema = pa.schema([(name, types[kind]) for name, kind in table.columns])
    buffer = io.BytesIO()
    pq.write_table(pa.Table.from_pylist(table.rows, schema=schema), buffer)
    return buffer.getvalue()
