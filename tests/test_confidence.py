"""Analytic confidence (components/confidence.py): stated in a sentence, for a block, or not at all."""

from __future__ import annotations

import pytest

from tests.conftest import claims

HEADER = "MERIDIAN ANALYTIC NOTE\n12 March 2025\nHamas after the truce\n\n"


def _confidences(records):
    return [(c["cue"]["text"], c["confidence"], (c["confidence_cue"] or {}).get("text"))
            for c in claims(records, "assessment")]


@pytest.mark.parametrize(
    "text,level,cue",
    [("We assess with moderate confidence that Hamas will rearm.", "moderate", "moderate confidence"),
     ("We judge with high confidence that the truce will collapse.", "high", "high confidence"),
     ("This is a low-confidence judgment: Hamas may rearm.", "low", "low-confidence"),
     ("Confidence in this judgment is low: Hezbollah may strike.", "low", "Confidence in this judgment is low"),
     ("We are highly confident that the group will likely regroup.", "high", "highly confident"),
     ("Confidence: moderate. Iran will probably resupply the group.", "moderate", "Confidence: moderate"),
     ("We have medium confidence that Iran will probably resupply the group.", "moderate", "medium confidence")],
    ids=["with-moderate", "with-high", "hyphenated-low", "is-low", "highly-confident",
         "label-before-the-judgment", "medium-is-moderate"],
)
def test_confidence_stated_in_the_sentence(extract, text, level, cue):
    found = _confidences(extract(text))
    assert found and all(c[1:] == (level, cue) for c in found)


@pytest.mark.parametrize(
    "text",
    ["Confidence-building measures will probably resume in May.",
     "The vote of confidence will likely fail.",
     "A confidential report said the group may regroup.",
     "Public confidence in the government may fall further.",
     "Hamas will likely rearm."],
    ids=["confidence-building", "vote-of-confidence", "confidential", "no-level", "none-stated"],
)
def test_confidence_absent_is_null(extract, text):
    found = _confidences(extract(text))
    assert found and all(c[1:] == (None, None) for c in found)


def test_confidence_heading_of_key_judgments_covers_the_block(extract):
    text = (HEADER + "KEY JUDGMENTS (moderate confidence)\n- Hamas will likely rearm within a year.\n"
            "- Iran could resupply it.\n\nDISCUSSION\nQatar will probably keep hosting the leaders.\n")
    found = {c[0]: c[1] for c in _confidences(extract(text))}
    assert found == {"likely": "moderate", "could": "moderate", "probably": None}


def test_confidence_sentence_in_a_block_covers_the_block(extract):
    text = (HEADER + "KEY JUDGMENTS\n- We make these judgments with high confidence.\n"
            "- Hamas will likely rearm within a year.\n- Iran could resupply it.\n\n"
            "DISCUSSION\nQatar will probably keep hosting the leaders.\n")
    found = {c[0]: c[1] for c in _confidences(extract(text))}
    assert found["likely"] == "high" and found["could"] == "high" and found["probably"] is None


def test_confidence_own_statement_beats_the_block(extract):
    text = (HEADER + "KEY JUDGMENTS (moderate confidence)\n- Hamas will likely rearm within a year.\n"
            "- We assess with low confidence that Iran could resupply it.\n")
    found = {c[0]: c[1] for c in _confidences(extract(text))}
    assert found["likely"] == "moderate" and found["We assess"] == "low"


def test_confidence_belongs_to_its_own_clause(extract):
    text = ("We judge with low confidence that the group may regroup in the south, "
            "and Qatar will probably keep hosting its leaders.")
    found = {c[0]: c[1] for c in _confidences(extract(text))}
    assert found == {"We judge": "low", "probably": None}


def test_confidence_only_on_assessments(extract):
    records = extract("With high confidence, Hamas vowed to rearm and Iran has armed Hamas.")
    assert all(c["confidence"] is None for c in claims(records) if c["type"] != "assessment")
