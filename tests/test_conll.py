"""pipeline/review/conll.py: the CoNLL-2003 scorer, on a file made here (the real data has
research-only terms and is never in the project)."""

from __future__ import annotations

from pipeline.review.conll import read_conll, score

SAMPLE = """-DOCSTART- -X- O O

Talks NNS I-NP O
resumed VBD I-VP O
as IN I-SBAR O
Martina NNP I-NP I-PER
Ertl NNP I-NP I-PER
said VBD I-VP O
the DT I-NP O
PKK NNP I-NP I-ORG
would MD I-VP O
wait VB I-VP O
. . O O

Barcelona NNP I-NP I-ORG
won VBD I-VP O
. . O O
-DOCSTART- -X- O O

Helmut NNP I-NP I-PER
Kohl NNP I-NP I-PER
met VBD I-VP O
Jacques NNP I-NP B-PER
Chirac NNP I-NP I-PER
. . O O
"""


def test_conll_documents_texts_and_gold_spans(tmp_path):
    path = tmp_path / "sample.conll"
    path.write_text(SAMPLE, encoding="utf-8")
    docs = read_conll(path)
    assert [d.text for d in docs] == ["Talks resumed as Martina Ertl said the PKK would wait .\nBarcelona won .",
                                      "Helmut Kohl met Jacques Chirac ."]
    assert [[d.text[s:e] for s, e in d.per] for d in docs] == [["Martina Ertl"], ["Helmut Kohl", "Jacques Chirac"]]
    assert [[surface for _, _, surface in d.org] for d in docs] == [["PKK", "Barcelona"], []]


def test_conll_scores_people_and_armed_groups(tmp_path):
    path = tmp_path / "sample.conll"
    path.write_text(SAMPLE, encoding="utf-8")
    result = score(read_conll(path))
    assert result["person_strict"]["tp"] == 3 and result["person_strict"]["fn"] == 0
    assert result["armed_or_political_org"]["spans"] == 1  # the PKK; Barcelona is a club
    assert result["armed_or_political_org"]["recall_strict"] == 1.0
