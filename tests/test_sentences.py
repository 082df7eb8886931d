"""briefs_sentences: lines first, then sentence-final punctuation; one table of cases."""

from __future__ import annotations

import pytest
import spacy

import pipeline.components  # noqa: F401  (registers the factories)

CASES = [
    ("full-stop", "Hezbollah fired rockets. Israel responded.", ["Hezbollah fired rockets.", "Israel responded."]),
    ("question-and-exclamation", "Will it hold? Nobody knows! Talks resume.",
     ["Will it hold?", "Nobody knows!", "Talks resume."]),
    ("line-break-without-stop", "Bottom Line Up Front\n- The junta leans on Wagner",
     ["Bottom Line Up Front", "- The junta leans on Wagner"]),
    ("blank-lines", "Title\n\n\nFirst paragraph.", ["Title", "First paragraph."]),
    ("closing-quote", 'He said "no." Then he left.', ['He said "no."', "Then he left."]),
    ("closing-bracket", "It grew (see above.) Then it split.", ["It grew (see above.)", "Then it split."]),
    ("opening-quote", 'It ended. "We won," they said.', ["It ended.", '"We won," they said.']),
    ("bullet-after-stop", "It ended. \u2022 Next point", ["It ended.", "\u2022 Next point"]),
    ("percent", "Support fell to 40%. Analysts expect more.", ["Support fell to 40%.", "Analysts expect more."]),
    ("us-abbreviation", "U.S. forces left. The base closed.", ["U.S. forces left.", "The base closed."]),
    ("dotted-acronym-before-capital", "Troops from the U.S. Army left.", ["Troops from the U.S. Army left."]),
    ("initial", "The envoy J. Smith arrived.", ["The envoy J. Smith arrived."]),
    ("lower-case-after-stop", "It cost 3.5 million. then more.", ["It cost 3.5 million. then more."]),
    ("no-space-after-stop", "Version 2.0Beta shipped.", ["Version 2.0Beta shipped."]),
    ("tab-after-stop", "It ended.\tA new one began.", ["It ended.", "A new one began."]),
    ("list-number-stays-with-its-item", "KEY POINTS\n3. The surrenders split the party.\nKJ1. Talks stall.",
     ["KEY POINTS", "3. The surrenders split the party.", "KJ1. Talks stall."]),
    ("title-abbreviations-end-no-sentence", "Mr. Tshisekedi spoke. Brig. Gen. Tchiani left.",
     ["Mr. Tshisekedi spoke.", "Brig. Gen. Tchiani left."]),
    ("a-word-ending-like-a-title-still-ends", "Talks stalled on Mr. Ruto's plan. Gen. Z protests grew.",
     ["Talks stalled on Mr. Ruto's plan.", "Gen. Z protests grew."]),
    ("hard-wrapped-line-before-lower-case", "Soldiers hold the roads by day, but gangs tax miners and raid\n"
     "concessions of Poderosa.", ["Soldiers hold the roads by day, but gangs tax miners and raid\nconcessions of Poderosa."]),
    ("a-wrapped-line-starting-with-the-word-a", "Since January the provincial government and the army have now "
     "deployed\na battalion to the border.",
     ["Since January the provincial government and the army have now deployed\na battalion to the border."]),
    ("table-row-cells-are-sentences", "Truce holds | Unlikely\nA|B stays", ["Truce holds |", "Unlikely", "A|B stays"]),
    ("table-cells-are-short-lines", "AFRICOM strikes in Puntland, 2025\nabout 30",
     ["AFRICOM strikes in Puntland, 2025", "about 30"]),
    ("field-after-a-long-title", "Kachin rare earths: Beijing tightens the valve, and the KIA digs in\nDate: Thu",
     ["Kachin rare earths: Beijing tightens the valve, and the KIA digs in", "Date: Thu"]),
    ("long-wrapped-line-before-a-capital", "Soldiers and police hold the roads by day, but the tunnels belong to\n"
     "Los Lobos.", ["Soldiers and police hold the roads by day, but the tunnels belong to\nLos Lobos."]),
    ("long-title-line-stops-on-a-capital", "Kurram Between Two Fires: A Brittle Truce, the TTP and the Afghan Frontier\n"
     "Margalla Observatory", ["Kurram Between Two Fires: A Brittle Truce, the TTP and the Afghan Frontier",
                              "Margalla Observatory"]),
    ("long-wrapped-line-before-a-list-item", "The judgments below are ours and rest on sources in the district and\n"
     "1) Attacks will rise.", ["The judgments below are ours and rest on sources in the district and",
                               "1) Attacks will rise."]),
    ("list-marker-after-a-heading", "Key Judgments\no The ELN will remain strong.\na) It will grow.",
     ["Key Judgments", "o The ELN will remain strong.", "a) It will grow."]),
    ("long-sentence-case-title-before-a-dateline", "Damascus sets deadline for holdout factions as the U.S. trims "
     "its presence\nDAMASCUS, 19 April 2025 - The government spoke.",
     ["Damascus sets deadline for holdout factions as the U.S. trims its presence",
      "DAMASCUS, 19 April 2025 - The government spoke."]),
    ("quoted-sentence-end-before-lower-case", '"We will stay."\nthe commander said.',
     ['"We will stay."', "the commander said."]),
]


@pytest.fixture(scope="module")
def nlp():
    nlp = spacy.blank("en")
    nlp.add_pipe("briefs_sentences")
    return nlp


@pytest.mark.parametrize("text,expected", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_sentences_boundaries(nlp, text, expected):
    assert [s.text.strip() for s in nlp(text).sents] == expected


def test_sentences_empty_doc(nlp):
    assert list(nlp("").sents) == []


def test_sentences_a_line_at_a_hard_wrapped_texts_width_runs_on(nlp):
    """In a text wrapped at a fixed width, a line that reaches the width runs on whatever word
    ends it ('accuses\\nLos Pulpos'); the same line in a text of unwrapped paragraphs ends."""
    filler = "The miners pay a levy on every sack of ore to the gang that holds the shaft"
    body = "\n".join([filler + "."] * 8)
    wrapped = body + "\nThe prosecutor in Trujillo says that the provincial office now accuses\nLos Pulpos of laundering.\n"
    sents = [s.text.strip() for s in nlp(wrapped).sents]
    assert "The prosecutor in Trujillo says that the provincial office now accuses\nLos Pulpos of laundering." in sents
    alone = "The prosecutor in Trujillo says that the provincial office now accuses\nLos Pulpos of laundering.\n"
    assert len(list(nlp(alone).sents)) == 2
