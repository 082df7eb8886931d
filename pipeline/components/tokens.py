"""briefs_tokens: the token table the rule components read instead of Token objects.

Rules look at a handful of neighbouring words thousands of times per brief; ``doc[i]``
builds a Token object each time, which cost more than tokenising the brief. The table
holds each attribute as a plain sequence, indexed like the Doc.

Everything but the character offsets and the lemma belongs to the word itself (the
lexeme), so the component keeps one row per distinct word across briefs and a brief's
table is a lookup per token. The rows grow with the vocabulary, as spaCy's own
``Vocab`` does.

The table is a cache, never Doc state: the ``briefs_tokens`` component keeps the table of
the Doc it last saw and hands it to the components after it (``TokenTables.table``), so a
processed Doc holds nothing of it and serialises; a Doc it has not seen gets a new table.
"""

from __future__ import annotations

from typing import Any

from spacy.attrs import IDX, LEMMA, LENGTH, ORTH, SPACY
from spacy.language import Language
from spacy.tokens import Doc

from pipeline.components.persist import SavedState
from pipeline.read.lines import rewrapped

# straight and curly quote marks, opening and closing
QUOTES = frozenset({'"', "'", "\u201c", "\u201d", "\u2018", "\u2019"})

# text, lower, punct, space, alpha, is_lower, title, cap, acro: attributes of the word, not the token
LexemeRow = tuple[str, str, bool, bool, bool, bool, bool, bool, bool]


def word_shape(text: str) -> tuple[bool, bool]:
    """(cap, acro) of a word. cap: starts with a capital and has a lower-case letter
    ('Ta’ang', 'McKenzie', 'Vitel’Homme', which ``str.istitle`` rejects); acro: letters in
    capitals, maybe with digits or dots, no lower case ('TNLA', 'M23', 'G9', 'U.S.')."""
    if not text or not text[0].isalnum():
        return False, False
    has_lower = any(c.islower() for c in text)
    if has_lower:
        return text[0].isupper(), False
    letters = sum(c.isupper() for c in text)
    return False, letters >= 1 and len(text) >= 2 and all(c.isalnum() or c in ".&-" for c in text)


def _glottal(text: str) -> str | None:
    """The word without its inner apostrophes, if it has any between two letters: the glottal
    stop of Polynesian names ('Fa'atuatua', 'Mata'afa', 'Tuila'epa') and of Arabic
    transliteration ('Ta'ang', 'Sa'id') is a letter of the word, not the end of one."""
    if "'" not in text and "\u2019" not in text or not (text[0].isalpha() and text[-1].isalpha()):
        return None
    return text.replace("'", "").replace("\u2019", "")


def word_kind(text: str, is_alpha: bool, is_title: bool) -> tuple[bool, bool]:
    """(alpha, title) of a word, spaCy's flags unless an apostrophe is inside it: then the word
    is alphabetic if its letters are, and in title case as spaCy says where a capital follows
    the apostrophe ('O'Neill', 'N'Djamena'), as the word without it does where a small letter
    follows (a glottal stop: 'Mata'afa')."""
    bare = None if is_alpha else _glottal(text)
    if bare is None:
        return is_alpha, is_title
    glottal = any(ch in "'\u2019" and nxt.islower() for ch, nxt in zip(text, text[1:], strict=False))
    return bare.isalpha(), bare.istitle() if glottal else is_title


class Lexemes:
    """Word attributes by ORTH hash, looked up in the vocab once per distinct word."""

    def __init__(self) -> None:
        self.rows: dict[int, LexemeRow] = {}
        self.lemmas: dict[int, tuple[str, str]] = {}
        self.spaced: dict[int, tuple[str, str]] = {}  # (word, word and a space): see ``spaced_pair``

    def row(self, vocab: Any, orth: int) -> LexemeRow:
        row = self.rows.get(orth)
        if row is None:
            lex = vocab[orth]
            alpha, title = word_kind(lex.orth_, lex.is_alpha, lex.is_title)
            row = self.rows[orth] = (lex.orth_, lex.lower_, lex.is_punct, lex.is_space, alpha,
                                     lex.is_lower, title, *word_shape(lex.orth_))
        return row

    def spaced_pair(self, vocab: Any, orth: int) -> tuple[str, str]:
        """(the word, the word and a space), indexed by the token's SPACY flag: a brief's text
        is joined from these without making a string per token."""
        pair = self.spaced.get(orth)
        if pair is None:
            text = self.row(vocab, orth)[0]
            pair = self.spaced[orth] = (text, text + " ")
        return pair

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
                 "title", "cap", "acro", "source", "indexes", "sent_of", "sent_starts", "sent_ends", "memo")

    def __init__(self, doc: Doc, lexemes: Lexemes | None = None, text: str | None = None):
        lexemes = lexemes if lexemes is not None else Lexemes()
        vocab = doc.vocab
        table = doc.to_array([ORTH, LEMMA, IDX, LENGTH, SPACY])
        rows = lexemes.rows
        row = lexemes.row
        columns = list(zip(*[rows.get(o) or row(vocab, o) for o in table[:, 0].tolist()], strict=True)) \
            if len(doc) else [()] * 9
        (self.text, self.lower, self.punct, self.space, self.alpha, self.is_lower, self.title, self.cap,
         self.acro) = columns
        known = lexemes.lemmas
        lemma = lexemes.lemma
        values = table[:, 1].tolist()
        self.lemma_text = [(known.get(v) or lemma(vocab, v))[0] for v in values]  # as set
        self.lemma = [known[v][1] for v in values]  # lower-cased, as rules compare them
        self.idx = table[:, 2].tolist()
        self.end = (table[:, 2] + table[:, 3]).tolist()
        self.ws = table[:, 4].astype(bool).tolist()  # a space follows the token
        # doc.text builds a Token per token; the words and spaces are at hand
        self.source = text if text is not None else "".join(
            [w + " " if s else w for w, s in zip(self.text, self.ws, strict=True)])
        self.indexes: dict[str, dict[str, list[int]]] = {}
        self.sent_of, self.sent_starts, self.sent_ends = _sentence_bounds(doc)
        # what a component derives from the whole table once per Doc (flags per token, per sentence)
        self.memo: dict[str, Any] = {}

    @property
    def bounds(self) -> tuple[list[int], list[int], list[int]]:
        """(sentence id per token, start per sentence, end per sentence)."""
        return self.sent_of, self.sent_starts, self.sent_ends

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
                if word in index:
                    index[word].append(i)
                else:
                    index[word] = [i]
        # walk the smaller side: cue lexicons run to thousands of words, a brief to hundreds
        if isinstance(words, (set, frozenset, dict)) and len(words) > len(index):
            present = [word for word in index if word in words]
        else:
            present = [word for word in words if word in index]
        if not present:
            return []
        if len(present) == 1:
            return list(index[present[0]])
        return sorted(i for word in set(present) for i in index[word])

    def closing(self, opening: int, limit: int, mark: str = ")") -> int | None:
        """The first ``mark`` after token ``opening`` and before ``limit``, or None: where a
        short parenthesis ('(Maoist)', '("Our Way")') or apposition closes."""
        text = self.text
        return next((k for k in range(opening + 1, min(limit, len(text))) if text[k] == mark), None)

    def span(self, start: int, end: int) -> dict:
        """{start, end, text} in characters for tokens [start, end), which is not empty."""
        s, e = self.idx[start], self.end[end - 1]
        return {"start": s, "end": e, "text": self.source[s:e]}


def next_true(flags: list[bool], i: int, hi: int) -> int:
    """The first k in [i, hi) with ``flags[k]`` true, else hi: rules that walk runs of name
    words skip the other tokens this way (``list.index`` scans in C, a Python loop per token
    cost more than the rules themselves)."""
    try:
        return flags.index(True, i, hi)
    except ValueError:
        return hi


def _sentence_bounds(doc: Doc) -> tuple[list[int], list[int], list[int]]:
    """``token.sent`` walks the document each time it is called; rules that ask for the
    sentence of many tokens read these lists instead."""
    import numpy
    from spacy.attrs import SENT_START

    flags = doc.to_array([SENT_START]).astype(numpy.int64).ravel() == 1
    if len(doc):
        flags[0] = True
    sent_id = numpy.cumsum(flags) - 1
    starts = numpy.flatnonzero(flags)
    ends = numpy.append(starts[1:], len(doc))
    return sent_id.tolist(), starts.tolist(), ends.tolist()


@Language.factory("briefs_tokens", assigns=[], requires=["token.lemma", "token.is_sent_start"], default_config={})
def make_tokens(nlp: Language, name: str) -> TokenTables:
    return TokenTables(name)


class TokenTables(SavedState):
    """Builds each Doc's table once for the components after it (see the module docstring)."""

    RUNTIME = ("lexemes", "_doc", "_text", "_table")  # the last Doc's table and the word rows (persist.py)

    def __init__(self, name: str = "briefs_tokens"):
        self.name = name
        self.lexemes = Lexemes()
        self._doc: Doc | None = None
        self._text: str | None = None
        self._table: TokenTable | None = None

    def __call__(self, doc: Doc) -> Doc:
        self.table(doc)
        return doc

    def _hold(self, doc: Doc) -> None:
        if self._doc is not doc:
            self._doc, self._text, self._table = doc, None, None

    def text(self, doc: Doc) -> str:
        """``doc.text``, joined once per Doc from the word rows (``doc.text`` makes a Token per
        token, and the sentence splitter and the table both need the text)."""
        self._hold(doc)
        if self._text is None:
            spaced, pair, vocab = self.lexemes.spaced, self.lexemes.spaced_pair, doc.vocab
            table = doc.to_array([ORTH, SPACY])
            self._text = _as_given(doc, "".join([(spaced.get(o) or pair(vocab, o))[s] for o, s in zip(
                table[:, 0].tolist(), table[:, 1].tolist(), strict=True)]))
        return self._text

    def table(self, doc: Doc) -> TokenTable:
        """The Doc's table; made once per Doc, after the sentences and lemmas are set."""
        self._hold(doc)
        if self._table is None or len(self._table.text) != len(doc):
            self._table = TokenTable(doc, self.lexemes, self.text(doc))
        return self._table


class TablesOf:
    """A component's way to the pipeline's ``briefs_tokens``, found at first use (the
    components are made before it is added) or a private builder when there is none."""

    def __init__(self, nlp: Language):
        self.nlp = nlp
        self._tables: TokenTables | None = None

    def __call__(self) -> TokenTables:
        if self._tables is None:
            names = self.nlp.pipe_names
            self._tables = self.nlp.get_pipe("briefs_tokens") if "briefs_tokens" in names else TokenTables()
        return self._tables


def tables_of(nlp: Language) -> TokenTables:
    """The pipeline's table builder, or a private one when it has no ``briefs_tokens``."""
    return TablesOf(nlp)()


def token_table(doc: Doc) -> TokenTable:
    """A new table for a Doc outside a pipeline (tests, converting a deserialised Doc)."""
    return TokenTable(doc, text=_as_given(doc, doc.text))


def soft_wraps_of(doc: Doc) -> list[int] | None:
    """Where the brief's line breaks that only wrap a line are, as ``pipeline.brief_doc`` found
    them once (``pipeline.read.lines.unwrapped``); None for a Doc made from a bare string."""
    return (doc._.brief or {}).get("soft_wraps") if doc.has_extension("brief") else None


def _as_given(doc: Doc, text: str) -> str:
    """The brief's text as given: the Doc's, with the line breaks that only wrapped a line,
    which the tokenizer saw as spaces, put back."""
    wraps = soft_wraps_of(doc)
    return rewrapped(text, wraps) if wraps else text


def is_year(word: str) -> bool:
    """A year written as a modifier ('the 2024 threat', "Washington's 2025 designation"), not any
    number ('300 fighters')."""
    return len(word) == 4 and word.isdigit() and word[:2] in {"19", "20"}
