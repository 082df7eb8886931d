"""Sentence boundaries for briefs: every line starts a sentence, then punctuation splits.

Brief headers (publisher, date, title) and BLUF bullets carry no final full stop, so a
punctuation-only splitter would glue them to the next line. Lines come first here, except
where a plain-text brief is hard-wrapped: a long line that stops mid-sentence and runs on
into the next goes on with it ('... raid the\nconcessions of Poderosa'); see SOFT_WRAP.
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
from pipeline.components.tokens import TablesOf

# A sentence starts after a line break, or after . ! ? (and any closing quotes or brackets)
# followed by space and a capital, an opening quote or bracket, or a bullet. "U.S." and
# the initial in "J. Smith" are not ends, nor a title's abbreviation ("Mr.", "Gen."), nor is a
# list item's number at a line start ("3.", "KJ1."): the item is one sentence with its text. Every
# branch opens with the character it needs (a line break or the punctuation), so the engine skips
# ahead instead of testing the look-behinds at every position: four times faster than leading
# with them.
BOUNDARY = re.compile(
    r"""[\r\n][ \t\r\n]*(?=\S)"""
    r"""|(?:[.!?](?<=[A-Za-z0-9)\]%][.!?])(?<![A-Z]\.[A-Z]\.)(?<!\b[A-Z]\.)"""
    # a title's abbreviation ends no sentence: 'Mr. Tshisekedi', 'Brig. Gen. Tchiani'
    r"""(?<!\bMr\.)(?<!\bMrs\.)(?<!\bMs\.)(?<!\bDr\.)(?<!\bGen\.)(?<!\bCol\.)(?<!\bLt\.)"""
    r"""(?<!\bMaj\.)(?<!\bCapt\.)(?<!\bSgt\.)(?<!\bBrig\.)(?<!\bAdm\.)(?<!\bGov\.)(?<!\bSen\.)(?<!\bRep\.)(?<!\bProf\.)"""
    r"""(?<!\bRev\.)(?<!\bHon\.)(?<!\bCpl\.)(?<!\bCmdr\.)(?<!\bFr\.)(?<!\bSr\.)(?<!\bJr\.)(?<!\bSt\.)(?<!\bNo\.)"""
    r"""(?<!\n\d\.)(?<!\n\d\d\.)(?<!\n[A-Z][A-Z]\d\.)|[.!?]["'\u2019\u201d)\]])"""
    r"""[ \t]+(?=["\u201c(\-\u2022A-Z])"""
)
# a hard-wrapped line: one line break after a line as long as a wrapped one that does not close
# a sentence, before a word in lower case (not a list marker: 'o ', 'a) ', 'iv. '), or, when it
# stops on a word that cannot end a sentence ('the', 'of', 'and') or a comma, before anything but
# a list item, an underline or a field ('Date:'); a title or a last line stops on a word of its
# own ('Syria presence', 'the next six months'), a table's cells are short
SOFT_WRAP = re.compile(r"[^.!?:;\s][ \t]*\r?\n[ \t]*(?=[a-z]|(?![-=*\u2022#>|]|\d+[.)]|[A-Z]{1,3}\d*[.)] "
                       r"|[A-Z][\w ]{0,20}:)\S)")
CLOSED = re.compile(r"""[.!?:;]["'\u2019\u201d)\]]*[ \t]*$""")
LIST_MARKER = re.compile(r"(?:o|[a-z]|[ivx]+)[.)]?[ \t]")
OPEN_END = re.compile(r"(?:\b(?:a|an|the|of|to|in|on|at|by|for|from|with|into|and|or|but|nor|that|which|who|whose|"
                      r"as|than|its|their|his|her|is|are|was|were|has|have|had|will|would|not)|,)[ \t]*$")
WRAPPED_LINE = 60  # characters: headers and titles are shorter; a wrapped paragraph's lines are not


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
        soft = _soft_wraps(text)
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


def _soft_wraps(text: str) -> set[int]:
    """Where the line breaks that only wrap a line start (see SOFT_WRAP and the module docstring)."""
    out = set()
    for m in SOFT_WRAP.finditer(text):
        brk = text.index("\n", m.start()) if "\r" not in m.group() else text.index("\r", m.start())
        line = text[text.rfind("\n", 0, m.start()) + 1 : brk]
        if CLOSED.search(line):
            continue  # '... a political settlement."'
        nxt = m.end()
        if len(line) >= WRAPPED_LINE and (text[nxt].islower() and not LIST_MARKER.match(text, nxt)
                                          or OPEN_END.search(line) and not text[nxt].islower()):
            out.add(brk)
    return out
