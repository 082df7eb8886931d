"""briefs_claims: placeholder until the claims issue lands; produces no claims."""

from __future__ import annotations

from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from pipeline.components.actors import ensure_extensions
from pipeline.patterns import PatternBundle


@Language.factory("briefs_claims", assigns=["doc._.claims"], default_config={})
def make_claims(nlp: Language, name: str) -> ClaimMatcher:
    return ClaimMatcher(nlp, name)


class ClaimMatcher:
    def __init__(self, nlp: Language, name: str):
        ensure_extensions()
        self.nlp, self.name = nlp, name

    def initialize(self, get_examples: Any = None, *, nlp: Language | None = None, patterns: Any) -> None:
        """``patterns`` is the PatternBundle from the ``briefs.patterns.v1`` loader."""
        self.rules = patterns.claims

    def __call__(self, doc: Doc) -> Doc:
        doc._.claims = []
        return doc
