"""Score PERSON mentions and armed or political groups on the CoNLL-2003 English test set.

The data has research-only terms, so it is never in the project: fetch it to a folder of
your own (the public repository allanj/StatNLP-Projects holds data/conll2003/eng.testb, with
document boundaries, in its history) and give its path::

    make eval-conll CONLL=/tmp/conll/eng.testb
    python -m pipeline.review.conll /tmp/conll/eng.testb [--json]

Each of the 231 documents becomes a text (tokens joined by spaces, one sentence per line)
and goes through the pipeline as a brief would. Printed: PERSON precision and recall, strict
(the same character span) and lenient (overlapping), against the gold PER spans; and the
recall of the armed and political organisations among the gold ORG spans (the surfaces in
ARMED_OR_POLITICAL below, chosen by what the organisation is, not by whether the pipeline
finds it) as GROUP mentions.
"""

from __future__ import annotations

import json
import sys
from dataclasses import dataclass, field
from pathlib import Path

from pipeline.review.datasets import data_args

# The armed groups, political parties and movements, and juntas among the test set's ORG
# spans (1996 Reuters). Sports clubs, companies, newsrooms, ministries, courts, international
# bodies and the like are not in it.
ARMED_OR_POLITICAL = frozenset({
    # armed groups and their political wings
    "SLA", "South Lebanon Army", "PKK", "Kurdistan Workers Party", "PLO", "Palestine Liberation Organisation",
    "Irish Republican Army", "ETA", "Herri Batasuna", "Guardians of the Cedars",
    # parties and movements
    "BJP", "Bharatiya Janata Party", "Labour", "ANC", "African National Congress", "Inkatha Freedom Party",
    "UDMR", "Hungarian Democratic Union", "Social Democratic Union", "Czech Civic Democratic Party", "ODS",
    "NLD", "National League for Democracy", "New Zealand First", "NZ First", "FDP", "Radical Democrats",
    "Democratic Left Alliance", "Movement for a Democratic Slovakia", "National Alliance", "AN", "Social Movement",
    "MS-Fiamma", "Northern League",
    # a junta
    "SLORC", "State Law and Order Restoration Council",
})


@dataclass
class ConllDoc:
    text: str
    per: list[tuple[int, int]] = field(default_factory=list)  # gold PER character spans
    org: list[tuple[int, int, str]] = field(default_factory=list)  # gold ORG spans with their surface


def read_conll(path: Path) -> list[ConllDoc]:
    """Documents of a CoNLL-2003 file (word POS chunk NER per line, IOB1 tags)."""
    docs: list[ConllDoc] = []
    sentences: list[list[tuple[str, str]]] = []
    current: list[tuple[str, str]] = []

    def close_sentence() -> None:
        nonlocal current
        if current:
            sentences.append(current)
            current = []

    def close_doc() -> None:
        nonlocal sentences
        close_sentence()
        if sentences:
            docs.append(_doc(sentences))
            sentences = []

    for line in path.read_text(encoding="utf-8").splitlines():
        parts = line.split()
        if not parts:
            close_sentence()
        elif parts[0] == "-DOCSTART-":
            close_doc()
        else:
            current.append((parts[0], parts[-1]))
    close_doc()
    return docs


def _doc(sentences: list[list[tuple[str, str]]]) -> ConllDoc:
    pieces: list[str] = []
    spans: list[tuple[int, int, str, str]] = []  # start, end, type, surface
    offset = 0
    for s, sentence in enumerate(sentences):
        if s:
            pieces.append("\n")
            offset += 1
        open_span: list | None = None
        for k, (word, tag) in enumerate(sentence):
            if k:
                pieces.append(" ")
                offset += 1
            start, end = offset, offset + len(word)
            pieces.append(word)
            offset = end
            kind = tag[2:] if tag != "O" else None
            continues = open_span is not None and kind == open_span[2] and not tag.startswith("B-")
            if continues:
                open_span[1] = end
            else:
                if open_span is not None:
                    spans.append(tuple(open_span))
                open_span = [start, end, kind] if kind else None
        if open_span is not None:
            spans.append(tuple(open_span))
    text = "".join(pieces)
    doc = ConllDoc(text)
    for start, end, kind in spans:
        if kind == "PER":
            doc.per.append((start, end))
        elif kind == "ORG":
            doc.org.append((start, end, text[start:end]))
    return doc


def _prf(tp: int, fp: int, fn: int) -> dict[str, float | int]:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(2 * p * r / (p + r), 4) if p + r else 0.0,
            "tp": tp, "fp": fp, "fn": fn}


def score(docs: list[ConllDoc]) -> dict:
    import pipeline
    from pipeline.records import NAME_VIAS

    nlp = pipeline.load()
    per_strict = [0, 0, 0]  # tp, fp, fn
    per_lenient_gold = per_lenient_pred = per_gold = per_pred = 0
    org_total = org_strict = org_lenient = 0
    missed: dict[str, int] = {}
    for n, doc in enumerate(docs):
        records = pipeline.extract_text(doc.text, source=f"conll-{n:03d}.txt", nlp=nlp)
        mentions = [(m["start"], m["end"], e["label"]) for e in records if e["kind"] == "entity"
                    for m in e["mentions"] if m["via"] in NAME_VIAS]
        people = {(s, e) for s, e, label in mentions if label == "PERSON"}
        groups = {(s, e) for s, e, label in mentions if label == "GROUP"}
        gold = set(doc.per)
        per_strict[0] += len(gold & people)
        per_strict[1] += len(people - gold)
        per_strict[2] += len(gold - people)
        per_gold += len(gold)
        per_pred += len(people)
        per_lenient_gold += sum(1 for g in gold if any(p[0] < g[1] and g[0] < p[1] for p in people))
        per_lenient_pred += sum(1 for p in people if any(p[0] < g[1] and g[0] < p[1] for g in gold))
        for start, end, surface in doc.org:
            if surface not in ARMED_OR_POLITICAL:
                continue
            org_total += 1
            org_strict += (start, end) in groups
            hit = any(s < end and start < e for s, e in groups)
            org_lenient += hit
            if not hit:
                missed[surface] = missed.get(surface, 0) + 1
    lenient = _prf(per_lenient_pred, per_pred - per_lenient_pred, per_gold - per_lenient_gold)
    lenient["recall"] = round(per_lenient_gold / per_gold, 4) if per_gold else 0.0
    return {
        "documents": len(docs),
        "person_strict": _prf(*per_strict),
        "person_lenient": lenient,
        "armed_or_political_org": {"spans": org_total,
                                   "recall_strict": round(org_strict / org_total, 4) if org_total else 0.0,
                                   "recall_lenient": round(org_lenient / org_total, 4) if org_total else 0.0,
                                   "missed": dict(sorted(missed.items(), key=lambda x: (-x[1], x[0])))},
    }


def main(argv: list[str] | None = None) -> int:
    args = data_args("pipeline.review.conll", __doc__, "a CoNLL-2003 file (eng.testb)", argv)
    if args is None:
        return 2
    result = score(read_conll(args.path))
    if args.json:
        print(json.dumps(result, indent=2, sort_keys=True))
        return 0
    strict, lenient, org = result["person_strict"], result["person_lenient"], result["armed_or_political_org"]
    print(f"CoNLL-2003 {args.path.name}: {result['documents']} documents")
    print(f"PERSON strict:  precision {strict['precision']:.3f}  recall {strict['recall']:.3f}  "
          f"F1 {strict['f1']:.3f}  (tp {strict['tp']}, fp {strict['fp']}, fn {strict['fn']})")
    print(f"PERSON lenient: precision {lenient['precision']:.3f}  recall {lenient['recall']:.3f}")
    print(f"armed or political organisations: {org['spans']} spans, recall {org['recall_strict']:.3f} strict, "
          f"{org['recall_lenient']:.3f} lenient; missed: {org['missed']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
