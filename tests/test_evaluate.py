"""Scoring claims against gold (review/evaluate.py): what counts as a wrong actor."""

from __future__ import annotations

import pytest

from pipeline.review.evaluate import GoldError, Report, score_claims, visible_text

TEXT = "Talks ended in Havana, when both sides agreed to the ceasefire. Mexico hosted a round."
CUE = TEXT.index("agreed")


def _records(cue_start: int, actor: str) -> list[dict]:
    entities = [{"kind": "entity", "id": f"state:{n.lower()}", "name": n, "aliases": [], "mentions": [{"text": n}]}
                for n in ("Colombia", "Mexico")]
    sentence_end = TEXT.index(".") + 1
    claim = {"kind": "claim", "id": "c-1", "type": "pledge", "rule": "pledge.agree_to",
             "evidence": {"start": 0, "end": sentence_end, "text": TEXT[:sentence_end]},
             "cue": {"start": cue_start, "end": cue_start + 6, "text": TEXT[cue_start:cue_start + 6]},
             "actor": {"id": f"state:{actor.lower()}", "text": "both sides"}, "target": None}
    return [*entities, claim]


GOLD = {"claims": [{"type": "pledge", "actor": ["Colombia"], "snippet": "agreed to the ceasefire"}]}


@pytest.mark.parametrize(("actor", "cue_start", "kinds"), [
    ("Colombia", CUE, []),
    ("Mexico", CUE, ["pledge_wrong_actor"]),
    ("Mexico", TEXT.index("Talks"), ["pledge_fn", "pledge_fp"]),
], ids=["right-actor", "wrong-actor-at-the-gold-cue", "cue-elsewhere-is-a-miss-and-a-false-match"])
def test_evaluate_wrong_actor_is_one_error_at_the_gold_claim(actor, cue_start, kinds):
    report = Report()
    score_claims(TEXT, GOLD, _records(cue_start, actor), report, "t.txt")
    assert sorted(e["kind"] for e in report.errors) == kinds
    counts = report.claims["pledge"]
    assert (counts.tp, counts.fp, counts.fn) == ((1, 0, 0) if not kinds else (0, 1, 1))


def test_evaluate_snippet_the_reader_dropped_is_a_miss_not_a_gold_error():
    gold = {"claims": [{"type": "assessment", "likelihood": "likely", "snippet": "will likely reject the terms"}]}
    report = Report()
    score_claims(TEXT, gold, [], report, "t.html", visible="In Brief Sadio will likely reject the terms. " + TEXT)
    assert [e["kind"] for e in report.errors] == ["assessment_lost"]
    assert report.claims["assessment"].fn == 1


def test_evaluate_snippet_the_source_lacks_is_still_a_gold_error():
    gold = {"claims": [{"type": "assessment", "likelihood": "likely", "snippet": "will likely reject the terms"}]}
    with pytest.raises(GoldError, match="occurs 0 times"):
        score_claims(TEXT, gold, [], Report(), "t.html", visible=TEXT)


def test_evaluate_visible_text_of_a_page_is_its_body(tmp_path):
    page = tmp_path / "p.html"
    page.write_text("<html><head><title>Title words</title></head><body><aside><h2>In Brief</h2>"
                    "<ul><li>Sadio will &amp; can</li></ul></aside><p>Body  text</p></body></html>", encoding="utf-8")
    assert visible_text(page) == "In Brief Sadio will & can Body text"
