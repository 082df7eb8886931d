"""Human-readable printing for evaluate and explain (rich tables and marked-up text)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from rich.console import Console
from rich.table import Table
from rich.text import Text

from pipeline.review.outputs import read_output


def _row(name: str, s: dict[str, Any]) -> list[str]:
    return [name, f"{s['precision']:.3f}", f"{s['recall']:.3f}", f"{s['f1']:.3f}",
            str(s["tp"]), str(s["fp"]), str(s["fn"])]


def print_evaluation(console: Console, report: dict[str, Any]) -> None:
    cols = ["", "P", "R", "F1", "tp", "fp", "fn"]
    for mode in ("strict", "lenient"):
        table = Table(*cols, title=f"entities ({mode})")
        for label, scores in report["entities"][mode].items():
            table.add_row(*_row(label, scores))
        console.print(table)
    table = Table(*cols, title="claims")
    for ctype, scores in report["claims"].items():
        table.add_row(*_row(ctype, scores))
    console.print(table)
    acc = report["likelihood_band_accuracy"]
    console.print(f"likelihood band accuracy: {acc if acc is None else f'{acc:.3f}'} "
                  f"over {_count(report['likelihood_band_pairs'], 'matched assessment')}; "
                  f"{_count(len(report['briefs']), 'brief')}")
    if "errors" in report:
        _print_errors(console, report["errors"])


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}{'' if n == 1 else 's'}"


ERROR_WORDS = {"fn": "missed", "fp": "false", "lost": "lost"}


def error_line(error: dict[str, Any]) -> str:
    """One evaluation error as a reader wants it: what, which words, where."""
    kind = error["kind"]
    if kind == "band":
        return f"band: gold {error['gold']}, extracted {error['predicted']}: {_quote(error['snippet'])}"
    if kind.endswith("_wrong_actor"):
        return (f"wrong actor on {kind.removesuffix('_wrong_actor')}: gold {error['gold']}, extracted "
                f"{error['who']} {error['claim']}, rule {error['rule']}: {_quote(error['snippet'])}")
    what, _, outcome = kind.rpartition("_")
    verb = ERROR_WORDS[outcome]
    if what == "entity":
        return f"{verb} {error['label']} {_quote(error['text'])} at {error['start']}"
    who = f" ({error['who']})" if error.get("who") else ""
    if outcome == "fn":
        return f"{verb} {what}{who}: {_quote(error['snippet'])}"
    if outcome == "lost":
        # the source shows the words but the reader dropped them: a reader defect, not a rule's
        return f"{verb} {what}{who}, the reader dropped its words: {_quote(error['snippet'])}"
    return f"{verb} {what}{who} {error['claim']}, rule {error['rule']}: {_quote(error['evidence'])}"


def _quote(text: str) -> str:
    return '"' + " ".join(text.split()) + '"'


def _print_errors(console: Console, errors: list[dict[str, Any]]) -> None:
    if not errors:
        console.print(Text("errors: none", style="bold"))
        return
    console.print(Text(f"errors by brief ({len(errors)}): missed = in the gold, not extracted; "
                       "false = extracted, not in the gold; wrong actor = both, at one place", style="bold"))
    brief = None
    for error in errors:
        if error["brief"] != brief:
            brief = error["brief"]
            console.print(Text(brief, style="bold"))
        console.print(Text(f"  {error_line(error)}"))


def explain_claim(console: Console, output: Path, claim_id: str) -> None:
    claim = read_output(output).claims.get(claim_id)
    if claim is None:
        raise KeyError(claim_id)
    ev = claim["evidence"]
    text = Text(ev["text"])
    marks = [(claim["cue"], "bold yellow", "cue")]
    for role in ("actor", "target"):
        if claim.get(role):
            marks.append((claim[role], "bold cyan" if role == "actor" else "bold magenta", role))
    if claim.get("content"):
        marks.append((claim["content"], "underline", "content"))
    for span, style, _ in marks:
        s, e = span["start"] - ev["start"], span["end"] - ev["start"]
        if 0 <= s < e <= len(ev["text"]):
            text.stylize(style, s, e)
    heading = f"{claim['type']} {claim['id']}  (rule {claim['rule']}, patterns {claim['patterns_version']})"
    console.print(Text(heading, style="bold"))
    console.print(text)
    for span, _, role in marks:
        console.print(f"  {role:8} [{span['start']}:{span['end']}] {span['text']!r}"
                      + (f" -> {span['id']}" if "id" in span else ""))
    details = {k: claim.get(k) for k in ("relation", "cameo", "polarity", "modality", "assessment_kind")}
    if claim.get("likelihood"):
        details["likelihood"] = claim["likelihood"]["band"]
    if claim.get("attribution"):
        details["attribution"] = claim["attribution"]["holder"]
    console.print("  " + ", ".join(f"{k}={v}" for k, v in details.items() if v is not None))
