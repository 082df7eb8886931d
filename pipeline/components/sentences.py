"""Sentence boundaries for briefs: every line starts a sentence, then punctuation splits.

Brief headers (publisher, date, title) and BLUF bullets carry no final full stop, so a
punctuation-only splitter would glue them to the next line. Lines come first here.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

CLOSERS = {'"', "'", "\u201d", "\u2019", ")", "]"}
ENDERS = {".", "!", "?"}


@Language.factory("briefs_sentences", assigns=["token.is_sent_start"], default_config={})
def make_sentences(nlp: Language, name: str) -> BriefSentences:
    return BriefSentences()


class BriefSentences:
    def __call__(self, doc: Doc) -> Doc:
        n = len(doc)
        if n == 0:
            return doc
        doc[0].is_sent_start = True
        for i in range(1, n):
            doc[i].is_sent_start = False
        start_next = False
        for i, token in enumerate(doc):
            if i and start_next and not token.is_space:
                token.is_sent_start = True
                start_next = False
            if "\n" in token.text:
                start_next = True
            elif token.text in ENDERS or (token.text.endswith(".") and len(token.text) > 1 and not token.text[0].isupper()):
                nxt = self._next_word(doc, i)
                if nxt is not None and (doc[nxt].is_title or doc[nxt].is_upper or doc[nxt].text[0] in "\"\u201c(-\u2022"):
                    # Opening quotes and brackets belong to the sentence they open.
                    j = i + 1
                    while j < n and doc[j].text in CLOSERS:
                        j += 1
                    if j < n:
                        doc[j].is_sent_start = True if not doc[j].is_space else doc[j].is_sent_start
                        if doc[j].is_space:
                            start_next = True
        return doc

    @staticmethod
    def _next_word(doc: Doc, i: int) -> int | None:
        for j in range(i + 1, len(doc)):
            if doc[j].text in CLOSERS:
                continue
            if doc[j].is_space:
                continue
            return j
        return None
