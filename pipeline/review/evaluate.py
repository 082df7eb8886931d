"""Scoring extractions against gold annotations, as ../shared/briefs/GOLD.md describes.

Entities: gold mentions are every word-bounded occurrence of a gold surface form, names
and neutral strings competing longest first; a prediction overlapping a neutral
occurrence is ignored; only name mentions are scored (not demonyms, not resolved
references). Claims: same type, evidence covering the middle of the gold snippet,
actors resolving to one of the gold surface forms; optional gold claims neither
reward nor penalise.
"""

from __future__ import annotations

import json
import re
from collections import defaultdict
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

from pipeline.read import SUFFIXES
from pipeline.records import NAME_VIAS, SYMMETRIC_RELATIONS, Band
from pipeline.review.outputs import SourceMismatch, read_output, source_text

LABELS = ("GROUP", "STATE", "PERSON")
CLAIM_TYPES = ("pledge", "assessment", "relationship")
BANDS = set(Band.__args__)  # type: ignore[attr-defined]


class GoldError(ValueError):
    pass


@dataclass
class Counts:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, other: Counts) -> None:
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn

    def scores(self) -> dict[str, float | int]:
        p = self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0
        r = self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4),
                "tp": self.tp, "fp": self.fp, "fn": self.fn}


@dataclass
class Report:
    entities_strict: dict[str, Counts] = field(default_factory=lambda: defaultdict(Counts))
    entities_lenient: dict[str, Counts] = field(default_factory=lambda: defaultdict(Counts))
    claims: dict[str, Counts] = field(default_factory=lambda: defaultdict(Counts))
    band_total: int = 0
    band_correct: int = 0
    errors: list[dict[str, Any]] = field(default_factory=list)
    briefs: list[str] = field(default_factory=list)

    def add(self, other: Report) -> None:
        for mine, theirs in ((self.entities_strict, other.entities_strict),
                             (self.entities_lenient, other.entities_lenient), (self.claims, other.claims)):
            for key, counts in theirs.items():
                mine[key].add(counts)
        self.band_total += other.band_total
        self.band_correct += other.band_correct
        self.errors += other.errors
        self.briefs += other.briefs

    def as_dict(self) -> dict[str, Any]:
        def table(counts: dict[str, Counts], keys: tuple[str, ...], total_key: str) -> dict[str, Any]:
            out = {k: counts[k].scores() for k in keys}
            total = Counts()
            for k in keys:
                total.add(counts[k])
            out[total_key] = total.scores()
            return out

        claims = {k: self.claims[k].scores() for k in CLAIM_TYPES}
        claims["relationship_labelled"] = self.claims["relationship_labelled"].scores()
        return {
            "briefs": self.briefs,
            "entities": {
                "strict": table(self.entities_strict, LABELS, "all"),
                "lenient": table(self.entities_lenient, LABELS, "all"),
            },
            "claims": claims,
            "likelihood_band_accuracy": round(self.band_correct / self.band_total, 4) if self.band_total else None,
            "likelihood_band_pairs": self.band_total,
            "errors": self.errors,
        }


# ---------------------------------------------------------------------------- gold
def occurrences(text: str, form: str) -> list[tuple[int, int]]:
    """Word-bounded occurrences; a hyphen glued before the form blocks it, one after does not."""
    out = []
    for match in re.finditer(re.escape(form), text):
        s, e = match.span()
        before = text[s - 1] if s else " "
        after = text[e] if e < len(text) else " "
        if before.isalnum() or before == "-" or after.isalnum():
            continue
        out.append((s, e))
    return out


def gold_mentions(text: str, gold: dict[str, Any]) -> tuple[set[tuple[int, int, str]], list[tuple[int, int]]]:
    forms: list[tuple[str, str | None]] = [(e["text"], e["label"]) for e in gold.get("entities", [])]
    forms += [(n, None) for n in gold.get("neutral", [])]
    forms.sort(key=lambda f: -len(f[0]))
    taken = [False] * len(text)
    names: set[tuple[int, int, str]] = set()
    neutral: list[tuple[int, int]] = []
    for form, label in forms:
        for s, e in occurrences(text, form):
            if any(taken[s:e]):
                continue
            for i in range(s, e):
                taken[i] = True
            if label is None:
                neutral.append((s, e))
            else:
                names.add((s, e, label))
    return names, neutral


def snippet_span(text: str, snippet: str, where: str) -> tuple[int, int]:
    count = text.count(snippet)
    if count != 1:
        raise GoldError(f"{where}: snippet occurs {count} times (must be exactly once): {snippet!r}")
    s = text.index(snippet)
    return s, s + len(snippet)


class _Visible(HTMLParser):
    """The words a browser shows in a page's body (no head, scripts or styles)."""

    HIDDEN = frozenset({"head", "title", "script", "style", "template", "noscript"})

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.hidden = 0

    def handle_starttag(self, tag: str, attrs: Any) -> None:
        self.hidden += tag in self.HIDDEN
        self.parts.append(" ")

    def handle_endtag(self, tag: str) -> None:
        self.hidden -= tag in self.HIDDEN and self.hidden > 0
        self.parts.append(" ")

    def handle_data(self, data: str) -> None:
        if not self.hidden:
            self.parts.append(data)


def visible_text(path: Path) -> str | None:
    """What the source shows a reader, whitespace collapsed, to tell a gold snippet the
    reader dropped from one the gold misquotes; None for formats read as their bytes are
    (text, Markdown) or that need an extra to open (PDF, Word)."""
    if path.suffix.lower() not in {".html", ".htm"}:
        return None
    parser = _Visible()
    parser.feed(path.read_text(encoding="utf-8", errors="replace"))
    return " ".join("".join(parser.parts).split())


def norm(form: str) -> str:
    form = form.strip().casefold().replace("\u2019", "'")
    if form.startswith("the "):
        form = form[4:]
    if form.endswith("'s"):
        form = form[:-2]
    return form


def _forms(value: str | list[str] | None) -> set[str]:
    if value is None:
        return set()
    return {norm(v) for v in ([value] if isinstance(value, str) else value)}


# ---------------------------------------------------------------------------- scoring
def score_entities(text: str, gold: dict[str, Any], entities: list[dict[str, Any]], report: Report) -> None:
    names, neutral = gold_mentions(text, gold)
    predicted = {
        (m["start"], m["end"], e["label"])
        for e in entities for m in e["mentions"] if m["via"] in NAME_VIAS
    }
    predicted = {p for p in predicted if not any(p[0] < ne and ns < p[1] for ns, ne in neutral)}
    for label in LABELS:
        gold_l = {g for g in names if g[2] == label}
        pred_l = {p for p in predicted if p[2] == label}
        strict = report.entities_strict[label]
        strict.tp += len(gold_l & pred_l)
        strict.fp += len(pred_l - gold_l)
        strict.fn += len(gold_l - pred_l)
        lenient = report.entities_lenient[label]
        hit_gold = {g for g in gold_l if any(p[0] < g[1] and g[0] < p[1] for p in pred_l)}
        hit_pred = {p for p in pred_l if any(p[0] < g[1] and g[0] < p[1] for g in gold_l)}
        lenient.tp += len(hit_gold)
        lenient.fn += len(gold_l - hit_gold)
        lenient.fp += len(pred_l - hit_pred)
        for g in sorted(gold_l - pred_l):
            report.errors.append({"kind": "entity_fn", "label": label, "text": text[g[0]:g[1]], "start": g[0]})
        for p in sorted(pred_l - gold_l):
            report.errors.append({"kind": "entity_fp", "label": label, "text": text[p[0]:p[1]], "start": p[0]})


def _actor_forms(ref: dict[str, Any] | None, entities: dict[str, dict[str, Any]]) -> set[str]:
    if ref is None:
        return set()
    forms = {norm(ref["text"])}
    entity = entities.get(ref["id"])
    if entity is not None:
        forms.add(norm(entity["name"]))
        forms |= {norm(a) for a in entity["aliases"]}
        forms |= {norm(m["text"]) for m in entity["mentions"]}
    return forms


def _claim_matches(gold: dict[str, Any], span: tuple[int, int], pred: dict[str, Any],
                   entities: dict[str, dict[str, Any]], labelled: bool) -> bool:
    if pred["type"] != gold["type"]:
        return False
    middle = (span[0] + span[1]) // 2
    if not (pred["evidence"]["start"] <= middle < pred["evidence"]["end"]):
        return False
    if gold["type"] == "pledge":
        return bool(_forms(gold.get("actor")) & _actor_forms(pred["actor"], entities))
    if gold["type"] == "relationship":
        relations = _forms(gold.get("relation"))
        if labelled and norm(pred.get("relation") or "") not in relations:
            return False
        src, tgt = _forms(gold.get("source")), _forms(gold.get("target"))
        p_src, p_tgt = _actor_forms(pred["actor"], entities), _actor_forms(pred["target"], entities)
        if src & p_src and tgt & p_tgt:
            return True
        symmetric = {r.upper() for r in relations} & SYMMETRIC_RELATIONS if not labelled else (
            {(pred.get("relation") or "")} & SYMMETRIC_RELATIONS)
        return bool(symmetric) and bool(src & p_tgt and tgt & p_src)
    return True


def _match(golds: list[tuple[dict[str, Any], tuple[int, int]]], preds: list[dict[str, Any]],
           entities: dict[str, dict[str, Any]], labelled: bool) -> tuple[Counts, list[tuple[int, int]]]:
    """Greedy one-to-one matching, required gold claims first; a claim whose cue is inside a
    gold snippet goes to that claim before any other its evidence covers (two assessments of
    one sentence each keep their own band)."""
    counts = Counts()
    used: set[int] = set()
    pairs: list[tuple[int, int]] = []
    order = sorted(range(len(golds)), key=lambda i: bool(golds[i][0].get("optional")))
    matched_gold: set[int] = set()
    for optional, cue_inside in ((False, True), (False, False), (True, True), (True, False)):
        for gi in order:
            if gi in matched_gold or bool(golds[gi][0].get("optional")) != optional:
                continue
            gold, span = golds[gi]
            for pi, pred in enumerate(preds):
                if pi in used or (cue_inside and not _cue_inside(pred, span)):
                    continue
                if _claim_matches(gold, span, pred, entities, labelled):
                    used.add(pi)
                    matched_gold.add(gi)
                    pairs.append((gi, pi))
                    break
    optional_hits = {pi for gi, pi in pairs if golds[gi][0].get("optional")}
    counts.tp = sum(1 for gi in matched_gold if not golds[gi][0].get("optional"))
    counts.fn = sum(1 for gi, (g, _) in enumerate(golds) if not g.get("optional") and gi not in matched_gold)
    counts.fp = sum(1 for pi in range(len(preds)) if pi not in used and pi not in optional_hits)
    return counts, pairs


def _lost(text: str, visible: str | None, snippet: str) -> bool:
    """A snippet the source shows but the reader's text lacks: the reader dropped it."""
    return visible is not None and snippet not in text and " ".join(snippet.split()) in visible


def score_claims(text: str, gold: dict[str, Any], records: list[dict[str, Any]], report: Report,
                 where: str, visible: str | None = None) -> None:
    """``visible``: the source's own text (``visible_text``); a gold claim whose snippet only
    it holds is a miss the reader caused (error kind '<type>_lost'), not a gold error."""
    entities = {r["id"]: r for r in records if r["kind"] == "entity"}
    claims = [r for r in records if r["kind"] == "claim"]
    for ctype in CLAIM_TYPES:
        of_type = [g for g in gold.get("claims", []) if g["type"] == ctype]
        lost = [g for g in of_type if _lost(text, visible, g["snippet"])]
        for g in lost:
            if not g.get("optional"):
                report.claims[ctype].fn += 1
                report.errors.append({"kind": f"{ctype}_lost", "snippet": g["snippet"], "who": _gold_who(g)})
        golds = [(g, snippet_span(text, g["snippet"], where)) for g in of_type if not any(g is x for x in lost)]
        preds = [c for c in claims if c["type"] == ctype]
        counts, pairs = _match(golds, preds, entities, labelled=False)
        report.claims[ctype].add(counts)
        matched = {gi for gi, _ in pairs}
        used = {pi for _, pi in pairs}
        for gi, pi in _wrong_actors(golds, preds, matched, used):
            matched.add(gi)
            used.add(pi)
            report.errors.append({"kind": f"{ctype}_wrong_actor", "snippet": golds[gi][0]["snippet"],
                                  "gold": _gold_who(golds[gi][0]), "who": _extracted_who(preds[pi], entities),
                                  "rule": preds[pi]["rule"], "claim": preds[pi]["id"]})
        for gi, (g, _) in enumerate(golds):
            if gi not in matched and not g.get("optional"):
                report.errors.append({"kind": f"{ctype}_fn", "snippet": g["snippet"], "who": _gold_who(g)})
        for pi, p in enumerate(preds):
            if pi not in used:
                report.errors.append({"kind": f"{ctype}_fp", "evidence": p["evidence"]["text"][:120],
                                      "who": _extracted_who(p, entities),
                                      "rule": p["rule"], "claim": p["id"]})
        if ctype == "relationship":
            labelled, _ = _match(golds, preds, entities, labelled=True)
            report.claims["relationship_labelled"].add(labelled)
        if ctype == "assessment":
            for gi, pi in pairs:
                band = (preds[pi].get("likelihood") or {}).get("band")
                report.band_total += 1
                report.band_correct += int(band == golds[gi][0].get("likelihood"))
                if band != golds[gi][0].get("likelihood"):
                    report.errors.append({"kind": "band", "snippet": golds[gi][0]["snippet"],
                                          "gold": golds[gi][0].get("likelihood"), "predicted": band})


def _cue_inside(pred: dict[str, Any], span: tuple[int, int]) -> bool:
    cue = pred.get("cue")
    return cue is not None and span[0] <= cue["start"] and cue["end"] <= span[1]


def _wrong_actors(golds: list[tuple[dict[str, Any], tuple[int, int]]], preds: list[dict[str, Any]],
                  matched: set[int], used: set[int]) -> list[tuple[int, int]]:
    """(gold, extracted) pairs that are one claim with the wrong actor: a required gold claim
    left unmatched, and an unmatched extraction of its type whose cue is in the gold snippet
    (for a relationship, also with one of the gold's relations). Counted as they
    are (a miss and a false match); listed as one error, as that is one defect to fix."""
    pairs: list[tuple[int, int]] = []
    taken: set[int] = set()
    for gi, (gold, span) in enumerate(golds):
        if gi in matched or gold.get("optional"):
            continue
        middle = (span[0] + span[1]) // 2
        relations = _forms(gold.get("relation"))
        for pi, pred in enumerate(preds):
            if pi in used or pi in taken:
                continue
            if not pred["evidence"]["start"] <= middle < pred["evidence"]["end"]:
                continue
            cue = pred.get("cue") or pred["evidence"]
            if cue["end"] <= span[0] or cue["start"] >= span[1]:
                continue  # another claim of the sentence, its words elsewhere
            if gold["type"] == "relationship" and norm(pred.get("relation") or "") not in relations:
                continue
            taken.add(pi)
            pairs.append((gi, pi))
            break
    return pairs


def _first(value: str | list[str] | None) -> str | None:
    return value[0] if isinstance(value, list) and value else value or None


def _gold_who(gold: dict[str, Any]) -> str | None:
    """Who the gold claim is about, as a reader of the error list wants it."""
    if gold["type"] == "relationship":
        return " ".join(str(_first(gold.get(k)) or "?") for k in ("source", "relation", "target"))
    return _first(gold.get("actor"))


def _extracted_who(claim: dict[str, Any], entities: dict[str, dict[str, Any]]) -> str | None:
    def name(role: str) -> str | None:
        return entities[claim[role]["id"]]["name"] if claim[role] else None

    if claim["type"] == "relationship":
        return f"{name('actor') or '?'} {claim['relation']} {name('target')}"
    return name("actor")


def validate_gold(gold: Any, where: str) -> dict[str, Any]:
    if not isinstance(gold, dict) or not isinstance(gold.get("entities"), list):
        raise GoldError(f"{where}: gold must be an object with an 'entities' list")
    for claim in gold.get("claims", []):
        if claim.get("type") not in CLAIM_TYPES:
            raise GoldError(f"{where}: unknown claim type {claim.get('type')!r}")
        if claim["type"] == "assessment" and claim.get("likelihood") not in BANDS:
            raise GoldError(f"{where}: unknown likelihood {claim.get('likelihood')!r}")
    return gold


def score_brief(brief_path: Path, gold_path: Path, output_path: Path) -> Report:
    report = Report(briefs=[brief_path.name])
    output = read_output(output_path)
    text = brief_text(brief_path, output.document)
    try:
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise GoldError(f"{gold_path}: cannot read as JSON ({exc})") from exc
    gold = validate_gold(gold, str(gold_path))
    visible = visible_text(brief_path)
    score_entities(text, gold, list(output.entities.values()), report)
    score_claims(text, gold, output.records, report, str(gold_path), visible)
    for err in report.errors:
        err["brief"] = brief_path.name
    return report


def brief_text(path: Path, document: dict[str, Any]) -> str:
    """The text gold snippets and output offsets index: the brief, checked against its output."""
    try:
        return source_text(path, document)
    except SourceMismatch as exc:
        raise GoldError(f"{exc}; run briefs extract again") from exc


def evaluate(briefs_dir: Path, out_dir: Path) -> Report:
    """Score every ``<stem>.gold.json`` in briefs_dir against ``out_dir/<stem>.jsonl``."""
    total = Report()
    golds = sorted(briefs_dir.glob("*.gold.json"))
    if not golds:
        raise GoldError(f"{briefs_dir}: no *.gold.json files")
    for gold_path in golds:
        stem = gold_path.name[: -len(".gold.json")]
        candidates = [briefs_dir / f"{stem}{suffix}" for suffix in SUFFIXES]
        brief = next((path for path in candidates if path.exists()), None)
        if brief is None:
            raise GoldError(f"{gold_path}: no brief {' or '.join(p.name for p in candidates)} beside it")
        output = out_dir / f"{stem}.jsonl"
        if not output.exists():
            raise GoldError(f"{output}: no extraction for {brief.name} (run briefs extract first)")
        total.add(score_brief(brief, gold_path, output))
    return total
