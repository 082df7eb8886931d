"""The one reader of output files: what it accepts, and the one line it gives for what it does not."""

from __future__ import annotations

import json
import shutil

import pytest

from pipeline.review.outputs import OutputError, output_files, parse_output, read_output, read_outputs
from tests.conftest import OUTPUTS

GOOD = OUTPUTS / "003_levant_hezbollah.jsonl"


def lines_of(path=GOOD) -> list[str]:
    return path.read_text(encoding="utf-8").split("\n")[:-1]


def joined(lines: list[str]) -> bytes:
    return ("\n".join(lines) + "\n").encode("utf-8")


def with_record(index: int, **changes) -> list[str]:
    lines = lines_of()
    lines[index] = json.dumps({**json.loads(lines[index]), **changes}, sort_keys=True)
    return lines


def first_claim_line() -> int:
    return next(i for i, line in enumerate(lines_of()) if json.loads(line)["kind"] == "claim")


def test_outputs_read_every_committed_output_as_written():
    for path in sorted(OUTPUTS.glob("*.jsonl")):
        output = read_output(path)
        assert [json.dumps(r, sort_keys=True, separators=(",", ":"), ensure_ascii=False) for r in output.records] \
            == lines_of(path)


def test_outputs_keep_unicode_line_separators_inside_strings():
    lines = lines_of()
    entity = json.loads(lines[1])
    entity["name"] = "Hez\u2028bol\u0085lah\u2029"
    lines[1] = json.dumps(entity, ensure_ascii=False)
    output = parse_output(joined(lines), "x.jsonl")
    assert output.entities[entity["id"]]["name"] == "Hez\u2028bol\u0085lah\u2029"


BAD = {
    "not_utf8": (lambda: GOOD.read_bytes().replace(b"Hezbollah", b"Hezb\xffllah", 1), r"x\.jsonl:\d+: not UTF-8"),
    "empty": (lambda: b"", r"x\.jsonl: empty file"),
    "cut_short": (lambda: GOOD.read_bytes()[:800], r"x\.jsonl:\d+: the file ends inside this line"),
    "no_final_newline": (lambda: GOOD.read_bytes().rstrip(b"\n"), r"x\.jsonl:\d+: the file ends inside this line"),
    "blank_line": (lambda: joined(lines_of()[:2] + [""] + lines_of()[2:]), r"x\.jsonl:3: blank line"),
    "not_json": (lambda: joined(lines_of()[:2] + ["{not json"] + lines_of()[3:]), r"x\.jsonl:3: not JSON"),
    "unknown_field": (lambda: joined(with_record(1, colour="red")), r"x\.jsonl:2: not an output record "
                                                                    r"\(entity\.colour: Extra inputs"),
    "unknown_kind": (lambda: joined(with_record(1, kind="event")), r"x\.jsonl:2: not an output record"),
    "entity_first": (lambda: joined(lines_of()[1:]), r"x\.jsonl:1: not a briefs output \(the first line must "
                                                     r"be the document record, not 'entity'\)"),
    "two_documents": (lambda: joined(lines_of()[:1] + lines_of()), r"x\.jsonl:2: a second document record"),
    "other_brief": (lambda: joined(with_record(1, doc_id="999_other")), r"x\.jsonl:2: a record of brief "
                                                                        r"'999_other'"),
    "duplicate_id": (lambda: joined(lines_of()[:2] + lines_of()[1:]), r"x\.jsonl:3: duplicate entity id"),
    "unknown_actor": (lambda: joined(with_record(first_claim_line(),
                                                 actor={"id": "group:nobody", "text": "X", "start": 0, "end": 1})),
                      r"x\.jsonl:\d+: claim c-\w+ names actor 'group:nobody', which has no entity record"),
}


@pytest.mark.parametrize("case", BAD, ids=list(BAD))
def test_outputs_refuse_bad_files_naming_file_and_line(case):
    make, message = BAD[case]
    with pytest.raises(OutputError, match=message):
        parse_output(make(), "x.jsonl")


def test_outputs_unreadable_file_is_named(tmp_path):
    with pytest.raises(OutputError, match=r"missing\.jsonl: cannot read"):
        read_output(tmp_path / "missing.jsonl")


def test_outputs_folder_lists_outputs_only(tmp_path):
    for name in ("b.jsonl", "a.jsonl", "errors.jsonl", ".a.jsonl.x1.tmp", ".hidden.jsonl", "notes.txt"):
        (tmp_path / name).write_text("", encoding="utf-8")
    (tmp_path / "sub.jsonl").mkdir()
    assert list(output_files(tmp_path)) == ["a", "b"]
    assert output_files(tmp_path / "b.jsonl") == {"b": tmp_path / "b.jsonl"}


def test_outputs_folder_goes_on_past_a_bad_file(tmp_path):
    shutil.copy(GOOD, tmp_path / "a.jsonl")
    (tmp_path / "b.jsonl").write_bytes(GOOD.read_bytes()[:500])
    shutil.copy(OUTPUTS / "001_sahel_jnim.jsonl", tmp_path / "c.jsonl")
    results = list(read_outputs(tmp_path))
    assert [type(r).__name__ for r in results] == ["Output", "OutputError", "Output"]
    assert str(results[1]).startswith(f"{tmp_path / 'b.jsonl'}:")


def test_outputs_folder_without_outputs_is_an_error(tmp_path):
    with pytest.raises(OutputError, match="no outputs"):
        list(read_outputs(tmp_path))
