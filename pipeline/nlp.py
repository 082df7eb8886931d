"""Builds the briefs Language: tokenizer, sentences, lemmas, actors, references, claims.

Patterns reach the components through ``nlp.initialize()`` from the registered loader
``briefs.patterns.v1``, so the config alone describes the whole pipeline.
"""

from __future__ import annotations

from pathlib import Path

import spacy
from spacy.attrs import ORTH
from spacy.language import Language
from spacy.util import registry

import pipeline.components  # noqa: F401  (registers the factories)
from pipeline.patterns import DEFAULT_PATTERNS_DIR, PatternBundle, cached_bundle, current_version

PIPE_NAMES = ("briefs_sentences", "briefs_lemmas", "briefs_tokens", "briefs_entities", "briefs_references",
              "briefs_claims")
PATTERN_COMPONENTS = ("briefs_entities", "briefs_references", "briefs_claims")


@registry.misc("briefs.patterns.v1")
def patterns_loader(path: str) -> PatternBundle:
    root = Path(path)
    return cached_bundle(str(root), current_version(root))


def _split_dotted_compounds(nlp: Language) -> None:
    """'U.S.-led' and 'U.S.-British' are two actors' worth of tokens: split after 'U.S.'."""
    from spacy.util import compile_infix_regex

    infixes = list(nlp.Defaults.infixes) + [r"(?<=[A-Z]\.)-(?=[A-Za-z])"]
    nlp.tokenizer.infix_finditer = compile_infix_regex(infixes).finditer


def _keep_tokenizer_cache_on(nlp: Language) -> None:
    """Drop the special cases for a lone space, tab or newline, and empty the cache.

    Once any special case has fired, spaCy's tokenizer stops adding to its cache for the rest
    of that text (one flag per call, never reset); words cached before are still found, new
    ones are split by the affix regexes every time. The newline rule fires at a brief's first
    line break, so nearly every brief went uncached, and tokenising cost about six times what
    it does now. Other special cases ("U.S.", "Jan.", "don't") still switch saving off, but
    only in the briefs that have them, and only from there on. Without the three rules the
    same strings still come out as one whitespace token each (no prefix, suffix or infix
    matches whitespace), so the tokens are unchanged; ``"\\xa0"`` stays, as its rule also
    sets a norm.

    Setting the rules also empties the cache, which holds at most 10,000 chunks: after
    ``initialize`` it is full of the gazetteer's pattern words, and a full cache takes no
    brief's words at all. So this runs last.
    """
    nlp.tokenizer.rules = {
        orth: rule for orth, rule in nlp.tokenizer.rules.items()
        if not (orth in {" ", "\t", "\n"} and rule == [{ORTH: orth}])
    }


def build(patterns_dir: Path | str | None = None) -> Language:
    """A ready-to-run pipeline; raises PatternError naming the bad file and line."""
    root = Path(patterns_dir) if patterns_dir is not None else DEFAULT_PATTERNS_DIR
    bundle = patterns_loader(str(root))  # fail early, with the file and line, before building
    nlp = spacy.blank("en")
    _split_dotted_compounds(nlp)
    for name in PIPE_NAMES:
        nlp.add_pipe(name)
    loader = {"@misc": "briefs.patterns.v1", "path": str(root)}
    nlp.config["initialize"]["components"] = {name: {"patterns": loader} for name in PATTERN_COMPONENTS}
    nlp.initialize()
    _keep_tokenizer_cache_on(nlp)
    nlp.meta["briefs_patterns_version"] = bundle.version
    return nlp
