"""Semantic diff of two sets of extractions, keyed by stable ids: how a pattern change is reviewed.

A line-based ``diff`` of two JSONL outputs is unreadable (one entity line holds every mention)
and misleading (a claim whose relation changed gets a new id, so it shows as an unrelated
deletion and insertion). This compares records by id instead:

- the ``document`` record field by field;
- entities by ``id``; their mention lists as mentions gained and lost (``"text@start via"``);
- claims by ``id``; a removed and an added claim about the same sentence, type and actors
  are paired and reported as one changed claim (``relation: HOSTS -> COOPERATES_WITH``).

The result is plain JSON-ready data (``briefs diff --json``); :func:`print_diff` renders it.
"""

from __future__ import annotations

import io
import json
import subprocess
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path
from typing import Any

import jsonlines
from rich.console import Console
from rich.text import Text

from pipeline.run.batch import ERRORS_FILE

Record = dict[str, Any]
Fields = dict[str, Any]

# Carried by every record but decided for the whole brief: when they move in lockstep with
# the document record, repeating them on each entity and claim would bury the real changes.
DOCUMENT_WIDE = ("doc_id", "patterns_version")
EXCERPT_CHARS = 90
VALUE_CHARS = 70


class _Brief:
    """One output file, indexed by id."""

    def __init__(self, label: str) -> None:
        self.label = label
        self.document: Record | None = None
        self.entities: dict[str, Record] = {}
        self.claims: dict[str, Record] = {}

    def names(self) -> dict[str, str]:
        return {eid: e.get("name", eid) for eid, e in self.entities.items()}


def _parse(data: str | bytes, label: str) -> _Brief:
    brief = _Brief(label)
    if isinstance(data, bytes):
        try:
            data = data.decode("utf-8")
        except UnicodeDecodeError as exc:
            raise ValueError(f"{label}: not UTF-8 ({exc})") from exc
    reader = jsonlines.Reader(io.StringIO(data))
    # Blank lines are errors here (a file we wrote has none), which keeps the enumeration
    # equal to the file's line numbers.
    try:
        for line, record in enumerate(reader.iter(type=dict), start=1):
            _add(brief, record, line)
    except jsonlines.InvalidLineError as exc:
        excerpt = exc.line[:60]
        raise ValueError(f"{label}: line {exc.lineno}: malformed JSONL ({excerpt!r})") from exc
    return brief


def _add(brief: _Brief, record: Record, line: int) -> None:
    kind = record.get("kind")
    if kind == "document":
        if brief.document is not None:
            raise ValueError(f"{brief.label}: line {line}: second document record")
        brief.document = record
        return
    table = {"entity": brief.entities, "claim": brief.claims}.get(kind)
    if table is None:
        raise ValueError(f"{brief.label}: line {line}: unknown record kind {kind!r}")
    ident = record.get("id")
    if not isinstance(ident, str):
        raise ValueError(f"{brief.label}: line {line}: {kind} record without a string id")
    if ident in table:
        # Last-one-wins would silently hide a record from the review.
        raise ValueError(f"{brief.label}: line {line}: duplicate {kind} id {ident!r}")
    table[ident] = record


def _read_file(path: Path) -> _Brief:
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise ValueError(f"{path}: cannot read ({exc.strerror or exc})") from exc
    return _parse(data, str(path))


def _is_output(name: str) -> bool:
    return name.endswith(".jsonl") and name != ERRORS_FILE and not name.startswith(".")


def _folder_files(folder: Path) -> dict[str, Path]:
    return {p.name[: -len(".jsonl")]: p for p in sorted(folder.iterdir())
            if p.is_file() and _is_output(p.name)}


# --------------------------------------------------------------------------- comparing


def _flat_changes(old: Any, new: Any, prefix: str = "") -> Fields:
    """Leaf fields that differ, as dotted paths, so a reviewer sees ``likelihood.band``."""
    if isinstance(old, dict) and isinstance(new, dict):
        changes: Fields = {}
        for key in sorted(old.keys() | new.keys()):
            changes.update(_flat_changes(old.get(key), new.get(key), f"{prefix}{key}."))
        return changes
    return {} if old == new else {prefix.rstrip("."): [old, new]}


def _drop_document_wide(fields: Fields, document: Fields) -> Fields:
    return {k: v for k, v in fields.items() if not (k in DOCUMENT_WIDE and document.get(k) == v)}


def _mention_key(m: Record) -> str:
    return f"{m.get('text')}@{m.get('start')} {m.get('via')}"


def _mention_changes(old: list[Record], new: list[Record]) -> dict[str, list[str]]:
    def keys(mentions: list[Record]) -> list[str]:
        ordered = sorted(mentions, key=lambda m: (m.get("start") or 0, _mention_key(m)))
        return [_mention_key(m) for m in ordered]

    old_keys, new_keys = keys(old), keys(new)
    old_set, new_set = set(old_keys), set(new_keys)
    return {"added": [k for k in new_keys if k not in old_set],
            "removed": [k for k in old_keys if k not in new_set]}


def _entity_changes(old: Record, new: Record, document: Fields) -> Fields:
    fields = _flat_changes({k: v for k, v in old.items() if k != "mentions"},
                           {k: v for k, v in new.items() if k != "mentions"})
    fields = _drop_document_wide(fields, document)
    mentions = _mention_changes(old.get("mentions") or [], new.get("mentions") or [])
    if mentions["added"] or mentions["removed"]:
        fields["mentions"] = mentions
    return fields


def _claim_changes(old: Record, new: Record, document: Fields) -> Fields:
    # The id is reported as id/old_id; as a field it would only restate that.
    fields = _flat_changes({k: v for k, v in old.items() if k != "id"},
                           {k: v for k, v in new.items() if k != "id"})
    return _drop_document_wide(fields, document)


def _claim_order(claim: Record) -> tuple[int, int, str]:
    return ((claim.get("evidence") or {}).get("start") or 0,
            (claim.get("cue") or {}).get("start") or 0, claim.get("id", ""))


def _span_start(claim: Record, span: str) -> int | None:
    return (claim.get(span) or {}).get("start")


def _pair_keys(claim: Record) -> list[tuple]:
    actors = ((claim.get("actor") or {}).get("id"), (claim.get("target") or {}).get("id"))
    # By sentence first; then by the cue's offset, which survives a change of sentence
    # boundaries (the evidence start moves, the word that fired does not).
    return [(claim.get("type"), "evidence", _span_start(claim, "evidence"), *actors),
            (claim.get("type"), "cue", _span_start(claim, "cue"), *actors)]


def _pair_claims(removed: list[Record], added: list[Record], document: Fields,
                 ) -> tuple[list[Record], list[Record], list[Record]]:
    """Removed/added claims about the same sentence, type and actors become changed claims."""
    changed: list[Record] = []
    for rank in (0, 1):
        by_key: dict[tuple, list[Record]] = defaultdict(list)
        for claim in added:
            by_key[_pair_keys(claim)[rank]].append(claim)
        paired_new: set[str] = set()
        paired_old: set[str] = set()
        for claim in removed:
            candidates = [c for c in by_key.get(_pair_keys(claim)[rank], [])
                          if c["id"] not in paired_new]
            if not candidates:
                continue
            # Several claims can share a sentence and actors (two cues in one sentence): pair
            # each with the candidate it differs from least, so the story told is the smallest.
            best = min(candidates,
                       key=lambda c, old=claim: (len(_claim_changes(old, c, document)), c["id"]))
            paired_new.add(best["id"])
            paired_old.add(claim["id"])
            changed.append({"id": best["id"], "old_id": claim["id"],
                            "fields": _claim_changes(claim, best, document), "record": best})
        removed = [c for c in removed if c["id"] not in paired_old]
        added = [c for c in added if c["id"] not in paired_new]
    return removed, added, changed


def _empty_section() -> dict[str, list]:
    return {"added": [], "removed": [], "changed": []}


def _diff_brief(name: str, old: _Brief | None, new: _Brief | None) -> dict[str, Any] | None:
    status = "added" if old is None else "removed" if new is None else "changed"
    old, new = old or _Brief(name), new or _Brief(name)
    # A brief on one side only: its status says it all, field-by-field would be noise.
    document: Fields = {}
    if old.document is not None and new.document is not None:
        document = _flat_changes(old.document, new.document)

    entities = _empty_section()
    for eid in sorted(new.entities.keys() - old.entities.keys()):
        entities["added"].append(new.entities[eid])
    for eid in sorted(old.entities.keys() - new.entities.keys()):
        entities["removed"].append(old.entities[eid])
    for eid in sorted(old.entities.keys() & new.entities.keys()):
        fields = _entity_changes(old.entities[eid], new.entities[eid], document)
        if fields:
            entities["changed"].append({"id": eid, "label": new.entities[eid].get("label"),
                                        "name": new.entities[eid].get("name"), "fields": fields})

    claims = _empty_section()
    removed = sorted((old.claims[c] for c in old.claims.keys() - new.claims.keys()),
                     key=_claim_order)
    added = sorted((new.claims[c] for c in new.claims.keys() - old.claims.keys()),
                   key=_claim_order)
    removed, added, changed = _pair_claims(removed, added, document)
    for cid in old.claims.keys() & new.claims.keys():
        fields = _claim_changes(old.claims[cid], new.claims[cid], document)
        if fields:
            changed.append({"id": cid, "fields": fields, "record": new.claims[cid]})
    claims["added"], claims["removed"] = added, removed
    claims["changed"] = sorted(changed, key=lambda c: _claim_order(c["record"]))

    if status == "changed" and not (document or any(entities.values()) or any(claims.values())):
        return None
    # Claims name actors by id; the reader wants names, and unchanged entities are not in
    # the diff, so carry the names of every actor a reported claim mentions.
    names = {**old.names(), **new.names()}
    reported = [*claims["added"], *claims["removed"], *(c["record"] for c in claims["changed"])]
    wanted = {(c.get(role) or {}).get("id") for c in reported for role in ("actor", "target")}
    return {
        "brief": name,
        "status": status,
        "document": document,
        "entities": entities,
        "claims": claims,
        "names": {i: names[i] for i in sorted(x for x in wanted if x in names)},
    }


def _diff_sides(old: dict[str, Callable[[], _Brief]], new: dict[str, Callable[[], _Brief]],
                ) -> dict[str, Any]:
    # Loaded one brief at a time: a corpus of outputs need not fit in memory twice.
    names = sorted(old.keys() | new.keys())
    briefs = []
    for name in names:
        entry = _diff_brief(name, old[name]() if name in old else None,
                            new[name]() if name in new else None)
        if entry is not None:
            briefs.append(entry)
    return {"changed": bool(briefs), "briefs": briefs, "summary": _summary(briefs, len(names))}


def _summary(briefs: list[dict[str, Any]], total: int) -> dict[str, Any]:
    summary: dict[str, Any] = {"briefs": {"added": 0, "removed": 0, "changed": 0,
                                          "unchanged": total - len(briefs)}}
    for section in ("entities", "claims"):
        summary[section] = {"added": 0, "removed": 0, "changed": 0}
    for brief in briefs:
        summary["briefs"][brief["status"]] += 1
        for section in ("entities", "claims"):
            for what in ("added", "removed", "changed"):
                summary[section][what] += len(brief[section][what])
    return summary


# --------------------------------------------------------------------------- entry points


def diff_paths(old: Path, new: Path) -> dict[str, Any]:
    """Diff two output folders (briefs paired by file name) or two output files."""
    old, new = Path(old), Path(new)
    for path in (old, new):
        if not path.exists():
            raise ValueError(f"{path}: no such file or folder")
    if old.is_dir() and new.is_dir():
        old_files, new_files = _folder_files(old), _folder_files(new)
        return _diff_sides({n: (lambda p=p: _read_file(p)) for n, p in old_files.items()},
                           {n: (lambda p=p: _read_file(p)) for n, p in new_files.items()})
    if old.is_file() and new.is_file():
        name = new.stem if old.stem == new.stem else f"{old.stem} -> {new.stem}"
        return _diff_sides({name: lambda: _read_file(old)}, {name: lambda: _read_file(new)})
    raise ValueError(f"{old} and {new}: give two folders or two files")


def _git(root: Path, *args: str) -> bytes:
    try:
        done = subprocess.run(["git", *args], cwd=root, capture_output=True, check=False)
    except FileNotFoundError as exc:
        raise ValueError("git is not installed") from exc
    if done.returncode != 0:
        message = done.stderr.decode("utf-8", "replace").strip() or f"git {args[0]} failed"
        raise ValueError(message)
    return done.stdout


def diff_git(rev: str, folder: Path) -> dict[str, Any]:
    """Diff the output files committed in FOLDER at REV against FOLDER in the working tree.

    A folder absent at REV reads as empty there, so every brief shows as added.
    """
    folder = Path(folder)
    if not folder.is_dir():
        raise ValueError(f"{folder}: no such folder")
    if rev.startswith("-"):
        # git would read it as an option, not a revision.
        raise ValueError(f"{rev}: not a revision")
    root = Path(_git(folder, "rev-parse", "--show-toplevel").decode().strip())
    rel = folder.resolve().relative_to(root.resolve()).as_posix()
    spec = [] if rel == "." else ["--", f"{rel}/"]
    listing = _git(root, "ls-tree", "-z", rev, *spec)
    old: dict[str, Callable[[], _Brief]] = {}
    for entry in listing.decode("utf-8", "surrogateescape").split("\0"):
        if not entry:
            continue
        meta, path = entry.split("\t", 1)
        name = path.rsplit("/", 1)[-1]
        if meta.split()[1] == "blob" and _is_output(name):
            # --no-textconv: the bytes as committed, whatever .gitattributes says.
            old[name[: -len(".jsonl")]] = (lambda p=path: _parse(
                _git(root, "show", "--no-textconv", f"{rev}:{p}"), f"{rev}:{p}"))
    new_files = _folder_files(folder)
    return _diff_sides(old, {n: (lambda p=p: _read_file(p)) for n, p in new_files.items()})


# --------------------------------------------------------------------------- printing


def _short(value: Any, limit: int = VALUE_CHARS) -> str:
    if value is None:
        text = "null"
    elif isinstance(value, str):
        text = value
    else:
        text = json.dumps(value, ensure_ascii=False, sort_keys=True)
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _excerpt(claim: Record) -> str:
    """The evidence around the cue, so long sentences still show the words that fired."""
    evidence = claim.get("evidence") or {}
    text = " ".join(str(evidence.get("text", "")).split())
    if len(text) <= EXCERPT_CHARS:
        return text
    cue_at = max(0, ((claim.get("cue") or {}).get("start") or 0) - (evidence.get("start") or 0))
    start = max(0, min(cue_at - EXCERPT_CHARS // 3, len(text) - EXCERPT_CHARS))
    window = text[start: start + EXCERPT_CHARS]
    return ("…" if start else "") + window + ("…" if start + EXCERPT_CHARS < len(text) else "")


def _describe_claim(claim: Record, names: dict[str, str]) -> str:
    def who(role: str) -> str | None:
        ref = claim.get(role)
        if not ref:
            return None
        return names.get(ref.get("id"), ref.get("text") or ref.get("id"))

    parts = [str(claim.get("type"))]
    what = claim.get("relation") or (claim.get("likelihood") or {}).get("band")
    if what:
        parts.append(("not " if claim.get("polarity") == "negative" else "") + str(what))
    actor, target = who("actor"), who("target")
    if actor or target:
        parts.append(f"{actor or '?'} -> {target}" if target else actor)
    return " ".join(parts)


def _change(old: Any, new: Any) -> str:
    if isinstance(old, str) and isinstance(new, str) and max(len(old), len(new)) > VALUE_CHARS:
        # Two long texts truncated alike would read as equal: show both from where they part.
        at = next((i for i, (a, b) in enumerate(zip(old, new, strict=False)) if a != b),
                  min(len(old), len(new)))
        cut = max(0, at - 20)
        lead = "…" if cut else ""
        return f"{lead}{_short(old[cut:])} -> {lead}{_short(new[cut:])}"
    return f"{_short(old)} -> {_short(new)}"


def _field_lines(fields: Fields) -> list[str]:
    out = []
    for key, change in fields.items():
        if key == "mentions":
            gained = " ".join(f"+{m}" for m in change["added"])
            lost = " ".join(f"-{m}" for m in change["removed"])
            out.append(f"mentions: {' '.join(x for x in (gained, lost) if x)}")
        else:
            out.append(f"{key}: {_change(*change)}")
    return out


def _line(console: Console, sign: str, body: str) -> None:
    style = {"+": "green", "-": "red", "~": "yellow"}[sign]
    console.print(Text(f"{sign} {body}", style=style))


def _brief_counts(brief: dict[str, Any]) -> str:
    return ", ".join(f"{len(brief[s]['added' if brief['status'] == 'added' else 'removed'])} {s}"
                     for s in ("entities", "claims"))


def print_diff(console: Console, result: dict[str, Any]) -> None:
    """The diff for a terminal: +/-/~ lines carry the meaning; colour only helps."""
    if not result["changed"]:
        console.print("no differences")
        return
    for brief in result["briefs"]:
        console.print(Text(f"## {brief['brief']} ({brief['status']})", style="bold"))
        if brief["status"] != "changed":
            # Every record of a new or deleted brief would drown the briefs that changed.
            _line(console, "+" if brief["status"] == "added" else "-", f"brief {brief['brief']}: "
                  f"{_brief_counts(brief)}")
            continue
        names = brief.get("names", {})
        for line in _field_lines(brief["document"]):
            _line(console, "~", f"document {line}")
        entities, claims = brief["entities"], brief["claims"]
        for sign, section in (("-", "removed"), ("+", "added")):
            for e in entities[section]:
                _line(console, sign, f"entity {e['id']} {e.get('label')} {e.get('name')}")
        for e in entities["changed"]:
            _line(console, "~", f"entity {e['id']} {e.get('name')}: "
                  + "; ".join(_field_lines(e["fields"])))
        for sign, section in (("-", "removed"), ("+", "added")):
            for c in claims[section]:
                _line(console, sign, f"claim {c['id']} {_describe_claim(c, names)} "
                      f"(rule {c.get('rule')}) \"{_excerpt(c)}\"")
        for c in claims["changed"]:
            was = f" (was {c['old_id']})" if c.get("old_id") else ""
            _line(console, "~", f"claim {c['id']}{was} {_describe_claim(c['record'], names)}: "
                  + "; ".join(_field_lines(c["fields"])) + f" \"{_excerpt(c['record'])}\"")
    s = result["summary"]

    def counts(section: str) -> str:
        return ", ".join(f"{s[section][k]} {k}" for k in ("added", "removed", "changed"))

    console.print(f"summary: briefs {counts('briefs')} ({s['briefs']['unchanged']} unchanged); "
                  f"entities {counts('entities')}; claims {counts('claims')}")
