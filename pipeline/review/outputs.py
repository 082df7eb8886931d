"""The one reader of output files: ``OUT/<stem>.jsonl`` -> records validated by ``pipeline/records.py``.

Everything that works on finished outputs (review, evaluate, diff, explain, both exports)
reads them here, so an output is judged the same way everywhere and every complaint names
the file and the line. A file is an output when it is complete: UTF-8, a newline after every
line (a file cut short is refused, not half read), the document record first and once, every
line a valid record of that brief, ids unique per kind, and every actor a claim names an
entity of the file. Lines are split on "\\n" only: JSON
strings may hold U+2028, U+2029 and U+0085 raw, which ``str.splitlines`` would cut.
"""

from __future__ import annotations

import hashlib
import json
import sys
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from pydantic import TypeAdapter, ValidationError

from pipeline.records import AnyRecord
from pipeline.run.batch import ERRORS_FILE

Record = dict[str, Any]

# An ICD-203 band as a reader says it.
BAND_TEXT = {
    "almost_no_chance": "almost no chance",
    "very_unlikely": "very unlikely",
    "unlikely": "unlikely",
    "even_chance": "even chance",
    "likely": "likely",
    "very_likely": "very likely",
    "almost_certain": "almost certain",
    "unspecified": "hedged, no band",
    "none": "no estimative language",
}


class OutputError(ValueError):
    """An output that cannot be read; the message names the file (and line) and is shown as is."""


@dataclass
class Output:
    """One brief's output: its document record, and its entities and claims by id in file order."""

    label: str  # the path, or REV:path for a committed file
    document: Record
    entities: dict[str, Record] = field(default_factory=dict)
    claims: dict[str, Record] = field(default_factory=dict)

    @property
    def doc_id(self) -> str:
        return self.document["doc_id"]

    @property
    def records(self) -> list[Record]:
        """Document, entities, claims: the order of the contract."""
        return [self.document, *self.entities.values(), *self.claims.values()]


@lru_cache(maxsize=1)
def _adapter() -> TypeAdapter:
    return TypeAdapter(AnyRecord)


def _validation_message(exc: ValidationError) -> str:
    errors = exc.errors()
    first = errors[0]
    where = ".".join(str(part) for part in first["loc"])
    more = f" (and {len(errors) - 1} more)" if len(errors) > 1 else ""
    return f"{where + ': ' if where else ''}{first['msg']}{more}"


def parse_output(data: bytes | str, label: str) -> Output:
    """The records of one output file's content; ``label`` names it in errors."""
    if isinstance(data, bytes):
        try:
            data = data.decode("utf-8")
        except UnicodeDecodeError as exc:
            line = data[: exc.start].count(b"\n") + 1
            raise OutputError(f"{label}:{line}: not UTF-8 (byte 0x{data[exc.start]:02x}), "
                              "so not a briefs output") from exc
    if not data:
        raise OutputError(f"{label}: empty file, not a briefs output")
    lines = data.split("\n")
    if lines[-1]:
        raise OutputError(f"{label}:{len(lines)}: the file ends inside this line (no newline after it): "
                          "cut short? Extract the brief again")
    output: Output | None = None
    adapter = _adapter()
    for number, line in enumerate(lines[:-1], 1):
        if not line.strip():
            raise OutputError(f"{label}:{number}: blank line (an output has one record per line)")
        try:
            record = adapter.validate_python(json.loads(line)).model_dump(mode="json")
        except json.JSONDecodeError as exc:
            raise OutputError(f"{label}:{number}: not JSON ({exc.msg} at column {exc.colno})") from exc
        except ValidationError as exc:
            raise OutputError(f"{label}:{number}: not an output record ({_validation_message(exc)})") from exc
        output = _add(output, record, label, number)
    assert output is not None  # data is not empty and every line was read
    return output


def _add(output: Output | None, record: Record, label: str, number: int) -> Output:
    kind = record["kind"]
    if output is None:
        if kind != "document":
            raise OutputError(f"{label}:{number}: not a briefs output (the first line must be the "
                              f"document record, not {kind!r})")
        return Output(label, record)
    if kind == "document":
        raise OutputError(f"{label}:{number}: a second document record")
    if record["doc_id"] != output.doc_id:
        raise OutputError(f"{label}:{number}: a record of brief {record['doc_id']!r} in the output of "
                          f"{output.doc_id!r}")
    if kind == "claim":
        for role in ("actor", "target"):
            if record[role] is not None and record[role]["id"] not in output.entities:
                raise OutputError(f"{label}:{number}: claim {record['id']} names {role} {record[role]['id']!r}, "
                                  "which has no entity record before it")
    table = output.entities if kind == "entity" else output.claims
    if record["id"] in table:
        # last-one-wins would silently hide a record from every reader
        raise OutputError(f"{label}:{number}: duplicate {kind} id {record['id']!r}")
    table[record["id"]] = record
    return output


def read_output(path: Path) -> Output:
    path = Path(path)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise OutputError(f"{path}: cannot read ({exc.strerror or exc})") from exc
    return parse_output(data, str(path))


def is_output_name(name: str) -> bool:
    """``<stem>.jsonl``, not the error log, not a temporary or hidden file."""
    return name.endswith(".jsonl") and name != ERRORS_FILE and not name.startswith(".")


def output_files(path: Path) -> dict[str, Path]:
    """The outputs in a folder (or a single output file) by stem, sorted by stem."""
    path = Path(path)
    if path.is_file():
        return {path.name.removesuffix(".jsonl"): path}
    if not path.is_dir():
        raise OutputError(f"{path}: no such file or folder")
    try:
        files = sorted(p for p in path.iterdir() if is_output_name(p.name) and p.is_file())
    except OSError as exc:
        raise OutputError(f"{path}: cannot list ({exc.strerror or exc})") from exc
    return {p.name.removesuffix(".jsonl"): p for p in files}


def read_outputs(path: Path) -> Iterator[Output | OutputError]:
    """Every output of a folder (or one file) in stem order; a file that cannot be read comes
    back as its error, so a caller can report it and go on with the rest."""
    files = output_files(path)
    if not files:
        raise OutputError(f"{path}: no outputs (<stem>.jsonl) in this folder")
    for file in files.values():
        try:
            yield read_output(file)
        except OutputError as exc:
            yield exc


# --------------------------------------------------------------------------- the brief behind an output


def source_text(path: Path, document: Record) -> str:
    """The text of the brief at ``path``, which must be the one ``document`` was made from.

    Offsets index this text, so a brief whose bytes differ (sha256) is refused rather than
    shown or scored against the wrong characters. This is the one place outputs read briefs.
    """
    from pipeline.read import read_bytes

    path = Path(path)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise OutputError(f"{path}: cannot read ({exc.strerror or exc})") from exc
    if hashlib.sha256(data).hexdigest() != document["sha256"]:
        raise SourceMismatch(f"{path}: not the brief {document['doc_id']!r} was made from (sha256 differs, "
                             "so its offsets would be wrong)")
    # no size limit here: the output exists, so the brief was already accepted once
    text = read_bytes(data, path.name, max_chars=sys.maxsize).text
    if len(text) != document["n_chars"]:
        raise OutputError(f"{path}: {len(text)} characters, the output says {document['n_chars']}")
    return text


class SourceMismatch(OutputError):
    """The file is there but holds other bytes than the brief the output was made from."""
