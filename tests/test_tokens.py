"""briefs_tokens: the token table holds what the Doc's tokens say, indexed like the Doc."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

import pipeline.components  # noqa: F401  (registers the factories)
from pipeline.components.tokens import Lexemes, TokenTable, TokenTables, token_table

TEXT = "The U.S.-led coalition (ISF) struck Hamas in Gaza.\nHamas vowed revenge;  it struck back."


@pytest.fixture(scope="module")
def nlp():
    nlp = spacy.blank("en")
    nlp.add_pipe("briefs_tokens")
    return nlp


def test_tokens_columns_match_token_attributes(nlp):
    doc = nlp.make_doc(TEXT)
    for token in doc:
        token.lemma_ = token.text.upper()  # any lemma: the table must read the Doc's own
    table = TokenTable(doc)
    assert table.text == tuple(t.text for t in doc)
    assert table.lower == tuple(t.lower_ for t in doc)
    assert table.lemma_text == [t.lemma_ for t in doc]
    assert table.lemma == [t.lemma_.lower() for t in doc]
    assert table.idx == [t.idx for t in doc]
    assert table.end == [t.idx + len(t) for t in doc]
    assert table.ws == [bool(t.whitespace_) for t in doc]
    for name, attr in (("punct", "is_punct"), ("space", "is_space"), ("alpha", "is_alpha"),
                       ("is_lower", "is_lower"), ("title", "is_title")):
        assert getattr(table, name) == tuple(getattr(t, attr) for t in doc), name


def test_tokens_string_is_the_span_text(nlp):
    doc = nlp.make_doc(TEXT)
    table = TokenTable(doc)
    for start, end in ((0, 1), (1, 4), (5, 9), (10, 14), (14, len(doc))):
        assert table.string(start, end) == doc[start:end].text


def test_tokens_closing_finds_the_mark_within_its_limit(nlp):
    doc = nlp.make_doc('The Mer Dzevov ("Our Way") movement, a party, grew.')
    table = TokenTable(doc)
    opening = [t.text for t in doc].index("(")
    close = [t.text for t in doc].index(")")
    assert table.closing(opening, len(doc)) == close
    assert table.closing(opening, close) is None  # the limit is exclusive
    assert doc[table.closing(close, len(doc), ",")].text == ","


def test_tokens_where_finds_every_position_in_order(nlp):
    doc = nlp.make_doc(TEXT)
    table = TokenTable(doc)
    assert table.where("text", {"Hamas"}) == [i for i, t in enumerate(doc) if t.text == "Hamas"]
    assert table.where("lower", {"the", "struck", "it"}) == [
        i for i, t in enumerate(doc) if t.lower_ in {"the", "struck", "it"}]
    assert table.where("text", {"absent"}) == []


def test_tokens_word_rows_are_shared_across_docs(nlp):
    lexemes = Lexemes()
    first = TokenTable(nlp.make_doc("Hamas struck."), lexemes)
    rows = len(lexemes.rows)
    second = TokenTable(nlp.make_doc("Hamas struck again."), lexemes)
    assert len(lexemes.rows) == rows + 1  # only "again" is new
    assert first.text[:2] == second.text[:2]


def test_tokens_component_keeps_the_table_of_its_last_doc(nlp):
    tables = nlp.get_pipe("briefs_tokens")
    doc = nlp(TEXT)
    assert tables.table(doc) is tables.table(doc)
    assert tables.table(doc).text == tuple(t.text for t in doc)


def test_tokens_table_is_not_doc_state(nlp):
    doc = nlp(TEXT)
    assert doc.user_data == {}
    restored = Doc(nlp.vocab).from_bytes(doc.to_bytes())
    assert TokenTables().table(restored).text == tables_text(doc)


def test_tokens_another_doc_gets_its_own_table(nlp):
    tables = nlp.get_pipe("briefs_tokens")
    first, second = nlp("Hamas struck."), nlp("Iran vowed revenge today.")
    assert tables.table(second).text == ("Iran", "vowed", "revenge", "today", ".")
    assert tables.table(first).text == ("Hamas", "struck", ".")


def test_tokens_sentence_bounds():
    nlp = spacy.blank("en")
    nlp.add_pipe("briefs_sentences")
    doc = nlp("Hamas struck. Iran vowed revenge.\nIt waited")
    table = TokenTable(doc)
    assert table.bounds == ([0, 0, 0, 1, 1, 1, 1, 1, 2, 2], [0, 3, 8], [3, 8, 10])  # the line break ends sentence 1


def tables_text(doc):
    return tuple(t.text for t in doc)


def test_tokens_table_is_built_for_a_doc_without_the_component():
    doc = Doc(spacy.blank("en").vocab, words=["Hamas", "vowed", "revenge"])
    assert token_table(doc).lower == ("hamas", "vowed", "revenge")


def test_tokens_empty_doc(nlp):
    table = TokenTable(nlp.make_doc(""))
    assert table.text == () and table.idx == [] and table.where("text", {"x"}) == []


@pytest.mark.parametrize(("word", "alpha", "title"), [
    ("Mata'afa", True, True), ("Fa\u2019atuatua", True, True), ("La'auli", True, True),
    ("N'Tam", True, True), ("O'Neill", True, True), ("'s", False, False), ("rock'n'roll", True, False),
], ids=["glottal-stop", "curly-glottal-stop", "glottal-stop-in-a-given-name", "capital-after-the-apostrophe",
        "irish-surname",
        "possessive-ending", "lower-case-word"])
def test_tokens_apostrophe_between_letters_stays_inside_the_word(nlp, word, alpha, title):
    """A Polynesian name's glottal stop ('Mata'afa') is a letter: the word is alphabetic and,
    capitalised once, in title case, so the name shapes read it whole."""
    table = TokenTable(nlp.make_doc(f"Then {word} spoke."))
    k = table.text.index(word)
    assert (table.alpha[k], table.title[k]) == (alpha, title)
