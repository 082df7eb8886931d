"""The project's Language: its tokenizer differs from spaCy's English one only where we mean it to."""

from __future__ import annotations

import pytest
import spacy

from tests.conftest import CORPUS, ROOT

WHITESPACE = [
    ("newline", "Hezbollah\nvowed to respond."),
    ("blank-line", "Title\n\nFirst paragraph.\n\n\nSecond."),
    ("crlf", "Title\r\n\r\n- A bullet.\r\n"),
    ("double-space", "The  Taliban   said so ."),
    ("tab", "Column\tvalue\t\tnext"),
    ("space-before-newline", "End of line \nnext line"),
    ("newline-then-space", "End\n  indented line"),
    ("nbsp", "al-Shabaab\u00a0fighters and \u00a0 more"),
    ("leading-and-trailing", "\n  Leading and trailing  \n"),
    ("special-then-newline", "It was 3 a.m.\nU.S. forces don't\nsay."),
]


def _tokens(doc):
    return [(t.text, t.whitespace_, t.norm_) for t in doc]


@pytest.mark.parametrize("text", [w[1] for w in WHITESPACE], ids=[w[0] for w in WHITESPACE])
def test_nlp_whitespace_tokens_match_spacy_english(nlp, text):
    assert _tokens(nlp.make_doc(text)) == _tokens(spacy.blank("en").make_doc(text))


def test_nlp_tokens_match_spacy_english_on_the_corpus(nlp):
    """Dropping the whitespace rules changes no token: stock English plus our infix agrees."""
    from pipeline.nlp import _split_dotted_compounds

    stock = spacy.blank("en")
    _split_dotted_compounds(stock)
    paths = sorted(CORPUS.glob("*.txt")) + sorted((ROOT / "tests" / "data" / "prose").glob("*.txt"))
    for path in paths:
        text = path.read_text(encoding="utf-8")
        assert _tokens(nlp.make_doc(text)) == _tokens(stock.make_doc(text)), path.name


def test_nlp_dotted_compound_is_split(nlp):
    assert [t.text for t in nlp.make_doc("the U.S.-led coalition")] == ["the", "U.S.", "-", "led", "coalition"]


def test_nlp_lone_whitespace_rules_are_dropped(nlp):
    """They switch spaCy's tokenizer cache off for the rest of a text (see nlp.py)."""
    assert not {" ", "\t", "\n"} & set(nlp.tokenizer.rules)
    assert "\u00a0" in nlp.tokenizer.rules
