"""briefs_lemmas: lookup lemmas from spacy-lookups-data, set for the whole Doc at once.

The same table spaCy's lookup lemmatizer uses ('lemma_lookup' for English), applied per
distinct word with numpy and ``Doc.from_array``; spaCy's component pays a Python call per
token, which cost more than tokenising the brief. A capitalised word missing from the table
is looked up in lower case too, so a sentence-initial "Pledged" has the lemma "pledge".
"""

from __future__ import annotations

from typing import Any

import numpy
from spacy.attrs import LEMMA, ORTH
from spacy.language import Language
from spacy.tokens import Doc

from pipeline.components.persist import SavedState


@Language.factory("briefs_lemmas", assigns=["token.lemma"], default_config={"table": "lemma_lookup"})
def make_lemmas(nlp: Language, name: str, *, table: str) -> LookupLemmas:
    return LookupLemmas(nlp, name, table=table)


class LookupLemmas(SavedState):
    RUNTIME = ("cache",)  # words seen in briefs: refills as they are read (persist.py)

    def __init__(self, nlp: Language, name: str, *, table: str):
        self.nlp, self.name, self.table_name = nlp, name, table
        self.table: Any = None
        self.known: frozenset[str] = frozenset()  # the table's lemmas: what a regular stem may be
        self.cache: dict[int, int] = {}

    def initialize(self, get_examples: Any = None, *, nlp: Language | None = None) -> None:
        from spacy.lookups import load_lookups

        # spacy-lookups-data is a dependency: a missing table is an install error, not a fallback
        self.table = load_lookups(self.nlp.lang, [self.table_name]).get_table(self.table_name)
        self.known = frozenset(self.table.values())
        self.cache = {}

    def _lemma(self, orth: int) -> int:
        strings = self.nlp.vocab.strings
        text = strings[orth]
        lemma = self.table.get(text)
        if lemma is None and text[:1].isupper():
            lemma = self.table.get(text.lower())
        if lemma is None and text.isalpha() and text.islower() and text not in self.known:
            # ('discuss' is a lemma itself, not 'discus' + s; a capitalised 'Hamed' is a name)
            lemma = self._regular(text)
        return strings.add(lemma if lemma is not None else text)

    def _regular(self, word: str) -> str | None:
        """The lemma of a regular inflection the table lacks ('torched', 'torching'): the stem,
        when the table knows it as a lemma."""
        for suffix in ("ied", "ies", "ed", "ing", "es", "s"):
            if not word.endswith(suffix) or len(word) - len(suffix) < 3:
                continue
            stem = word[: -len(suffix)]
            candidates = [stem + "y"] if suffix in {"ied", "ies"} else [stem, stem + "e"]
            if suffix in {"ed", "ing"} and len(stem) > 3 and stem[-1] == stem[-2]:
                candidates.append(stem[:-1])  # 'shelled' is 'shell'; 'stopped' is 'stop'
            for candidate in candidates:
                if candidate in self.known:
                    return candidate
        return None

    def __call__(self, doc: Doc) -> Doc:
        if self.table is None:
            raise RuntimeError(f"{self.name}: not initialised (call nlp.initialize)")
        if not len(doc):
            return doc
        orths = doc.to_array([ORTH]).ravel()
        distinct, inverse = numpy.unique(orths, return_inverse=True)
        cache = self.cache
        lemmas = numpy.fromiter(
            (cache[o] if o in cache else cache.setdefault(o, self._lemma(o)) for o in distinct.tolist()),
            dtype=numpy.uint64, count=len(distinct),
        )
        doc.from_array([LEMMA], lemmas[inverse].reshape(-1, 1))
        return doc
