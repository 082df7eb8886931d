"""Small outputs built record by record, read back through the output reader (so they obey the contract)."""

from __future__ import annotations

import hashlib
import json
from typing import Any

from pipeline.review.outputs import Output, parse_output

TEXT = "Placeholder text of a brief, long enough for every offset these records use. " * 4


def document(doc_id: str = "t", date: str | None = "2024-05-01", **fields: Any) -> dict[str, Any]:
    return {"kind": "document", "doc_id": doc_id, "source": f"{doc_id}.txt",
            "sha256": hashlib.sha256(doc_id.encode()).hexdigest(), "publisher": "TEST NOTE", "date": date,
            "title": f"Brief {doc_id}", "structured": True, "structure": {}, "n_chars": len(TEXT),
            "n_sentences": 4, "pipeline_version": "0.1.0", "patterns_version": "p1", "schema_version": "1",
            **fields}


def entity(eid: str, name: str, refs: dict[str, list[str]] | None = None, doc_id: str = "t") -> dict[str, Any]:
    label = {"group": "GROUP", "state": "STATE", "person": "PERSON"}[eid.split(":")[0]]
    return {"kind": "entity", "doc_id": doc_id, "id": eid, "label": label, "name": name, "aliases": [],
            "mentions": [{"start": 0, "end": len(name), "text": name, "via": "pattern"}], "refs": refs}


def _span(start: int, end: int) -> dict[str, Any]:
    return {"start": start, "end": end, "text": TEXT[start:end]}


def _ref(eid: str | None) -> dict[str, Any] | None:
    return None if eid is None else {"id": eid, "text": "x", "start": 0, "end": 1}


def claim(ctype: str, actor: str | None, target: str | None = None, *, cid: str = "c-1", doc_id: str = "t",
          **fields: Any) -> dict[str, Any]:
    record = {"kind": "claim", "doc_id": doc_id, "id": cid, "type": ctype, "actor": _ref(actor),
              "target": _ref(target), "relation": None, "cameo": None, "polarity": "positive",
              "modality": "stated", "likelihood": None, "assessment_kind": None, "attribution": None,
              "content": None, "cue": _span(10, 15), "evidence": _span(0, 40), "rule": f"{ctype}.test",
              "patterns_version": "p1"}
    if ctype == "assessment":
        record.update(modality="asserted", assessment_kind="forecast", attribution={"holder": "author", "cue": None},
                      likelihood={"band": "likely", "cue": _span(10, 15), "probability": [0.55, 0.8]})
    if ctype == "pledge":
        record.update(cameo="03", content=_span(16, 30))
    return {**record, **fields}


def likelihood(band: str) -> dict[str, Any]:
    from pipeline.export.stix import DNI_TERMS

    probabilities = {"likely": [0.55, 0.8]}
    cue = None if band == "none" else _span(10, 15)
    probability = probabilities.get(band, [0.1, 0.2]) if band in DNI_TERMS else None
    return {"band": band, "cue": cue, "probability": probability}


def output(*records: dict[str, Any], label: str = "t.jsonl") -> Output:
    """The records as a file, read back: a record the contract refuses fails here, not in a test.
    A document record without its counts gets those of the records given."""
    kinds = [r["kind"] for r in records]
    counts = {"n_entities": kinds.count("entity"), "n_claims": kinds.count("claim")}
    records = tuple({**counts, **r} if r["kind"] == "document" else r for r in records)
    text = "".join(json.dumps(r, sort_keys=True) + "\n" for r in records)
    return parse_output(text, label)
