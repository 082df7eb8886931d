"""``briefs review``: one self-contained HTML page of a brief with its extractions marked.

The page is the brief's text, character for character, split into segments at mention,
cue, evidence and line boundaries; the Jinja template (autoescaped) wraps each segment in a
span, so no character of the brief ever reaches the page unescaped. Entity mentions are
coloured by label (references found by coreference or demonym lighter and dashed), claim
cues are underlined in the colour of the claim type, each claim's evidence ends in a
numbered marker linking to its card in the side panel, and every highlighted span has a
hover title. No scripts, no external resources, no timestamps: the same input gives the
same bytes.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path
from typing import Any

from jinja2 import Environment, FileSystemLoader, StrictUndefined

from pipeline.read import SUFFIXES, Brief, read
from pipeline.review.outputs import BAND_TEXT, SourceMismatch, read_output, source_text

TEMPLATE = "review.html"
LABELS = ("GROUP", "STATE", "PERSON")
CLAIM_TYPES = ("assessment", "pledge", "relationship")
REFERENCE_VIA = frozenset({"coref", "demonym"})


# --------------------------------------------------------------------------- inputs


def render_review(path: Path, *, brief: Path | None = None) -> str:
    """The review page for a brief (extracted now) or for its OUT/<stem>.jsonl.

    For an output the brief is ``brief`` when given, else found by :func:`find_source`.
    Raises ValueError (bad input, brief not found or changed) or OSError (unreadable file).
    """
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix == ".jsonl":
        output = read_output(path)
        text = source_text(brief, output.document) if brief is not None else find_source(path, output.document)
        return render_page(text, output.records)
    if suffix in SUFFIXES:
        if brief is not None:
            raise ValueError(f"{path}: --brief is only for an output (.jsonl); "
                             f"{path.name} is the brief itself")
        import pipeline

        brief_ = read(path)
        return render_brief(brief_, pipeline.extract_brief(brief_, pipeline.load()))
    raise ValueError(f"{path}: expected a brief ({', '.join(SUFFIXES)}) or an output (.jsonl), "
                     f"not {path.suffix or '(no extension)'!r}")


def source_candidates(output: Path, document: dict[str, Any]) -> list[Path]:
    """Where an output's brief may be, in order: the document's ``source`` as recorded (absolute,
    or relative to the current folder, where ``briefs extract`` usually ran), then beside the
    output, then in the ``corpus`` folder beside the output's folder."""
    source = Path(document["source"])
    candidates = [source, output.parent / source.name, output.parent.parent / "corpus" / source.name]
    return list(dict.fromkeys(candidates))  # without repeats, in order


def find_source(output: Path, document: dict[str, Any]) -> str:
    """The text of the brief an output was made from: the first candidate with its bytes."""
    candidates = source_candidates(output, document)
    mismatched = []
    for candidate in candidates:
        if not candidate.is_file():
            continue
        try:
            return source_text(candidate, document)
        except SourceMismatch:
            mismatched.append(str(candidate))
    if mismatched:
        raise ValueError(f"{', '.join(mismatched)}: not the brief {output} was made from (sha256 differs, "
                         "so its offsets would be wrong); pass --brief with the brief it was made from")
    raise ValueError(f"{output}: cannot find its brief (looked for {', '.join(map(str, candidates))}); "
                     "pass --brief")


# --------------------------------------------------------------------------- view model


def _span_ok(text: str, span: dict[str, Any], what: str) -> None:
    start, end = span["start"], span["end"]
    if not 0 <= start <= end <= len(text) or text[start:end] != span["text"]:
        raise ValueError(f"{what} [{start}:{end}] {span['text']!r} does not match the brief's text "
                         f"there: the output is not of this brief")


def _band(likelihood: dict[str, Any] | None) -> dict[str, str] | None:
    if not likelihood:
        return None
    band = likelihood["band"]
    probability = likelihood.get("probability")
    percent = (f"{round(probability[0] * 100)}–{round(probability[1] * 100)}%"
               if probability else "")
    return {"band": band, "text": BAND_TEXT.get(band, band), "percent": percent,
            "cue": (likelihood.get("cue") or {}).get("text", "")}


def _actor(ref: dict[str, Any] | None,
           entities: dict[str, dict[str, Any]]) -> dict[str, Any] | None:
    if not ref:
        return None
    entity = entities.get(ref["id"])
    name = entity["name"] if entity else ref["id"]
    return {"id": ref["id"], "name": name, "text": ref["text"], "n": entity["n"] if entity else 0,
            "label": entity["label"] if entity else "",
            "same": ref["text"].casefold() == name.casefold()}


def _claim_line(claim: dict[str, Any]) -> str:
    """One-line summary of a claim for hover titles."""
    parts = [f"#{claim['n']} {claim['type']}"]
    if claim["relation"]:
        parts.append(claim["relation"])
    who = " → ".join(a["name"] for a in (claim["actor"], claim["target"]) if a)
    if who:
        parts.append(who)
    details = [claim["polarity"], claim["modality"]]
    if claim["likelihood"]:
        details.append(claim["likelihood"]["text"])
    if claim.get("confidence"):
        details.append(f"{claim['confidence']['level']} confidence")
    return f"{' '.join(parts)} ({', '.join(details)}) · rule {claim['rule']} · {claim['id']}"


def _claims(records: list[dict[str, Any]], text: str,
            entities: dict[str, dict[str, Any]]) -> list[dict[str, Any]]:
    out = []
    for n, record in enumerate((r for r in records if r["kind"] == "claim"), 1):
        for role in ("evidence", "cue", "content"):
            if record.get(role):
                _span_ok(text, record[role], f"claim {record['id']} {role}")
        attribution = record.get("attribution")
        claim = {
            "n": n,
            "id": record["id"],
            "type": record["type"],
            "rule": record["rule"],
            "relation": record["relation"],
            "cameo": record["cameo"],
            "polarity": record["polarity"],
            "modality": record["modality"],
            "assessment_kind": record["assessment_kind"],
            "likelihood": _band(record["likelihood"]),
            "confidence": ({"level": record["confidence"],
                            "cue": (record.get("confidence_cue") or {}).get("text", "")}
                           if record.get("confidence") else None),
            "attribution": ({"holder": attribution["holder"],
                             "cue": (attribution.get("cue") or {}).get("text", "")}
                            if attribution else None),
            "actor": _actor(record["actor"], entities),
            "target": _actor(record["target"], entities),
            "cue": record["cue"],
            "content": record["content"],
            "evidence": record["evidence"],
            "patterns_version": record["patterns_version"],
        }
        claim["summary"] = _claim_line(claim)
        out.append(claim)
    return out


def _entities(records: list[dict[str, Any]], text: str) -> list[dict[str, Any]]:
    out = []
    for record in records:
        if record["kind"] != "entity":
            continue
        for mention in record["mentions"]:
            _span_ok(text, mention, f"mention of {record['id']}")
        n_refs = sum(m["via"] in REFERENCE_VIA for m in record["mentions"])
        out.append({**record, "n": len(out) + 1, "n_mentions": len(record["mentions"]),
                    "n_refs": n_refs})
    return out


def _evidence_groups(claims: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Claims whose evidence overlaps share one group: the union of their evidence."""
    groups: list[dict[str, Any]] = []
    def order(claim: dict[str, Any]) -> tuple[int, int, int]:
        return claim["evidence"]["start"], claim["evidence"]["end"], claim["n"]

    for claim in sorted(claims, key=order):
        start, end = claim["evidence"]["start"], claim["evidence"]["end"]
        if groups and start < groups[-1]["end"]:
            groups[-1]["end"] = max(groups[-1]["end"], end)
            groups[-1]["claims"].append(claim)
        else:
            groups.append({"start": start, "end": end, "claims": [claim]})
    for index, group in enumerate(groups, 1):
        group["n"] = index
        group["anchor"] = f"ev-{index}"
        group["claims"].sort(key=lambda c: c["n"])
        for claim in group["claims"]:
            claim["anchor"] = group["anchor"]
            claim["group_class"] = f"g{index}"
        group["types"] = sorted({c["type"] for c in group["claims"]}, key=CLAIM_TYPES.index)
        group["title"] = "\n".join(c["summary"] for c in group["claims"])
    return groups


def _line_roles(text: str, document: dict[str, Any], starts: list[int]) -> list[str]:
    """Role of each line (publisher, date, title, bluf, paragraph, heading, blank)."""
    structure = document.get("structure") or {}
    marks: list[tuple[int, str]] = []
    for role in ("publisher", "date", "title"):
        if structure.get(role):
            marks.append((structure[role]["start"], role))
    for seg in structure.get("bluf") or []:
        marks.append((seg["start"], "bluf"))
    for seg in structure.get("paragraphs") or []:
        marks.append((seg["start"], "paragraph"))
    found: dict[int, str] = {}
    for start, role in marks:  # structure segments are (parts of) lines: the first role wins
        found.setdefault(bisect_right(starts, start) - 1, role)
    other = "heading" if document.get("structured") else "paragraph"
    roles = []
    for index, start in enumerate(starts):
        end = starts[index + 1] if index + 1 < len(starts) else len(text)
        roles.append("blank" if not text[start:end].strip() else found.get(index, other))
    return roles


def _entity_title(mentions: list[tuple[dict[str, Any], dict[str, Any]]]) -> str:
    lines = []
    for entity, mention in mentions:
        how = "reference" if mention["via"] in REFERENCE_VIA else "name"
        lines.append(f"{entity['name']} · {entity['label']} · {entity['id']} "
                     f"({how}, via {mention['via']})")
    return "\n".join(lines)


def segment(text: str, entities: list[dict[str, Any]], claims: list[dict[str, Any]],
            groups: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The text cut at every mention, cue, evidence-group and line boundary, annotated.

    Each segment is a dict: text, start, end, line (index), group (index or None),
    mentions [(entity, mention)], label, entity (id), e (entity number, 0 for none), name,
    via, ref, cues [claim numbers], classes, title. Joined in order, the segments' texts are
    exactly ``text``.
    """
    bounds = {0, len(text)}
    bounds.update(i + 1 for i, ch in enumerate(text) if ch == "\n")
    for entity in entities:
        for mention in entity["mentions"]:
            bounds.update((mention["start"], mention["end"]))
    for claim in claims:
        bounds.update((claim["cue"]["start"], claim["cue"]["end"]))
    for group in groups:
        bounds.update((group["start"], group["end"]))
    cuts = sorted(b for b in bounds if 0 <= b <= len(text))
    segs: list[dict[str, Any]] = [
        {"text": text[a:b], "start": a, "end": b, "mentions": [], "cues": [], "group": None}
        for a, b in zip(cuts, cuts[1:], strict=False)
    ]

    def covered(start: int, end: int) -> Iterable[dict[str, Any]]:
        return segs[bisect_left(cuts, start):bisect_left(cuts, end)]

    for entity in entities:
        for mention in entity["mentions"]:
            for seg in covered(mention["start"], mention["end"]):
                seg["mentions"].append((entity, mention))
    for claim in claims:
        for seg in covered(claim["cue"]["start"], claim["cue"]["end"]):
            seg["cues"].append(claim)
    for index, group in enumerate(groups):
        for seg in covered(group["start"], group["end"]):
            seg["group"] = index
    line_starts = [0] + [i + 1 for i, ch in enumerate(text) if ch == "\n" and i + 1 < len(text)]
    for seg in segs:
        seg["line"] = bisect_left(line_starts, seg["start"] + 1) - 1
        classes, titles = [], []
        if seg["mentions"]:
            entity, mention = seg["mentions"][0]
            ref = all(m["via"] in REFERENCE_VIA for _, m in seg["mentions"])
            seg.update(label=entity["label"], entity=entity["id"], name=entity["name"],
                       via=mention["via"], ref=ref, e=entity["n"])
            classes += ["ent", f"ent-{entity['label']}"] + (["ref"] if ref else [])
            # a mention cut by a cue boundary is several segments: round only its ends
            if any(m["start"] == seg["start"] for _, m in seg["mentions"]):
                classes.append("ent-s")
            if any(m["end"] == seg["end"] for _, m in seg["mentions"]):
                classes.append("ent-e")
            titles.append(_entity_title(seg["mentions"]))
        else:
            seg.update(label=None, entity=None, name=None, via=None, ref=False, e=0)
        if seg["cues"]:
            classes += ["cue", f"cue-{seg['cues'][0]['type']}"]
            titles += [f"cue “{c['cue']['text']}”: {c['summary']}" for c in seg["cues"]]
        seg["classes"] = " ".join(classes)
        seg["title"] = "\n".join(titles)
        seg["cues"] = [c["n"] for c in seg["cues"]]
    return segs


def _lines(text: str, document: dict[str, Any], segs: list[dict[str, Any]],
           groups: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Segments nested as lines -> pieces (a run inside one evidence group, or outside any)."""
    starts = [0] + [i + 1 for i, ch in enumerate(text) if ch == "\n" and i + 1 < len(text)]
    roles = _line_roles(text, document, starts)
    lines = [{"role": role, "pieces": []} for role in roles]
    anchored: set[int] = set()
    for seg in segs:
        pieces = lines[seg["line"]]["pieces"]
        if pieces and pieces[-1]["group_index"] == seg["group"]:
            pieces[-1]["segments"].append(seg)
        else:
            pieces.append({"group_index": seg["group"], "segments": [seg]})
    for line in lines:
        for piece in line["pieces"]:
            index = piece.pop("group_index")
            group = groups[index] if index is not None else None
            piece["group"] = group
            piece["anchor"] = None
            piece["markers"] = []
            if group is None:
                continue
            if index not in anchored:
                anchored.add(index)
                piece["anchor"] = group["anchor"]
            if piece["segments"][-1]["end"] == group["end"]:
                piece["markers"] = group["claims"]
    return lines


def view_model(text: str, records: list[dict[str, Any]]) -> dict[str, Any]:
    """Everything the template shows, as plain data."""
    document = records[0]
    entities = _entities(records, text)
    by_id = {e["id"]: e for e in entities}
    claims = _claims(records, text, by_id)
    groups = _evidence_groups(claims)
    segs = segment(text, entities, claims, groups)
    label_counts = {label: sum(e["label"] == label for e in entities) for label in LABELS}
    type_counts = {kind: sum(c["type"] == kind for c in claims) for kind in CLAIM_TYPES}
    return {
        "document": document,
        "heading": document.get("title") or document["source"],
        "entities": entities,
        "claims": claims,
        "lines": _lines(text, document, segs, groups),
        "segments": segs,
        "labels": LABELS,
        "label_counts": label_counts,
        "claim_types": CLAIM_TYPES,
        "type_counts": type_counts,
        "n_mentions": sum(e["n_mentions"] for e in entities),
    }


# --------------------------------------------------------------------------- page


@lru_cache(maxsize=1)
def _environment() -> Environment:
    return Environment(
        loader=FileSystemLoader(Path(__file__).parent / "templates"),
        autoescape=True,
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )


def render_page(text: str, records: list[dict[str, Any]]) -> str:
    """The HTML page for a brief's text and its records (document record first)."""
    from pipeline import __version__

    template = _environment().get_template(TEMPLATE)
    return template.render(version=__version__, **view_model(text, records))


def render_brief(brief: Brief, records: Iterable[Any]) -> str:
    """The page for an already-read Brief and its records (models or dicts)."""
    dicts = [r if isinstance(r, dict) else r.model_dump(mode="json") for r in records]
    return render_page(brief.text, dicts)
