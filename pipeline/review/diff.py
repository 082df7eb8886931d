"""Semantic diff of two sets of extractions, keyed by stable ids: how a pattern change is reviewed.

A line-based ``diff`` of two JSONL outputs is unreadable (one entity line holds every mention)
and misleading (a claim whose relation changed gets a new id, so it shows as an unrelated
deletion and insertion). This compares records by id instead:

- the ``document`` record field by field;
- entities by ``id``; their mention lists as mentions gained and lost (``"text@start via"``);
- claims by ``id``; a removed and an added claim about the same sentence, type and actors
  are paired and reported as one changed claim (``relation: HOSTS -> COOPERATES_WITH``);
- what only moved (a sentence inserted earlier in the brief shifts every later offset) is
  kept apart as ``moved`` and printed as one line per brief unless asked for (``--offsets``);
- version changes (a rules-only change bumps ``patterns_version`` in every brief) are gathered
  into ``versions`` and printed once, not brief by brief.

The result is plain JSON-ready data (``briefs diff --json``); :func:`print_diff` renders it.
"""

from __future__ import annotations

import json
import subprocess
from collections import defaultdict
from collections.abc import Callable
from difflib import SequenceMatcher
from pathlib import Path
from typing import Any

from rich.console import Console
from rich.text import Text

from pipeline.review.outputs import Output, OutputError, is_output_name, output_files, parse_output, read_output

Record = dict[str, Any]
Fields = dict[str, Any]

# Carried by every record but decided for the whole brief: when they move in lockstep with
# the document record, repeating them on each entity and claim would bury the real changes.
DOCUMENT_WIDE = ("doc_id", "patterns_version")
# Which code made the output: a rules-only change bumps patterns_version in every brief, so
# version changes are gathered and reported once for the whole diff, not brief by brief.
VERSIONS = ("pipeline_version", "patterns_version", "schema_version")
OFFSETS = ("start", "end")
EXCERPT_CHARS = 90
VALUE_CHARS = 70


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


def _is_offset(key: str) -> bool:
    return key.rpartition(".")[2] in OFFSETS


def _split_offsets(fields: Fields) -> tuple[Fields, Fields]:
    """(what changed, where it moved): an edit elsewhere in a brief shifts every later offset."""
    return ({k: v for k, v in fields.items() if not _is_offset(k)},
            {k: v for k, v in fields.items() if _is_offset(k)})


def _mention_key(m: Record) -> str:
    return f"{m.get('text')}@{m.get('start')} {m.get('via')}"


def _mention_changes(old: list[Record], new: list[Record]) -> dict[str, Any]:
    """Mentions gained and lost, aligned by their words in order so that a mention which only
    moved (the same words, found the same way, at another offset) is counted as shifted."""
    def ordered(mentions: list[Record]) -> list[Record]:
        return sorted(mentions, key=lambda m: (m["start"], m["end"], _mention_key(m)))

    old, new = ordered(old), ordered(new)
    words = SequenceMatcher(a=[(m["text"], m["via"]) for m in old], b=[(m["text"], m["via"]) for m in new],
                            autojunk=False)
    changes: dict[str, Any] = {"added": [], "removed": [], "shifted": 0}
    for tag, i1, i2, j1, j2 in words.get_opcodes():
        if tag == "equal":
            changes["shifted"] += sum((a["start"], a["end"]) != (b["start"], b["end"])
                                      for a, b in zip(old[i1:i2], new[j1:j2], strict=True))
        else:
            changes["removed"] += [_mention_key(m) for m in old[i1:i2]]
            changes["added"] += [_mention_key(m) for m in new[j1:j2]]
    return changes


def _entity_changes(old: Record, new: Record, document: Fields) -> tuple[Fields, int]:
    """(changed fields, mentions that only moved)."""
    fields = _flat_changes({k: v for k, v in old.items() if k != "mentions"},
                           {k: v for k, v in new.items() if k != "mentions"})
    fields = _drop_document_wide(fields, document)
    mentions = _mention_changes(old["mentions"], new["mentions"])
    shifted = mentions.pop("shifted")
    if mentions["added"] or mentions["removed"]:
        fields["mentions"] = mentions
    return fields, shifted


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
            fields, offsets = _split_offsets(_claim_changes(claim, best, document))
            changed.append({"id": best["id"], "old_id": claim["id"], "fields": fields,
                            "offsets": offsets, "record": best})
        removed = [c for c in removed if c["id"] not in paired_old]
        added = [c for c in added if c["id"] not in paired_new]
    return removed, added, changed


def _empty_section() -> dict[str, list]:
    return {"added": [], "removed": [], "changed": [], "moved": []}


def _diff_entities(old: Output | None, new: Output | None, document: Fields) -> dict[str, list]:
    olds, news = (old.entities if old else {}), (new.entities if new else {})
    entities = _empty_section()
    entities["added"] = [news[eid] for eid in sorted(news.keys() - olds.keys())]
    entities["removed"] = [olds[eid] for eid in sorted(olds.keys() - news.keys())]
    for eid in sorted(olds.keys() & news.keys()):
        fields, shifted = _entity_changes(olds[eid], news[eid], document)
        entry = {"id": eid, "label": news[eid]["label"], "name": news[eid]["name"]}
        if fields:
            entities["changed"].append({**entry, "fields": fields, "shifted": shifted})
        elif shifted:
            entities["moved"].append({**entry, "shifted": shifted})
    return entities


def _diff_claims(old: Output | None, new: Output | None, document: Fields) -> dict[str, list]:
    olds, news = (old.claims if old else {}), (new.claims if new else {})
    claims = _empty_section()
    removed = sorted((olds[c] for c in olds.keys() - news.keys()), key=_claim_order)
    added = sorted((news[c] for c in news.keys() - olds.keys()), key=_claim_order)
    removed, added, changed = _pair_claims(removed, added, document)
    for cid in olds.keys() & news.keys():
        fields, offsets = _split_offsets(_claim_changes(olds[cid], news[cid], document))
        entry = {"id": cid, "offsets": offsets, "record": news[cid]}
        if fields:
            changed.append({**entry, "fields": fields})
        elif offsets:
            claims["moved"].append(entry)
    claims["added"], claims["removed"] = added, removed
    claims["changed"] = sorted(changed, key=lambda c: _claim_order(c["record"]))
    claims["moved"].sort(key=lambda c: _claim_order(c["record"]))
    return claims


def _indexed(document: Record) -> Record:
    """The document with its structure lists as {index: segment}, so that a paragraph which only
    moved is an offset change (structure.paragraphs.3.start) like any other."""
    structure = {k: dict(enumerate(v)) if isinstance(v, list) else v for k, v in document["structure"].items()}
    return {**document, "structure": structure}


def _diff_brief(name: str, old: Output | None, new: Output | None) -> tuple[dict[str, Any] | None, Fields]:
    """The brief's entry (None when only its versions changed, or nothing) and its version changes."""
    status = "added" if old is None else "removed" if new is None else "changed"
    # A brief on one side only: its status says it all, field-by-field would be noise.
    everything: Fields = {}
    if old is not None and new is not None:
        everything = _flat_changes(_indexed(old.document), _indexed(new.document))
    versions = {k: v for k, v in everything.items() if k in VERSIONS}
    document, document_offsets = _split_offsets({k: v for k, v in everything.items() if k not in VERSIONS})
    entities = _diff_entities(old, new, everything)
    claims = _diff_claims(old, new, everything)
    if status == "changed" and not (document or document_offsets or any(entities.values())
                                    or any(claims.values())):
        return None, versions
    # Claims name actors by id; the reader wants names, and unchanged entities are not in
    # the diff, so carry the names of every actor a reported claim mentions.
    names = {eid: e["name"] for side in (old, new) if side for eid, e in side.entities.items()}
    reported = [*claims["added"], *claims["removed"], *(c["record"] for c in claims["changed"] + claims["moved"])]
    wanted = {(c.get(role) or {}).get("id") for c in reported for role in ("actor", "target")}
    entry = {
        "brief": name,
        "status": status,
        "document": document,
        "document_offsets": document_offsets,
        "entities": entities,
        "claims": claims,
        "names": {i: names[i] for i in sorted(x for x in wanted if x in names)},
    }
    return entry, versions


def _diff_sides(old: dict[str, Callable[[], Output]], new: dict[str, Callable[[], Output]],
                ) -> dict[str, Any]:
    # Loaded one brief at a time: a corpus of outputs need not fit in memory twice.
    names = sorted(old.keys() | new.keys())
    briefs = []
    bumps: dict[tuple[str, str, str], int] = defaultdict(int)
    for name in names:
        entry, versions = _diff_brief(name, old[name]() if name in old else None,
                                      new[name]() if name in new else None)
        for key, (was, now) in versions.items():
            bumps[key, was, now] += 1
        if entry is not None:
            briefs.append(entry)
    versions = [{"field": key, "old": was, "new": now, "briefs": count}
                for (key, was, now), count in sorted(bumps.items())]
    return {"changed": bool(briefs or versions), "versions": versions, "briefs": briefs,
            "summary": _summary(briefs, len(names))}


def _summary(briefs: list[dict[str, Any]], total: int) -> dict[str, Any]:
    summary: dict[str, Any] = {"briefs": {"added": 0, "removed": 0, "changed": 0,
                                          "unchanged": total - len(briefs)}}
    for section in ("entities", "claims"):
        summary[section] = {"added": 0, "removed": 0, "changed": 0, "moved": 0}
    for brief in briefs:
        summary["briefs"][brief["status"]] += 1
        for section in ("entities", "claims"):
            for what in ("added", "removed", "changed", "moved"):
                summary[section][what] += len(brief[section][what])
    return summary


# --------------------------------------------------------------------------- entry points


def _loaders(files: dict[str, Path]) -> dict[str, Callable[[], Output]]:
    return {name: (lambda p=path: read_output(p)) for name, path in files.items()}


def diff_paths(old: Path, new: Path) -> dict[str, Any]:
    """Diff two output folders (briefs paired by file name) or two output files.

    Raises OutputError (a ValueError) naming the file and line that cannot be read.
    """
    old, new = Path(old), Path(new)
    for path in (old, new):
        if not path.exists():
            raise OutputError(f"{path}: no such file or folder")
    if old.is_dir() and new.is_dir():
        return _diff_sides(_loaders(output_files(old)), _loaders(output_files(new)))
    if old.is_file() and new.is_file():
        name = new.stem if old.stem == new.stem else f"{old.stem} -> {new.stem}"
        return _diff_sides(_loaders({name: old}), _loaders({name: new}))
    raise OutputError(f"{old} and {new}: give two folders or two files")


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
    old: dict[str, Callable[[], Output]] = {}
    for entry in listing.decode("utf-8", "surrogateescape").split("\0"):
        if not entry:
            continue
        meta, path = entry.split("\t", 1)
        name = path.rsplit("/", 1)[-1]
        if meta.split()[1] == "blob" and is_output_name(name):
            # --no-textconv: the bytes as committed, whatever .gitattributes says.
            old[name.removesuffix(".jsonl")] = (lambda p=path: parse_output(
                _git(root, "show", "--no-textconv", f"{rev}:{p}"), f"{rev}:{p}"))
    return _diff_sides(old, _loaders(output_files(folder)))


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


def _plural(n: int, noun: str, nouns: str | None = None) -> str:
    return f"{n} {noun if n == 1 else nouns or noun + 's'}"


def _moved_line(brief: dict[str, Any]) -> str | None:
    entities, claims = len(brief["entities"]["moved"]), len(brief["claims"]["moved"])
    parts = [_plural(entities, "entity", "entities")] if entities else []
    parts += [_plural(claims, "claim")] if claims else []
    parts += ["the brief's structure"] if brief["document_offsets"] else []
    if not parts:
        return None
    listed = parts[0] if len(parts) == 1 else ", ".join(parts[:-1]) + " and " + parts[-1]
    return f"{listed} only moved (offsets shifted)"


def _offset_lines(offsets: Fields) -> str:
    return ", ".join(f"{key} {was} -> {now}" for key, (was, now) in offsets.items())


def print_diff(console: Console, result: dict[str, Any], *, offsets: bool = False) -> None:
    """The diff for a terminal: +/-/~ lines carry the meaning; colour only helps.

    Records that only moved are one line per brief unless ``offsets`` lists them.
    """
    if not result["changed"]:
        console.print("no differences")
        return
    for bump in result["versions"]:
        _line(console, "~", f"{bump['field']}: {bump['old']} -> {bump['new']} "
              f"({_plural(bump['briefs'], 'brief')})")
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
        moved = _moved_line(brief)
        if moved and not offsets:
            _line(console, "~", f"{moved}; --offsets lists them")
        elif moved:
            if brief["document_offsets"]:
                _line(console, "~", f"document structure moved: {_offset_lines(brief['document_offsets'])}")
            for e in entities["moved"]:
                _line(console, "~", f"entity {e['id']} {e['name']}: {_plural(e['shifted'], 'mention')} moved")
            for c in claims["moved"]:
                _line(console, "~", f"claim {c['id']} {_describe_claim(c['record'], names)} moved: "
                      f"{_offset_lines(c['offsets'])}")
    s = result["summary"]

    def counts(section: str) -> str:
        keys = ("added", "removed", "changed") + (("moved",) if section != "briefs" else ())
        return ", ".join(f"{s[section][k]} {k}" for k in keys)

    console.print(f"summary: briefs {counts('briefs')} ({s['briefs']['unchanged']} unchanged); "
                  f"entities {counts('entities')}; claims {counts('claims')}")
