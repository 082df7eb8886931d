"""briefs_tokens: the token table the rule components read instead of Token objects.

Rules look at a handful of neighbouring words thousands of times per brief; ``doc[i]``
builds a Token object each time, which cost more than tokenising the brief. The table
holds each attribute as a plain sequence, indexed like the Doc.

Everything but the character offsets and the lemma belongs to the word itself (the
lexeme), so the component keeps one row per distinct word across briefs and a brief's
table is a lookup per token. The rows grow with the vocabulary, as spaCy's own
``Vocab`` does.
"""

from __future__ import annotations

from typing import Any

from spacy.attrs import IDX, LEMMA, LENGTH, ORTH, SPACY
from spacy.language import Language
from spacy.tokens import Doc

from pipeline.components.actors import source_text

# text, lower, punct, space, alpha, is_lower, title: attributes of the word, not the token
LexemeRow = tuple[str, str, bool, bool, bool, bool, bool]


class Lexemes:
    """Word attributes by ORTH hash, looked up in the vocab once per distinct word."""

    def __init__(self) -> None:
        self.rows: dict[int, LexemeRow] = {}
        self.lemmas: dict[int, tuple[str, str]] = {}

    def row(self, vocab: Any, orth: int) -> LexemeRow:
        row = self.rows.get(orth)
        if row is None:
            lex = vocab[orth]
            row = self.rows[orth] = (lex.orth_, lex.lower_, lex.is_punct, lex.is_space, lex.is_alpha,
                                     lex.is_lower, lex.is_title)
        return row

    def lemma(self, vocab: Any, value: int) -> tuple[str, str]:
        """(lemma, lemma lower-cased) of a LEMMA hash."""
        texts = self.lemmas.get(value)
        if texts is None:
            text = vocab.strings[value]
            texts = self.lemmas[value] = (text, text.lower())
        return texts


class TokenTable:
    """Per-Doc token attributes as plain sequences (see the module docstring)."""

    __slots__ = ("text", "lower", "lemma", "lemma_text", "idx", "end", "ws", "punct", "space", "alpha", "is_lower",
                 "title", "source", "indexes")

    def __init__(self, doc: Doc, lexemes: Lexemes | None = None):
        lexemes = lexemes if lexemes is not None else Lexemes()
        vocab = doc.vocab
        table = doc.to_array([ORTH, LEMMA, IDX, LENGTH, SPACY])
        rows = lexemes.rows
        row = lexemes.row
        columns = list(zip(*[rows.get(o) or row(vocab, o) for o in table[:, 0].tolist()], strict=True)) \
            if len(doc) else [()] * 7
        self.text, self.lower, self.punct, self.space, self.alpha, self.is_lower, self.title = columns
        known = lexemes.lemmas
        lemma = lexemes.lemma
        values = table[:, 1].tolist()
        self.lemma_text = [(known.get(v) or lemma(vocab, v))[0] for v in values]  # as set
        self.lemma = [known[v][1] for v in values]  # lower-cased, as rules compare them
        self.idx = table[:, 2].tolist()
        self.end = (table[:, 2] + table[:, 3]).tolist()
        self.ws = table[:, 4].astype(bool).tolist()  # a space follows the token
        self.source = source_text(doc)
        self.indexes: dict[str, dict[str, list[int]]] = {}

    def string(self, start: int, end: int) -> str:
        """The text of tokens [start, end), as ``doc[start:end].text``."""
        if start >= end:
            return ""
        return self.source[self.idx[start] : self.end[end - 1]]

    def where(self, column: str, words: Any) -> list[int]:
        """Indices, in order, of the tokens whose ``column`` ("lower", "text"...) is in ``words``.

        Components ask this of a handful of cue words several times per brief; one index
        per column answers each question without another pass over the tokens.
        """
        index = self.indexes.get(column)
        if index is None:
            index = self.indexes[column] = {}
            for i, word in enumerate(getattr(self, column)):
                found = index.get(word)
                if found is None:
                    index[word] = [i]
                else:
                    found.append(i)
        present = index.keys() & words
        if not present:
            return []
        if len(present) == 1:
            return list(index[present.pop()])
        return sorted(i for word in present for i in index[word])

    def span(self, start: int, end: int) -> dict:
        """{start, end, text} in characters for tokens [start, end), which is not empty."""
        s, e = self.idx[start], self.end[end - 1]
        return {"start": s, "end": e, "text": self.source[s:e]}


def token_table(doc: Doc) -> TokenTable:
    """The Doc's table, from ``briefs_tokens``; built here for a Doc that skipped it."""
    cached = doc.user_data.get("briefs_tokens")
    if cached is None or len(cached.text) != len(doc):
        cached = doc.user_data["briefs_tokens"] = TokenTable(doc)
    return cached


@Language.factory("briefs_tokens", assigns=["doc.user_data"], requires=["token.lemma"], default_config={})
def make_tokens(nlp: Language, name: str) -> TokenTables:
    return TokenTables(name)


class TokenTables:
    def __init__(self, name: str):
        self.name = name
        self.lexemes = Lexemes()

    def __call__(self, doc: Doc) -> Doc:
        doc.user_data["briefs_tokens"] = TokenTable(doc, self.lexemes)
        return doc
