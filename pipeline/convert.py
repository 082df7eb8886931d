"""Doc -> records: the one place where spaCy objects become contract records."""

from __future__ import annotations

import hashlib
import json

from pydantic import TypeAdapter
from spacy.tokens import Doc

from pipeline.components.actors import read_mentions
from pipeline.components.tokens import TokenTable, token_table
from pipeline.read import Brief, Segment
from pipeline.read.lines import one_line
from pipeline.records import (
    NAME_VIAS,
    ClaimRecord,
    DocumentRecord,
    EntityRecord,
    Record,
    Structure,
)
from pipeline.records import (
    Segment as SegmentRecord,
)

# A brief's records are validated in one call per kind: one pass in pydantic-core's loop
# instead of a Python call per record.
ENTITIES = TypeAdapter(list[EntityRecord])
CLAIMS = TypeAdapter(list[ClaimRecord])
# json.dumps(..., sort_keys=True, ensure_ascii=False) makes a new encoder per call; claim ids
# hash one payload per claim, so the encoder is made once (the same output, byte for byte).
PAYLOAD = json.JSONEncoder(sort_keys=True, ensure_ascii=False)


def _seg(seg: Segment | None) -> SegmentRecord | None:
    return SegmentRecord(start=seg.start, end=seg.end) if seg else None


def _text(brief: Brief, seg: Segment | None) -> str | None:
    return seg.text(brief.text) if seg else None


def document_record(brief: Brief, table: TokenTable, *, n_entities: int, n_claims: int, pipeline_version: str,
                    patterns_version: str, first_person_actor: str | None = None) -> DocumentRecord:
    return DocumentRecord(
        doc_id=brief.stem,
        source=brief.source,
        sha256=brief.sha256,
        text_sha256=brief.text_sha256,
        reader=brief.reader,
        publisher=_text(brief, brief.publisher),
        date=brief.date,
        title=_text(brief, brief.title),
        structured=brief.structured,
        structure=Structure(
            publisher=_seg(brief.publisher),
            date=_seg(brief.date_span),
            title=_seg(brief.title),
            bluf=[_seg(s) for s in brief.bluf],
            headings=[_seg(s) for s in brief.headings],
            paragraphs=[_seg(s) for s in brief.paragraphs],
        ),
        n_chars=len(brief.text),
        n_sentences=len(table.sent_starts),
        n_entities=n_entities,
        n_claims=n_claims,
        first_person_actor=first_person_actor,
        pipeline_version=pipeline_version,
        patterns_version=patterns_version,
    )


def entity_records(doc: Doc, doc_id: str, table: TokenTable) -> list[EntityRecord]:
    # Mentions stay plain dicts until the record is validated as a whole: one pydantic
    # validation per entity, not one per mention, which dominated extraction time.
    by_actor: dict[str, list[dict]] = {}
    for m in read_mentions(doc, table):
        mention = {**table.span(m.start, m.end), "via": m.via, "rule": m.rule}
        for actor_id in m.actor_ids:
            by_actor.setdefault(actor_id, []).append(mention)
    actors = doc._.actors
    records = []
    for actor_id, mentions in by_actor.items():
        actor = actors[actor_id]
        mentions.sort(key=lambda x: (x["start"], x["end"]))
        # a name wrapped over two lines is the same alias as on one (the mention quotes the text)
        # (a title's capitals only restate a name: 'MAHMUDA GROUP' is no other name for it)
        surfaces = {one_line(x["text"]) for x in mentions
                    if x["via"] in NAME_VIAS and x["rule"] != "shape.capitals"} | set(actor["aliases"])
        records.append({
            "doc_id": doc_id,
            "id": actor_id,
            "label": actor["label"],
            "name": actor["name"],
            "aliases": sorted(surfaces - {actor["name"]}),
            "mentions": mentions,
            "refs": actor["refs"] or None,
            "roles": list(actor["roles"]) or None,
        })
    records.sort(key=lambda r: (r["mentions"][0]["start"], r["id"]))
    return ENTITIES.validate_python(records)


def claim_id(doc_id: str, fields: dict) -> str:
    """Hash of what the claim says (not where): an edit elsewhere in the brief keeps the id."""
    payload = PAYLOAD.encode({"doc": doc_id, **fields})
    return "c-" + hashlib.sha256(payload.encode()).hexdigest()[:16]


def claim_records(doc: Doc, doc_id: str) -> list[ClaimRecord]:
    claims = []
    seen: dict[str, int] = {}
    for raw in sorted(doc._.claims or [], key=lambda c: (c["evidence"]["start"], c["cue"]["start"], c["rule"])):
        content = {
            "type": raw["type"], "rule": raw["rule"], "relation": raw["relation"],
            "actor": (raw["actor"] or {}).get("id"), "target": (raw["target"] or {}).get("id"),
            "evidence": raw["evidence"]["text"], "cue": raw["cue"]["text"],
        }
        base = claim_id(doc_id, content)
        # The same sentence can occur twice in a brief; the n-th copy keeps a stable suffix.
        seen[base] = seen.get(base, 0) + 1
        ident = base if seen[base] == 1 else f"{base}-{seen[base]}"
        claims.append({**raw, "doc_id": doc_id, "id": ident})
    claims.sort(key=lambda c: (c["evidence"]["start"], c["cue"]["start"], c["id"]))
    return CLAIMS.validate_python(claims)


def records_for(doc: Doc, *, pipeline_version: str, patterns_version: str,
                table: TokenTable | None = None) -> list[Record]:
    """A processed Doc's records; everything is read from the Doc's own stores (its text,
    span groups and extension attributes), so a Doc restored from bytes gives the same
    records. ``table``: the pipeline's token table for this Doc, if it has one at hand."""
    table = table if table is not None else token_table(doc)
    # the table's text is doc.text, which would make a Token per token to join it again
    brief = Brief.from_data(doc._.brief, table.source)
    doc_id = brief.stem
    entities, claims = entity_records(doc, doc_id, table), claim_records(doc, doc_id)
    # The counts let a reader tell a whole output from a truncated one (run.batch.up_to_date).
    document = document_record(brief, table, n_entities=len(entities), n_claims=len(claims),
                               pipeline_version=pipeline_version, patterns_version=patterns_version,
                               first_person_actor=doc._.brief.get("first_person_actor"))
    return [document, *entities, *claims]
