"""Score pledges on the English election-manifesto sentences of Fornaciari et al. (2021).

The data is not in the project: fetch ``jupyter_xsl_preproc_210130170501/all210126.xlsx`` from
the public repository fornaciari/MiMac_taxes to a folder of your own and give its path::

    make eval-pledges XLSX=/tmp/all210126.xlsx
    python -m pipeline.review.manifestos /tmp/all210126.xlsx [--set dev] [--json]

(reading .xlsx needs openpyxl: ``pip install -e ".[eval]"``). The English rows are the Indian
2014 manifestos of the BJP and the Congress; a row is a pledge when its label is 1 or more.
Each sentence is extracted on its own with its party as the first-person actor (its 'we', its
own name and its implied commitments are the party's), so the party is the actor of what it
promises. A sentence is predicted a pledge when a pledge claim in it has the party as its
actor. The data set's pledges are commitments to a specific action whose doing can be checked
(Fornaciari et al.: 'we will set up ...', not 'we will strive for ...'), which is what a
pledge's ``commitment: action`` says; figures are printed for those and for every pledge.
The rows are split into the authors' train and dev sets; the commitment lexicon was written
without looking at dev, whose figures are the held-out ones.
"""

from __future__ import annotations

import json
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pipeline.review.datasets import data_args

# The party column's codes and the names the manifestos call the party by (a fact of the data).
PARTY_NAMES = {"INC": "Congress", "BJP": "BJP"}


@dataclass(frozen=True)
class Row:
    party: str
    subset: str
    text: str
    pledge: bool


def read_rows(path: Path) -> list[Row]:
    try:
        import openpyxl
    except ImportError as exc:
        raise SystemExit('reading .xlsx needs openpyxl: pip install -e ".[eval]"') from exc
    book = openpyxl.load_workbook(path, read_only=True)
    sheet = book.worksheets[0]
    rows = sheet.iter_rows(values_only=True)
    header = [str(h) for h in next(rows)]
    at = {name: header.index(name) for name in ("file", "party", "pledge", "set", "text")}
    out = []
    for values in rows:
        if not str(values[at["file"]] or "").startswith("English") or not values[at["text"]]:
            continue
        out.append(Row(str(values[at["party"]]), str(values[at["set"]]), str(values[at["text"]]).strip(),
                       int(values[at["pledge"]] or 0) >= 1))
    return out


def predict(rows: list[Row]) -> list[dict[str, bool]]:
    """Per row: any pledge, a pledge by the party, a pledge by the party to an action."""
    import pipeline
    from pipeline.read import read_text

    nlp = pipeline.load()
    docs = (pipeline.brief_doc(nlp, read_text(row.text, "sentence.txt"),
                               first_person_actor=PARTY_NAMES.get(row.party, row.party)) for row in rows)
    out = []
    for doc in nlp.pipe(docs, batch_size=256):
        pledges = [c for c in doc._.claims if c["type"] == "pledge"]
        author = [c for c in pledges if c["actor"] is not None and _is_author(doc, c["actor"]["id"])]
        out.append({"any": bool(pledges), "author": bool(author),
                    "action": any(c.get("commitment") == "action" for c in author)})
    return out


def _is_author(doc: Any, actor_id: str) -> bool:
    name = doc._.brief["first_person_actor"]
    actor = (doc._.actors or {}).get(actor_id)
    return actor is not None and (actor["name"].casefold() == name.casefold()
                                  or name.casefold() in {a.casefold() for a in actor["aliases"]})


def _prf(tp: int, fp: int, fn: int) -> dict[str, Any]:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4), "tp": tp, "fp": fp, "fn": fn}


def score(rows: list[Row], predicted: list[dict[str, bool]]) -> dict[str, Any]:
    result: dict[str, Any] = {}
    for subset in ("all", *sorted({r.subset for r in rows})):
        chosen = [(r, p) for r, p in zip(rows, predicted, strict=True) if subset in ("all", r.subset)]
        result[subset] = {"sentences": len(chosen), "pledges": sum(r.pledge for r, _ in chosen)}
        for kind in ("action", "author", "any"):
            tp = sum(1 for r, p in chosen if r.pledge and p[kind])
            fp = sum(1 for r, p in chosen if not r.pledge and p[kind])
            fn = sum(1 for r, p in chosen if r.pledge and not p[kind])
            result[subset][kind] = _prf(tp, fp, fn)
    return result


def main(argv: list[str] | None = None) -> int:
    args = data_args("pipeline.review.manifestos", __doc__, "all210126.xlsx", argv)
    if args is None:
        return 2
    rows = read_rows(args.path)
    result = score(rows, predict(rows))
    if args.json:
        print(json.dumps(result, indent=2, sort_keys=True))
        return 0
    labels = {"action": "party's pledges to an action", "author": "party's pledges", "any": "any pledge"}
    for subset, figures in result.items():
        print(f"{subset}: {figures['sentences']} sentences, {figures['pledges']} pledges")
        for kind, label in labels.items():
            f = figures[kind]
            print(f"  {label:30} precision {f['precision']:.3f}  recall {f['recall']:.3f}  F1 {f['f1']:.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
