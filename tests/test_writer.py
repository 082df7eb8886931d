"""The atomic JSONL writer: one record per line whoever splits the lines, files whole or absent."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from pydantic import TypeAdapter

from pipeline.records import AnyRecord, Span
from pipeline.run.writer import RUN_TEMP_RE, dumps, write_atomic

SEPARATORS = [("line-separator", "\u2028"), ("paragraph-separator", "\u2029"), ("next-line", "\x85")]


@pytest.mark.parametrize("char", [s[1] for s in SEPARATORS], ids=[s[0] for s in SEPARATORS])
def test_writer_escapes_unicode_line_breaks(char):
    text = dumps([Span(start=0, end=3, text=f"a{char}b"), Span(start=4, end=5, text="c")])
    assert char not in text
    assert len(text.splitlines()) == 2
    assert json.loads(text.splitlines()[0])["text"] == f"a{char}b"


def test_writer_extracted_brief_with_line_separators_splits_into_its_records(extract):
    records = extract("NOTE\n2024-02-01\nA title\nIran has armed\u2028Hamas.\u2029Hezbollah\x85said so.\n")
    adapter = TypeAdapter(AnyRecord)
    text = dumps([adapter.validate_python(r) for r in records])
    assert [json.loads(line) for line in text.splitlines()] == records


def test_writer_run_temporaries_carry_the_run_id(tmp_path, monkeypatch):
    seen = []
    real_replace = os.replace

    def spy(src, dst):
        seen.append(Path(src).name)
        real_replace(src, dst)

    monkeypatch.setattr("pipeline.run.writer.os.replace", spy)
    write_atomic(tmp_path / "a.jsonl", "{}\n", run_id="0123456789ab")
    write_atomic(tmp_path / "b.jsonl", "{}\n")
    tagged, plain = seen
    assert RUN_TEMP_RE.match(tagged).group("run") == "0123456789ab"
    assert RUN_TEMP_RE.match(plain) is None
    assert (tmp_path / "a.jsonl").read_text() == "{}\n"
