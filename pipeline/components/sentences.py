"""Sentence boundaries for briefs: every line starts a sentence, then punctuation splits.

A table row is one line with its cells joined by " | "; each cell starts a sentence, as a line
does (a claim in a cell has the row before it for evidence: pipeline.components.claims).
Brief headers (publisher, date, title) and BLUF bullets carry no final full stop, so a
punctuation-only splitter would glue them to the next line. Lines come first here, except
where a plain-text brief is hard-wrapped: a long line that stops mid-sentence and runs on
into the next goes on with it ('... raid the\nconcessions of Poderosa'; pipeline.read.lines).
The boundaries are found on the text with one regular expression and set for all tokens
at once (``Doc.from_array``): a Python loop over tokens would cost more than tokenising.
"""

from __future__ import annotations

import re

import numpy
from spacy.attrs import IDX, SENT_START
from spacy.language import Language
from spacy.tokens import Doc

from pipeline.components.persist import SavedState
from pipeline.components.tokens import TablesOf, soft_wraps_of
from pipeline.read.lines import soft_wraps

# A sentence starts after a line break, or after . ! ? (and any closing quotes or brackets)
# followed by space and a capital, an opening quote or bracket, or a bullet. "U.S." and
# the initial in "J. Smith" are not ends, nor a title's abbreviation ("Mr.", "Gen."), nor is a
# list item's number at a line start ("3.", "KJ1."): the item is one sentence with its text. Every
# branch opens with the character it needs (a line break or the punctuation), so the engine skips
# ahead instead of testing the look-behinds at every position: four times faster than leading
# with them.
BOUNDARY = re.compile(
    r"""[\r\n][ \t\r\n]*(?=\S)"""
    r"""|\|(?<= \|)[ \t]+(?=\S)"""  # a table row's cell (pipeline.read.blocks.row_line), as its own line was
    r"""|(?:[.!?](?<=[A-Za-z0-9)\]%][.!?])(?<![A-Z]\.[A-Z]\.)(?<!\b[A-Z]\.)"""
    # a title's abbreviation ends no sentence: 'Mr. Tshisekedi', 'Brig. Gen. Tchiani'
    r"""(?<!\bMr\.)(?<!\bMrs\.)(?<!\bMs\.)(?<!\bDr\.)(?<!\bGen\.)(?<!\bCol\.)(?<!\bLt\.)"""
    r"""(?<!\bMaj\.)(?<!\bCapt\.)(?<!\bSgt\.)(?<!\bBrig\.)(?<!\bAdm\.)(?<!\bGov\.)(?<!\bSen\.)(?<!\bRep\.)(?<!\bProf\.)"""
    r"""(?<!\bRev\.)(?<!\bHon\.)(?<!\bCpl\.)(?<!\bCmdr\.)(?<!\bFr\.)(?<!\bSr\.)(?<!\bJr\.)(?<!\bSt\.)(?<!\bNo\.)"""
    r"""(?<!\n\d\.)(?<!\n\d\d\.)(?<!\n[A-Z][A-Z]\d\.)|[.!?]["'\u2019\u201d)\]])"""
    r"""[ \t]+(?=["\u201c(\-\u2022A-Z])"""
)


@Language.factory("briefs_sentences", assigns=["token.is_sent_start"], default_config={})
def make_sentences(nlp: Language, name: str) -> BriefSentences:
    return BriefSentences(nlp)


class BriefSentences(SavedState):
    def __init__(self, nlp: Language):
        self.tables = TablesOf(nlp)

    def __call__(self, doc: Doc) -> Doc:
        if len(doc) == 0:
            return doc
        text = self.tables().text(doc)
        given = soft_wraps_of(doc)  # found once per brief; a Doc from a bare string finds them here
        soft = set(given) if given is not None else soft_wraps(text)
        starts = numpy.fromiter((m.end() for m in BOUNDARY.finditer(text) if m.start() not in soft),
                                dtype=numpy.int64)
        idx = doc.to_array([IDX]).astype(numpy.int64).ravel()
        flags = numpy.full(len(doc), -1, dtype=numpy.int64)
        flags[0] = 1
        positions = numpy.searchsorted(idx, starts)
        inside = positions < len(doc)
        positions, starts = positions[inside], starts[inside]
        # a boundary inside a token (rare: "U.S.-led") is no boundary at all
        flags[positions[idx[positions] == starts]] = 1
        doc.from_array([SENT_START], flags.astype(numpy.uint64).reshape(-1, 1))
        return doc
